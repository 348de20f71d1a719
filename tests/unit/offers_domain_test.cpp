// Offers & needs rules without a database (issue 5): validation, the score of an assessment,
// the funding warning, the German fallback of translations, and the search text (stemming and
// folding) that both database engines match.
#include "domain/offers.hpp"
#include "domain/search_text.hpp"
#include "i18n/catalog.hpp"

#include <filesystem>

#include <gtest/gtest.h>

using namespace bb::domain;

namespace {

Offer valid_offer() {
  Offer o;
  o.provider_id = 1;
  o.title = "Bewerbungstraining";
  o.target_groups = {"young_refugees"};
  o.field = "application_placement";
  o.format = "course";
  return o;
}

}  // namespace

TEST(OfferValidation, AcceptsACompleteOffer) { EXPECT_TRUE(validate(valid_offer()).empty()); }

TEST(OfferValidation, NamesEveryFieldThatIsMissingOrUnknown) {
  Offer o;
  o.target_groups = {"aliens"};
  o.field = "astrology";
  o.status = "sleeping";
  o.starts_on = "2026-05-01";
  o.ends_on = "2026-04-01";
  o.funding_ends_on = "31.12.2026";
  o.languages = {"Deutsch"};
  const auto errors = validate(o);
  EXPECT_EQ(errors.at("provider_id"), "validation.required");
  EXPECT_EQ(errors.at("title"), "validation.required");
  EXPECT_EQ(errors.at("target_groups"), "validation.choice");
  EXPECT_EQ(errors.at("field"), "validation.choice");
  EXPECT_EQ(errors.at("format"), "validation.required");
  EXPECT_EQ(errors.at("status"), "validation.choice");
  EXPECT_EQ(errors.at("ends_on"), "validation.date_order");
  EXPECT_EQ(errors.at("funding_ends_on"), "validation.date");
  EXPECT_EQ(errors.at("languages"), "validation.language_code");
}

TEST(FundingWarning, FlagsOffersWhoseFundingEndsWithinNinetyDaysOrHasEnded) {
  Offer o = valid_offer();
  o.funding_ends_on = "2027-02-20";
  EXPECT_TRUE(funding_nearing_end(o, "2026-11-25"));  // 87 days ahead
  EXPECT_FALSE(funding_nearing_end(o, "2026-11-20"));  // 92 days ahead
  o.funding_ends_on = "2026-01-01";
  EXPECT_TRUE(funding_nearing_end(o, "2026-11-25")) << "already run out";
  o.status = "ended";
  EXPECT_FALSE(funding_nearing_end(o, "2026-11-25")) << "an ended offer needs no warning";
  o.status = "running";
  o.funding_ends_on.clear();
  EXPECT_FALSE(funding_nearing_end(o, "2026-11-25")) << "permanent funding";
}

TEST(AddDays, CrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days("2026-11-25", 90), "2027-02-23");
  EXPECT_EQ(add_days("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(add_days("2026-01-01", -1), "2025-12-31");
}

TEST(Localise, UsesTheTranslationAndFallsBackToGermanVisibly) {
  Offer o = valid_offer();
  o.description = "Lebenslauf schreiben";
  const std::vector<OfferTranslation> t = {{1, "en", "Application training", "", 0}};
  const auto en = localise(o, t, "en");
  EXPECT_EQ(en.title, "Application training");
  EXPECT_EQ(en.description, "Lebenslauf schreiben");
  EXPECT_TRUE(en.fallback()) << "the description is still German";
  const auto tr = localise(o, t, "tr");
  EXPECT_EQ(tr.title, "Bewerbungstraining");
  EXPECT_TRUE(tr.fallback());
  EXPECT_FALSE(localise(o, t, "de").fallback());
}

TEST(AssessmentScore, WeighsMetTwicePartlyOnceAndLeavesOutNotApplicable) {
  const std::vector<Rating> ratings = {{1, "met", ""}, {2, "partly", ""}, {3, "not_met", ""}, {4, "not_applicable", ""}};
  // earned: 2*2 + 1*1 + 0 = 5 of possible 2*(2+1+1) = 8 -> 62.5 -> 63
  EXPECT_EQ(compute_score(ratings, {2, 1, 1, 3}), std::optional<int>(63));
  EXPECT_EQ(compute_score({{1, "met", ""}}, {1}), std::optional<int>(100));
  EXPECT_EQ(compute_score({{1, "not_applicable", ""}}, {1}), std::nullopt);
}

TEST(AssessmentValidation, RequiresADateARatingEachAndAReviewAfterTheAssessment) {
  Assessment a;
  a.offer_id = 1;
  a.assessed_on = "2026-03-01";
  a.next_review_on = "2026-02-01";
  a.ratings = {{7, "", ""}, {8, "sometimes", ""}};
  const auto errors = validate(a);
  EXPECT_EQ(errors.at("next_review_on"), "validation.date_order");
  EXPECT_EQ(errors.at("rating_7"), "validation.required");
  EXPECT_EQ(errors.at("rating_8"), "validation.choice");
}

TEST(NeedValidation, AddressedNeedsNameTheirOfferAndOrganisationReportsNameTheOrganisation) {
  Need n;
  n.target_group = "parents";
  n.field = "parents_work";
  n.description = "Elternabende auf Arabisch";
  n.reported_on = "2026-10-01";
  n.status = "addressed";
  const auto errors = validate(n);
  EXPECT_EQ(errors.at("offer_id"), "validation.need_offer");
  EXPECT_EQ(errors.at("organisation_id"), "validation.required");
  n.source_kind = "counselling";
  n.offer_id = 3;
  EXPECT_TRUE(validate(n).empty());
}

TEST(SearchText, StemsGermanInflectionsAndFoldsUmlautsAndCase) {
  EXPECT_EQ(search_text("Ausbildungen"), search_text("Ausbildung"));
  EXPECT_EQ(search_text("Müller"), search_text("Muller"));
  EXPECT_EQ(search_text("Straße"), search_text("STRASSE"));
  EXPECT_EQ(search_terms("Ausbildungen der Eltern"), (std::vector<std::string>{search_text("Ausbildung"), search_text("der"), search_text("Eltern")}));
  EXPECT_EQ(search_terms("a a a").size(), 1U) << "a stem once";
  EXPECT_EQ(search_terms("\"*-:&|!()").size(), 0U) << "no query syntax gets through";
}

// Every value of the closed sets is named in the catalog (the pages build "offers.<set>.<key>").
TEST(OfferCatalog, NamesEveryValueOfEveryClosedSetAndEveryDefaultCriterion) {
  auto catalog = bb::i18n::Catalog::load(std::filesystem::path(BB_SOURCE_DIR) / "i18n");
  ASSERT_TRUE(catalog.ok()) << catalog.error().message;
  auto named = [&](const std::string& set, auto keys) {
    for (auto key : keys) EXPECT_TRUE(catalog->has("offers." + set + "." + std::string(key))) << set << "." << key;
  };
  named("target_group", kTargetGroups);
  named("field", kOfferFields);
  named("format", kOfferFormats);
  named("status", kOfferStatuses);
  named("language", kContentLanguages);
  named("rating", kRatingLevels);
  named("need_source", kNeedSources);
  named("urgency", kUrgencies);
  named("need_status", kNeedStatuses);
  named("criterion", kDefaultCriteria);
  EXPECT_TRUE(catalog->has("audit.action.translate"));
}
