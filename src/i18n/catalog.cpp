#include "i18n/catalog.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>

namespace bb::i18n {

namespace {

Result<std::unordered_map<std::string, std::string>> load_file(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return Error::internal("message catalog not found: " + file.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  boost::system::error_code ec;
  auto value = boost::json::parse(buffer.str(), ec);
  if (ec || !value.is_object()) return Error::internal("message catalog is not a JSON object: " + file.string());
  std::unordered_map<std::string, std::string> out;
  for (const auto& [key, message] : value.as_object()) {
    if (!message.is_string())
      return Error::internal("message catalog " + file.string() + ": value of '" + std::string(key) + "' is not a string");
    out.emplace(std::string(key), std::string(message.as_string()));
  }
  return out;
}

// Compiling a MessageFormat pattern costs several times more than formatting with it (perf of the
// dashboard), so each pattern is compiled once per thread and language: an ICU formatter must not
// be used by two threads at once, and a thread_local cache needs no lock. The cache is keyed by the
// pattern itself rather than the catalog key, so every Catalog of the process can share it and a
// catalog loaded later never meets a stale entry. It holds at most one entry per message with
// arguments, per language. Returns nullptr (also cached) if ICU rejects the pattern.
const icu::MessageFormat* compiled_format(UiLanguage language, const std::string& pattern) {
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using Formats = std::unordered_map<std::string, std::unique_ptr<icu::MessageFormat>, Hash, std::equal_to<>>;
  thread_local Formats per_language[2];
  const bool en = language == UiLanguage::en;
  Formats& formats = per_language[en ? 1 : 0];
  if (auto it = formats.find(std::string_view(pattern)); it != formats.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  auto format = std::make_unique<icu::MessageFormat>(icu::UnicodeString::fromUTF8(pattern),
                                                     icu::Locale(en ? "en" : "de"), status);
  if (U_FAILURE(status)) format.reset();
  return formats.emplace(pattern, std::move(format)).first->second.get();
}

}  // namespace

// Each module keeps its messages in i18n/<lang>/<module>.json next to the core i18n/<lang>.json,
// so parallel work on modules never edits the same file. A key defined twice is an error.
Result<std::unordered_map<std::string, std::string>> load_language(const std::filesystem::path& dir,
                                                                    const std::string& language) {
  std::vector<std::filesystem::path> files{dir / (language + ".json")};
  std::vector<std::filesystem::path> modules;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir / language, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") modules.push_back(entry.path());
  }
  std::sort(modules.begin(), modules.end());
  files.insert(files.end(), modules.begin(), modules.end());
  std::unordered_map<std::string, std::string> merged;
  for (const auto& file : files) {
    auto messages = load_file(file);
    if (!messages) return messages.error();
    for (auto& [key, message] : *messages) {
      if (!merged.emplace(key, std::move(message)).second)
        return Error::internal("message catalog " + file.string() + " defines key '" + key + "' again");
    }
  }
  return merged;
}

Result<Catalog> Catalog::load(const std::filesystem::path& dir) {
  auto de = load_language(dir, "de");
  if (!de) return de.error();
  auto en = load_language(dir, "en");
  if (!en) return en.error();
  for (const auto& [key, _] : *de) {
    if (!en->contains(key)) return Error::internal("English message catalog lacks key '" + key + "'");
  }
  for (const auto& [key, _] : *en) {
    if (!de->contains(key)) return Error::internal("English message catalog has key '" + key + "' that German lacks");
  }
  Catalog catalog;
  catalog.de_ = std::move(*de);
  catalog.en_ = std::move(*en);
  return catalog;
}

const std::unordered_map<std::string, std::string>& Catalog::messages(UiLanguage language) const {
  return language == UiLanguage::en ? en_ : de_;
}

bool Catalog::has(std::string_view key) const { return de_.contains(std::string(key)); }

const std::string& Catalog::text(UiLanguage language, std::string_view key) const {
  const auto& table = messages(language);
  if (auto it = table.find(std::string(key)); it != table.end()) return it->second;
  thread_local std::string missing;
  missing = "[" + std::string(key) + "]";
  return missing;
}

std::string Catalog::format(UiLanguage language, std::string_view key,
                            const std::vector<std::pair<std::string, std::string>>& args) const {
  const std::string& pattern = text(language, key);
  if (pattern.find('{') == std::string::npos) return pattern;
  const icu::MessageFormat* format = compiled_format(language, pattern);
  if (format == nullptr) return pattern;
  UErrorCode status = U_ZERO_ERROR;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  names.reserve(args.size());
  values.reserve(args.size());
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    // Numbers are passed as numbers so that plural rules and digit grouping apply.
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (!value.empty() && end == value.c_str() + value.size())
      values.emplace_back(number);
    else
      values.emplace_back(icu::UnicodeString::fromUTF8(value));
  }
  icu::UnicodeString result;
  format->format(names.data(), values.data(), static_cast<int32_t>(names.size()), result, status);
  if (U_FAILURE(status)) return pattern;
  std::string out;
  result.toUTF8String(out);
  return out;
}

}  // namespace bb::i18n
