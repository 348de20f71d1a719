#include "domain/entities.hpp"

namespace bb::domain {

std::string_view to_string(UiLanguage language) { return language == UiLanguage::en ? "en" : "de"; }

std::optional<UiLanguage> parse_ui_language(std::string_view text) {
  if (text == "de") return UiLanguage::de;
  if (text == "en") return UiLanguage::en;
  return std::nullopt;
}

}  // namespace bb::domain
