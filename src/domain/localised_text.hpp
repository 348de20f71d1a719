#pragma once
// A title and description shown in the user's language, with German (the source) in place of
// a missing translation, and which parts fell back (the UI says so). Shared by events and offers.

#include <string>

namespace bb::domain {

struct LocalisedText {
  std::string title;
  std::string description;
  bool title_fallback = false;
  bool description_fallback = false;
  bool fallback() const { return title_fallback || description_fallback; }
};

}  // namespace bb::domain
