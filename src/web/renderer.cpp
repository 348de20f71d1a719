#include "web/renderer.hpp"

#include <fstream>
#include <sstream>

namespace bb::web {

namespace {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string substitute_messages(std::string_view text, const std::unordered_map<std::string, std::string>& messages,
                                std::vector<std::string>& missing) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (true) {
    const auto open = text.find("[[", pos);
    if (open == std::string_view::npos) break;
    const auto close = text.find("]]", open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const std::string key(text.substr(open + 2, close - open - 2));
    if (auto it = messages.find(key); it != messages.end()) {
      // Catalog texts are ours, but escaping them keeps an apostrophe or "&" from breaking markup.
      out += escape_html(it->second);
    } else {
      missing.push_back(key);
    }
    pos = close + 2;
  }
  out.append(text.substr(pos));
  return out;
}

std::string Renderer::key(domain::UiLanguage language, std::string_view name) {
  return std::string(domain::to_string(language)) + "/" + std::string(name);
}

Result<Renderer> Renderer::load(const std::filesystem::path& dir, const i18n::Catalog& catalog) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Error::internal("template directory not found: " + dir.string());
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tpl") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string source = buffer.str();
    if (!source.starts_with("{{%AUTOESCAPE context=\"HTML\"}}"))
      return Error::internal("template " + entry.path().string() + " must start with {{%AUTOESCAPE context=\"HTML\"}}");
    const std::string name = std::filesystem::relative(entry.path(), dir).replace_extension().generic_string();
    for (auto language : {domain::UiLanguage::de, domain::UiLanguage::en}) {
      std::vector<std::string> missing;
      const std::string text = substitute_messages(source, catalog.messages(language), missing);
      if (!missing.empty())
        return Error::internal("template " + entry.path().string() + " uses unknown message key '" + missing.front() + "'");
      const std::string cache_key = key(language, name);
      ctemplate::mutable_default_template_cache()->Delete(cache_key);
      if (!ctemplate::StringToTemplateCache(cache_key, text, ctemplate::STRIP_BLANK_LINES))
        return Error::internal("template " + entry.path().string() + " does not parse");
    }
  }
  return Renderer();
}

std::string Renderer::render(domain::UiLanguage language, std::string_view name,
                             const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  ctemplate::ExpandTemplate(key(language, name), ctemplate::STRIP_BLANK_LINES, &dict, &out);
  return out;
}

}  // namespace bb::web
