#pragma once
// Server-side HTML from ctemplate templates in auto-escape mode: every template starts with
// {{%AUTOESCAPE context="HTML"}}, so every variable is escaped for where it stands (text,
// attribute, URL) and user data can never become markup.
// Catalog texts are put in at load time: "[[nav.dashboard]]" in a template becomes the
// escaped message of each language, giving one cached template per language.

#include "core/result.hpp"
#include "i18n/catalog.hpp"

#include <ctemplate/template.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace bb::web {

class Renderer {
 public:
  // Loads every *.tpl under `dir`; fails if a template refers to a message key the catalog lacks
  // or does not declare auto-escaping.
  static Result<Renderer> load(const std::filesystem::path& dir, const i18n::Catalog& catalog);

  // Expands templates/<name>.tpl for the language.
  std::string render(domain::UiLanguage language, std::string_view name, const ctemplate::TemplateDictionary& dict) const;
  // The cache key of a template, for ctemplate includes: dict->SetFilename(key(lang, "x")).
  static std::string key(domain::UiLanguage language, std::string_view name);

 private:
  Renderer() = default;
};

// Inserts catalog texts for "[[key]]" markers; returns the missing keys.
std::string substitute_messages(std::string_view text, const std::unordered_map<std::string, std::string>& messages,
                                std::vector<std::string>& missing);

}  // namespace bb::web
