// The events domain (issue 7): field rules, the language fallback of the public page, and
// that every catalog key the events code names exists in German and English.
#include "domain/events.hpp"
#include "i18n/catalog.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace {

using namespace bb::domain;

Event valid_event() {
  Event e;
  e.title = "Dialogforum";
  e.starts_at = "2026-03-10T18:00";
  e.ends_at = "2026-03-10T20:00";
  return e;
}

TEST(EventsDomain, LocalDateTimesNeedARealDayAndTime) {
  EXPECT_TRUE(is_local_datetime("2026-03-10T18:00"));
  EXPECT_TRUE(is_local_datetime("2028-02-29T00:00"));
  EXPECT_FALSE(is_local_datetime("2026-02-29T10:00"));
  EXPECT_FALSE(is_local_datetime("2026-03-10T24:00"));
  EXPECT_FALSE(is_local_datetime("2026-03-10 18:00"));
  EXPECT_FALSE(is_local_datetime("2026-03-10T18:00:00"));
  EXPECT_FALSE(is_local_datetime(""));
}

TEST(EventsDomain, AValidEventHasNoFieldErrors) {
  EXPECT_TRUE(validate(valid_event()).empty());
}

TEST(EventsDomain, EachBrokenFieldIsNamed) {
  Event e = valid_event();
  e.title = " ";
  e.starts_at = "morgen";
  e.capacity = -3;
  e.languages = {"Deutsch"};
  e.translations = {{"xx", "t", ""}, {"tr", std::string(201, 'a'), ""}};
  const auto errors = validate(e);
  EXPECT_EQ(errors.at("title"), "validation.required");
  EXPECT_EQ(errors.at("starts_at"), "events.validation.datetime");
  EXPECT_EQ(errors.at("capacity"), "events.validation.capacity");
  EXPECT_EQ(errors.at("languages"), "validation.language_code");
  EXPECT_EQ(errors.at("translations"), "events.validation.translation_language");
  EXPECT_EQ(errors.at("title_tr"), "validation.too_long");
  EXPECT_FALSE(errors.contains("ends_at"));  // cannot be compared with a broken start
}

TEST(EventsDomain, TheEndMustComeAfterTheStart) {
  Event e = valid_event();
  e.ends_at = e.starts_at;
  EXPECT_EQ(validate(e).at("ends_at"), "events.validation.end_before_start");
}

TEST(EventsDomain, TheOrganiserIsNotAlsoACoOrganiser) {
  Event e = valid_event();
  e.organiser_id = 7;
  e.co_organiser_ids = {3, 7};
  EXPECT_EQ(validate(e).at("co_organiser_ids"), "events.validation.organiser_twice");
}

TEST(EventsDomain, PublicRegistrationsNeedConsentAndAnAddress) {
  Registration r;
  r.name = "Ayşe";
  r.email = "keine-adresse";
  auto errors = validate(r, true);
  EXPECT_EQ(errors.at("email"), "validation.email");
  EXPECT_EQ(errors.at("consent"), "events.validation.consent");
  EXPECT_FALSE(validate(r, false).contains("consent"));
}

TEST(EventsDomain, MissingTranslationsFallBackToGermanVisibly) {
  Event e = valid_event();
  e.description = "Beschreibung";
  e.translations = {{"ar", "منتدى", ""}};
  const auto ar = localised(e, "ar");
  EXPECT_EQ(ar.title, "منتدى");
  EXPECT_FALSE(ar.title_fallback);
  EXPECT_EQ(ar.description, "Beschreibung");
  EXPECT_TRUE(ar.description_fallback);
  const auto de = localised(e, "de");
  EXPECT_FALSE(de.title_fallback || de.description_fallback);
  EXPECT_TRUE(is_right_to_left("fa"));
  EXPECT_FALSE(is_right_to_left("tr"));
}

TEST(EventsDomain, EveryEventsCatalogKeyInTheCodeExists) {
  auto catalog = bb::i18n::Catalog::load(std::filesystem::path(BB_SOURCE_DIR) / "i18n");
  ASSERT_TRUE(catalog.ok()) << catalog.error().message;
  const std::regex key_literal(R"re("(events\.[a-z_.]*[a-z_])")re");
  std::vector<std::string> missing;
  for (const auto& dir : {"src", "templates"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(BB_SOURCE_DIR) / dir)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path());
      std::stringstream s;
      s << in.rdbuf();
      const std::string text = s.str();
      for (std::sregex_iterator it(text.begin(), text.end(), key_literal), end; it != end; ++it) {
        const std::string key = (*it)[1];
        if (key.ends_with(".") || key == "events.ics") continue;  // run-time prefixes; a file name
        if (!catalog->has(key)) missing.push_back(entry.path().filename().string() + ": " + key);
      }
    }
  }
  for (auto f : kEventFormats) EXPECT_TRUE(catalog->has("events.format." + std::string(to_string(f))));
  for (auto st : {RegistrationStatus::registered, RegistrationStatus::waiting, RegistrationStatus::cancelled,
                  RegistrationStatus::attended})
    EXPECT_TRUE(catalog->has("events.status." + std::string(to_string(st))));
  for (auto l : kEventLanguages) EXPECT_TRUE(catalog->has("events.language." + std::string(l)));
  for (const char* a : {"move_up", "cancel", "check_in", "undo_check_in", "follow_up", "rotate"})
    EXPECT_TRUE(catalog->has(std::string("audit.action.") + a));
  EXPECT_TRUE(missing.empty()) << "missing keys, first: " << (missing.empty() ? "" : missing.front());
}

}  // namespace
