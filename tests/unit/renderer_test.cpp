#include "i18n/catalog.hpp"
#include "web/renderer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using bb::domain::UiLanguage;

namespace {
const std::filesystem::path kSource(BB_SOURCE_DIR);

struct TempTemplates {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("bb-tpl-" + std::to_string(::getpid()));
  TempTemplates() { std::filesystem::create_directories(dir); }
  ~TempTemplates() { std::filesystem::remove_all(dir); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(dir / name) << text; }
};

bb::i18n::Catalog catalog() { return std::move(bb::i18n::Catalog::load(kSource / "i18n")).value(); }
}  // namespace

TEST(Renderer, EscapesUserDataInTextAndAttributes) {
  TempTemplates t;
  t.write("xss_probe.tpl", "{{%AUTOESCAPE context=\"HTML\"}}<p title=\"{{V}}\">{{V}}</p><a href=\"{{U}}\">x</a>");
  auto c = catalog();
  auto renderer = bb::web::Renderer::load(t.dir, c);
  ASSERT_TRUE(renderer.ok()) << renderer.error().message;
  ctemplate::TemplateDictionary dict("test");
  dict.SetValue("V", "<script>alert(\"x\")</script>");
  dict.SetValue("U", "javascript:alert(1)");
  const auto html = renderer->render(UiLanguage::de, "xss_probe", dict);
  EXPECT_EQ(html.find("<script>"), std::string::npos) << html;
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos) << html;
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos) << "URL attributes are sanitised: " << html;
}

TEST(Renderer, PutsInTheCatalogTextOfEachLanguage) {
  TempTemplates t;
  t.write("i18n_probe.tpl", "{{%AUTOESCAPE context=\"HTML\"}}<button>[[login.submit]]</button>");
  auto c = catalog();
  auto renderer = bb::web::Renderer::load(t.dir, c);
  ASSERT_TRUE(renderer.ok());
  ctemplate::TemplateDictionary dict("test");
  EXPECT_EQ(renderer->render(UiLanguage::de, "i18n_probe", dict), "<button>Anmelden</button>");
  EXPECT_EQ(renderer->render(UiLanguage::en, "i18n_probe", dict), "<button>Sign in</button>");
}

TEST(Renderer, RefusesATemplateWithoutAutoEscape) {
  TempTemplates t;
  t.write("unsafe.tpl", "<p>{{V}}</p>");
  auto c = catalog();
  auto renderer = bb::web::Renderer::load(t.dir, c);
  ASSERT_FALSE(renderer.ok());
  EXPECT_NE(renderer.error().message.find("AUTOESCAPE"), std::string::npos);
}

TEST(Renderer, RefusesATemplateThatUsesAnUnknownMessageKey) {
  TempTemplates t;
  t.write("typo.tpl", "{{%AUTOESCAPE context=\"HTML\"}}<p>[[login.sbumit]]</p>");
  auto c = catalog();
  auto renderer = bb::web::Renderer::load(t.dir, c);
  ASSERT_FALSE(renderer.ok());
  EXPECT_NE(renderer.error().message.find("login.sbumit"), std::string::npos);
}

TEST(Renderer, LoadsEveryShippedTemplate) {
  auto c = catalog();
  auto renderer = bb::web::Renderer::load(kSource / "templates", c);
  EXPECT_TRUE(renderer.ok()) << renderer.error().message;
}

TEST(MessageSubstitution, EscapesCatalogTextToo) {
  std::vector<std::string> missing;
  const std::unordered_map<std::string, std::string> messages{{"k", "Tom & Jerry's <b>"}};
  EXPECT_EQ(bb::web::substitute_messages("[[k]]", messages, missing), "Tom &amp; Jerry&#39;s &lt;b&gt;");
  EXPECT_TRUE(missing.empty());
}
