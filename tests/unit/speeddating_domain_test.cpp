// The speed-dating planner's domain rules (issue 7): the pair score formula, which pairs may
// talk at all, the clock time of a round across blocks and breaks, the field rules, and the
// PDF printouts read back with pdftotext (poppler-utils).
#include "domain/speeddating.hpp"
#include "services/pdf_tables.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <algorithm>
#include <unistd.h>

namespace bb::domain {
namespace {

SpeeddatingYouth youth(std::vector<std::string> occupations, std::vector<std::string> languages, std::optional<Id> m) {
  SpeeddatingYouth y;
  y.name = "Amira";
  y.occupations = std::move(occupations);
  y.languages = std::move(languages);
  y.municipality_id = m;
  return y;
}

SpeeddatingCompany company(std::vector<std::string> occupations, std::vector<std::string> languages, std::optional<Id> m) {
  SpeeddatingCompany c;
  c.name = "Hotel";
  c.occupations = std::move(occupations);
  c.languages = std::move(languages);
  c.municipality_id = m;
  return c;
}

TEST(SpeeddatingScore, SumsTheWeightedTermsOfThePair) {
  SpeeddatingWeights w{10, 8, 3, 2};
  const auto y = youth({"koch", "baecker"}, {"ar"}, 7);
  const auto c = company({"baecker"}, {"ar", "tr"}, 7);
  const std::vector<SpeeddatingPreference> both = {{1, 2, PreferenceKind::youth_wish}, {1, 2, PreferenceKind::company_wish}};
  EXPECT_EQ(pair_score(pair_facts(y, c, {}), w), 10 + 3 + 2);
  EXPECT_EQ(pair_score(pair_facts(y, c, both), w), 10 + 2 * 8 + 3 + 2);
  EXPECT_EQ(pair_score(pair_facts(youth({"koch"}, {}, 1), company({"koch"}, {}, 2), {}), w), 10);
}

TEST(SpeeddatingScore, PairWithoutOccupationOrWishOrWithExclusionMayNotTalk) {
  SpeeddatingWeights w;
  const auto y = youth({"koch"}, {"ar"}, 7);
  const auto c = company({"tischler"}, {"ar"}, 7);
  EXPECT_FALSE(pair_score(pair_facts(y, c, {}), w).has_value());
  EXPECT_EQ(pair_score(pair_facts(y, c, {{1, 2, PreferenceKind::youth_wish}}), w), w.wish + w.language + w.distance);
  EXPECT_FALSE(pair_score(pair_facts(youth({"tischler"}, {}, {}), c, {{1, 2, PreferenceKind::excluded}}), w).has_value());
}

TEST(SpeeddatingSettingsTime, RoundsCountBreaksBetweenBlocks) {
  SpeeddatingSettings s;
  s.start_time = "09:00";
  s.slot_minutes = 10;
  s.blocks = {6, 6, 6};
  s.break_minutes = 15;
  EXPECT_EQ(s.slots(), 18);
  EXPECT_EQ(s.slot_start(0), "09:00");
  EXPECT_EQ(s.slot_start(5), "09:50");
  EXPECT_EQ(s.slot_start(6), "10:15");  // 09:00 + 60 minutes + 15 minutes break
  EXPECT_EQ(s.slot_start(12), "11:30");
}

TEST(SpeeddatingValidation, NamesEachBadField) {
  SpeeddatingSettings s;
  s.start_time = "25:00";
  s.blocks = {};
  s.weights.wish = -1;
  auto e = validate(s);
  EXPECT_EQ(e.count("start_time"), 1u);
  EXPECT_EQ(e.count("blocks"), 1u);
  EXPECT_EQ(e.count("weight_wish"), 1u);
  SpeeddatingCompany c = company({"koch"}, {}, {});
  c.tables = 0;
  c.first_slot = 4;
  c.last_slot = 2;
  auto ce = validate(c, 6);
  EXPECT_EQ(ce.count("tables"), 1u);
  EXPECT_EQ(ce.at("last_slot"), "speeddating.error.window");
  EXPECT_TRUE(validate(company({"koch"}, {}, {}), 6).empty());
}

TEST(SpeeddatingOccupations, KeysAreUniqueAndNamed) {
  std::set<std::string_view> keys;
  for (const auto& o : training_occupations()) {
    EXPECT_TRUE(keys.insert(o.key).second) << o.key;
    EXPECT_FALSE(o.name.empty());
  }
  EXPECT_GE(keys.size(), 40u);
  EXPECT_EQ(occupation_name("tischler"), "Tischler/-in");
}

TEST(SpeeddatingPdf, PrintoutTextReadsBackWithPdftotext) {
  services::PdfDocument doc;
  doc.title = "Azubi-Speeddating – Persönliche Gesprächspläne";
  for (const char* name : {"Amira Kaya", "Olena Schewtschenko"}) {
    services::PdfSection sec;
    sec.heading = name;
    sec.lines = {"Schule: IGS Linden"};
    sec.columns = {"Uhrzeit", "Tisch", "Betrieb"};
    sec.widths = {1, 1, 3};
    for (int i = 0; i < 40; ++i) sec.rows.push_back({"09:" + std::to_string(10 + i), "Tisch 1", "Bäckerei Müller " + std::to_string(i)});
    doc.sections.push_back(sec);
  }
  auto pdf = services::render_pdf(doc);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  ASSERT_EQ(pdf->substr(0, 5), "%PDF-");
  const auto path = std::filesystem::temp_directory_path() / ("bb-sd-" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(path, std::ios::binary) << *pdf;
  std::string text;
  if (FILE* p = ::popen(("pdftotext -layout " + path.string() + " -").c_str(), "r")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, p)) > 0) text.append(buffer, n);
    ::pclose(p);
  }
  std::filesystem::remove(path);
  EXPECT_NE(text.find("Amira Kaya"), std::string::npos);
  EXPECT_NE(text.find("Olena Schewtschenko"), std::string::npos);
  EXPECT_NE(text.find("Bäckerei Müller 39"), std::string::npos);  // the long table went on to a further page
  EXPECT_NE(text.find("Schule: IGS Linden"), std::string::npos);
  // Each person starts on a new page, and 40 rows do not fit on one: at least four pages.
  EXPECT_GE(std::count(text.begin(), text.end(), '\f'), 4);
}

}  // namespace
}  // namespace bb::domain
