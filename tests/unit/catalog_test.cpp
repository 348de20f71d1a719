#include "i18n/catalog.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using bb::domain::UiLanguage;
using bb::i18n::Catalog;

namespace {
const std::filesystem::path kSource(BB_SOURCE_DIR);

Catalog load() {
  auto catalog = Catalog::load(kSource / "i18n");
  EXPECT_TRUE(catalog.ok()) << (catalog.ok() ? "" : catalog.error().message);
  return std::move(catalog).value();
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST(MessageCatalog, GermanAndEnglishHaveTheSameKeys) {
  // Catalog::load refuses catalogs whose key sets differ; loading is the check.
  auto catalog = load();
  EXPECT_EQ(catalog.messages(UiLanguage::de).size(), catalog.messages(UiLanguage::en).size());
}

TEST(MessageCatalog, EveryKeyUsedInCodeExists) {
  // Literal catalog keys passed to text()/format()/Error in the C++ sources.
  auto catalog = load();
  const std::regex key_literal(R"re("((?:nav|role|common|login|auth|dashboard|region|national|account|tokens|users|audit|validation|error|lang)\.[a-z_.]*[a-z_])")re");
  std::vector<std::string> missing;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource / "src")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
    const std::string text = read(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), key_literal), end; it != end; ++it) {
      const std::string key = (*it)[1];
      if (key.ends_with(".")) continue;  // prefixes completed at run time (role., audit.action.)
      if (!catalog.has(key)) missing.push_back(entry.path().filename().string() + ": " + key);
    }
  }
  EXPECT_TRUE(missing.empty()) << "missing keys, first: " << (missing.empty() ? "" : missing.front());
}

TEST(MessageCatalog, RuntimeCompletedKeysExistForEveryValue) {
  auto catalog = load();
  for (const char* role : {"admin", "staff", "counsellor", "partner", "national"})
    EXPECT_TRUE(catalog.has(std::string("role.") + role)) << role;
  for (const char* action : {"create", "update", "delete", "login", "password_change", "password_reset", "revoke"})
    EXPECT_TRUE(catalog.has(std::string("audit.action.") + action)) << action;
  for (const char* code : {"invalid_input", "not_found", "unauthenticated", "forbidden", "conflict", "too_many_requests",
                           "payload_too_large", "unavailable", "internal"})
    EXPECT_TRUE(catalog.has(std::string("error.") + code)) << code;
}

TEST(MessageCatalog, FormatsPluralsWithTheLanguagesRules) {
  auto catalog = load();
  EXPECT_EQ(catalog.format(UiLanguage::de, "dashboard.municipality_count", {{"count", "1"}}), "1 Kommune gehört zur Region.");
  EXPECT_EQ(catalog.format(UiLanguage::de, "dashboard.municipality_count", {{"count", "21"}}), "21 Kommunen gehören zur Region.");
  EXPECT_EQ(catalog.format(UiLanguage::en, "dashboard.municipality_count", {{"count", "1"}}),
            "1 municipality belongs to the region.");
}

TEST(MessageCatalog, InsertsTextArgumentsVerbatim) {
  auto catalog = load();
  EXPECT_EQ(catalog.format(UiLanguage::de, "dashboard.greeting", {{"name", "Deniz Yıldırım"}}), "Willkommen, Deniz Yıldırım.");
}

TEST(MessageCatalog, FormatsTheSameMessageFromSeveralThreadsAtOnce) {
  // Compiled formats are cached per thread (ICU formatters must not be shared between threads).
  const Catalog catalog = load();
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        const int n = 2 + t * 100 + i % 100;  // plural form, below digit grouping
        const bool de = i % 2 == 0;
        const std::string got = catalog.format(de ? UiLanguage::de : UiLanguage::en, "dashboard.municipality_count",
                                               {{"count", std::to_string(n)}});
        const std::string expected = std::to_string(n) + (de ? " Kommunen gehören zur Region."
                                                             : " municipalities belong to the region.");
        if (got != expected) ++wrong[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
  EXPECT_EQ(catalog.format(UiLanguage::de, "dashboard.municipality_count", {{"count", "21"}}), "21 Kommunen gehören zur Region.");
}

TEST(MessageCatalog, MissingKeyIsVisibleNotFatal) {
  auto catalog = load();
  EXPECT_EQ(catalog.text(UiLanguage::de, "no.such.key"), "[no.such.key]");
}

TEST(MessageCatalog, RefusesAnEnglishCatalogThatLacksAGermanKey) {
  const auto dir = std::filesystem::temp_directory_path() / "bb-catalog-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "de.json") << R"({"a": "A", "b": "B"})";
  std::ofstream(dir / "en.json") << R"({"a": "A"})";
  auto catalog = Catalog::load(dir);
  ASSERT_FALSE(catalog.ok());
  EXPECT_NE(catalog.error().message.find("'b'"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(MessageCatalog, MergesModuleCatalogsAndRefusesAKeyDefinedTwice) {
  const auto dir = std::filesystem::temp_directory_path() / "bb-catalog-modules-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "de");
  std::filesystem::create_directories(dir / "en");
  std::ofstream(dir / "de.json") << R"({"a": "A"})";
  std::ofstream(dir / "en.json") << R"({"a": "A"})";
  std::ofstream(dir / "de" / "events.json") << R"({"events.title": "Veranstaltungen"})";
  std::ofstream(dir / "en" / "events.json") << R"({"events.title": "Events"})";
  {
    auto catalog = Catalog::load(dir);
    ASSERT_TRUE(catalog.ok()) << catalog.error().message;
    EXPECT_EQ(catalog->text(UiLanguage::de, "events.title"), "Veranstaltungen");
    EXPECT_EQ(catalog->text(UiLanguage::en, "events.title"), "Events");
  }
  std::ofstream(dir / "de" / "more.json") << R"({"a": "Doppelt"})";
  std::ofstream(dir / "en" / "more.json") << R"({"a": "Twice"})";
  auto twice = Catalog::load(dir);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.error().message.find("'a'"), std::string::npos);
  std::filesystem::remove_all(dir);
}
