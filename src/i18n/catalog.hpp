#pragma once
// Message catalogs: every UI text comes from i18n/<lang>.json and i18n/<lang>/<module>.json (German is the source; English
// on request). Messages with arguments use ICU MessageFormat syntax, e.g.
//   "users.count": "{count, plural, one {# Nutzer:in} other {# Nutzer:innen}}"
// and are formatted by ICU with the language's plural rules.

#include "core/result.hpp"
#include "domain/entities.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bb::i18n {

using domain::UiLanguage;

class Catalog {
 public:
  // Loads de.json, en.json and de/*.json, en/*.json from `dir`. Fails if a file is missing or malformed, or if the
  // English catalog lacks a key that German has (German is the complete source).
  static Result<Catalog> load(const std::filesystem::path& dir);

  // The message, or the key itself in brackets if it is missing (visible in tests and in the UI,
  // never a crash).
  const std::string& text(UiLanguage language, std::string_view key) const;
  bool has(std::string_view key) const;
  // Formats a MessageFormat pattern with named arguments (strings or numbers as text).
  std::string format(UiLanguage language, std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& args) const;
  const std::unordered_map<std::string, std::string>& messages(UiLanguage language) const;

 private:
  std::unordered_map<std::string, std::string> de_;
  std::unordered_map<std::string, std::string> en_;
};

}  // namespace bb::i18n
