// Validation and normalisation of the register (issue 3).
#include "domain/normalise.hpp"
#include "domain/register.hpp"

#include <gtest/gtest.h>

using namespace bb::domain;

namespace {

Organisation valid_organisation() {
  Organisation o;
  o.name = "kargah e.V.";
  o.type = "migrant_organisation";
  o.website = "https://www.kargah.de";
  o.email = "info@kargah.de";
  o.phone = "+49 511 / 12 63 45-0";
  o.languages = {"de", "fa", "ku"};
  o.tags = {"Beratung", "Eltern"};
  return o;
}

}  // namespace

TEST(Normalise, FoldsCaseAndUmlautsSoMullerFindsMueller) {
  EXPECT_EQ(normalise_for_search("Müller"), "muller");
  EXPECT_EQ(normalise_for_search("MÜLLER"), normalise_for_search("muller"));
  EXPECT_EQ(normalise_for_search("Bäckerei Öztürk"), "backerei ozturk");
}

TEST(Normalise, FoldsSharpSToSs) {
  EXPECT_EQ(normalise_for_search("Straße"), "strasse");
  EXPECT_EQ(normalise_for_search("STRASSE"), normalise_for_search("Straße"));
  EXPECT_EQ(normalise_for_search("ẞ"), "ss");  // capital sharp s
}

TEST(Normalise, RemovesOtherDiacriticsAndFoldsTurkishAndFrenchLetters) {
  EXPECT_EQ(normalise_for_search("Çelik Şahin"), "celik sahin");
  EXPECT_EQ(normalise_for_search("Crème Brûlée"), "creme brulee");
  EXPECT_EQ(normalise_for_search("İstanbul"), "istanbul");
}

TEST(Normalise, CollapsesPunctuationAndSpacesSoSpellingsOfLegalFormsMatch) {
  EXPECT_EQ(normalise_for_search("  kargah   e.V. "), "kargah e v");
  EXPECT_EQ(normalise_for_search("Kargah e. V."), normalise_for_search("kargah e.V."));
  EXPECT_EQ(normalise_for_search("BBS-Neustadt a. Rbge."), "bbs neustadt a rbge");
}

TEST(Normalise, NeverProducesLikeWildcards) {
  EXPECT_EQ(normalise_for_search("100% _sicher_"), "100 sicher");
  EXPECT_EQ(normalise_for_search(""), "");
  EXPECT_EQ(normalise_for_search("%%%"), "");
}

TEST(Normalise, KeepsNonLatinLettersAndDigits) {
  EXPECT_EQ(normalise_for_search("Ελληνική Κοινότητα"), "ελληνικη κοινοτητα");
  EXPECT_EQ(normalise_for_search("جمعية"), "جمعية");
  EXPECT_EQ(normalise_for_search("BBS 2"), "bbs 2");
}

TEST(Normalise, InvalidUtf8DoesNotThrow) {
  const std::string broken = std::string("ab") + static_cast<char>(0xC3) + "cd";
  EXPECT_NO_THROW((void)normalise_for_search(broken));
}

TEST(Normalise, SearchWordsAreNormalisedAndSplit) {
  const auto words = search_words("  Müller  STRAßE, ");
  ASSERT_EQ(words.size(), 2U);
  EXPECT_EQ(words[0], "muller");
  EXPECT_EQ(words[1], "strasse");
  EXPECT_TRUE(search_words(" ., ").empty());
}

TEST(OrganisationTypes, BuiltinTypesOfTheIssueAreKnown) {
  for (const char* key : {"municipality", "ihk", "hwk", "jobcenter", "vocational_school", "migrant_organisation",
                          "company", "service_centre"})
    EXPECT_TRUE(is_builtin_organisation_type(key)) << key;
  EXPECT_FALSE(is_builtin_organisation_type("custom_stiftung"));
  EXPECT_FALSE(is_builtin_organisation_type(""));
}

TEST(OrganisationTypes, CustomKeysAreAsciiSlugsOfTheLabel) {
  EXPECT_EQ(custom_type_key("Stiftung"), "custom_stiftung");
  EXPECT_EQ(custom_type_key("  Kultur-Verein für Ältere "), "custom_kultur_verein_fur_altere");
  EXPECT_EQ(custom_type_key("Ελληνικά"), "custom_type");
}

TEST(OrganisationValidation, AValidOrganisationHasNoErrors) {
  EXPECT_TRUE(validate(valid_organisation()).empty());
}

TEST(OrganisationValidation, ReportsEveryBadFieldAtOnce) {
  Organisation o;
  o.name = "  ";
  o.type = "spaceship";
  o.website = "www.example.org";
  o.email = "no-at-sign";
  o.phone = "call me";
  o.languages = {"German"};
  o.tags = {"a,b"};
  o.may_train = false;
  o.trains_now = true;
  const auto errors = validate(o);
  EXPECT_EQ(errors.at("name"), "validation.required");
  EXPECT_EQ(errors.at("type"), "validation.organisation_type");
  EXPECT_EQ(errors.at("website"), "validation.website");
  EXPECT_EQ(errors.at("email"), "validation.email");
  EXPECT_EQ(errors.at("phone"), "validation.phone");
  EXPECT_EQ(errors.at("languages"), "validation.language_code");
  EXPECT_EQ(errors.at("tags"), "validation.tag");
  EXPECT_EQ(errors.at("trains_now"), "validation.trains_without_permission");
}

TEST(OrganisationValidation, CustomTypesPassTheFormatCheck) {
  auto o = valid_organisation();
  o.type = "custom_stiftung";
  EXPECT_TRUE(validate(o).empty());
}

TEST(OrganisationValidation, OptionalFieldsMayBeEmptyButNotTooLong) {
  Organisation o;
  o.name = "Jobcenter Region Hannover";
  o.type = "jobcenter";
  EXPECT_TRUE(validate(o).empty());
  o.name = std::string(201, 'x');
  EXPECT_EQ(validate(o).at("name"), "validation.too_long");
}

TEST(ContactValidation, ConsentNeedsAValidDate) {
  Contact c;
  c.name = "Aylin Demir";
  c.organisation_id = 1;
  c.data_basis = DataBasis::consent;
  EXPECT_EQ(validate(c).at("consent_date"), "validation.required");
  c.consent_date = "2024-02-30";
  EXPECT_EQ(validate(c).at("consent_date"), "validation.date");
  c.consent_date = "2024-02-29";
  EXPECT_TRUE(validate(c).empty());
  c.data_basis = DataBasis::legitimate_interest;
  c.consent_date.clear();
  EXPECT_TRUE(validate(c).empty());
}

TEST(ContactValidation, NameAndOrganisationAreRequired) {
  Contact c;
  const auto errors = validate(c);
  EXPECT_EQ(errors.at("name"), "validation.required");
  EXPECT_EQ(errors.at("organisation_id"), "validation.required");
}

TEST(NetworkValidation, EndedOrDormantNetworksNeedTheDateOfTheirStatus) {
  Network n;
  n.name = "Arbeitsmarktintegration";
  n.focus = NetworkFocus::migration;
  EXPECT_TRUE(validate(n).empty());
  n.status = NetworkStatus::ended;
  EXPECT_EQ(validate(n).at("status_since"), "validation.required");
  n.started_on = "2020-01-01";
  n.status_since = "2019-12-31";
  EXPECT_EQ(validate(n).at("status_since"), "validation.date_order");
  n.status_since = "2023-06-30";
  EXPECT_TRUE(validate(n).empty());
}

TEST(NetworkValidation, ChannelsComeFromTheList) {
  Network n;
  n.name = "MiSO-Forum";
  n.channels = {"email_list", "carrier_pigeon"};
  EXPECT_EQ(validate(n).at("channels"), "validation.channel");
}

TEST(MembershipValidation, PeriodMustNotEndBeforeItStarts) {
  Membership m;
  m.network_id = 1;
  m.organisation_id = 2;
  m.since = "2024-05-01";
  m.until = "2024-04-30";
  EXPECT_EQ(validate(m).at("until"), "validation.date_order");
  m.until = "2024-05-01";
  EXPECT_TRUE(validate(m).empty());
  m.since = "01.05.2024";
  EXPECT_EQ(validate(m).at("since"), "validation.date");
}

TEST(TieValidation, TwoDifferentOrganisationsAndIntensityOneToThree) {
  Tie t;
  t.organisation_a_id = 3;
  t.organisation_b_id = 3;
  t.intensity = 4;
  const auto errors = validate(t);
  EXPECT_EQ(errors.at("organisation_b_id"), "validation.tie_self");
  EXPECT_EQ(errors.at("intensity"), "validation.intensity");
  t.organisation_b_id = 4;
  t.intensity = 3;
  EXPECT_TRUE(validate(t).empty());
}

TEST(TransferValidation, EachEndIsANetworkOrAnEventNotBothNorNeither) {
  Transfer t;
  t.date = "2025-03-12";
  t.topic = "Wünsche der Betriebe zur Sprachförderung";
  t.from.event = "Ausbilder-Frühstück März";
  t.to.network_id = 7;
  EXPECT_TRUE(validate(t).empty());
  t.from.network_id = 5;
  EXPECT_EQ(validate(t).at("from"), "validation.transfer_end");
  t.from.event.clear();
  t.from.network_id = 7;
  EXPECT_EQ(validate(t).at("to"), "validation.transfer_same");
  t.to.network_id.reset();
  EXPECT_EQ(validate(t).at("to"), "validation.transfer_end");
}

TEST(TransferValidation, DateAndTopicAreRequired) {
  Transfer t;
  t.from.event = "a";
  t.to.event = "b";
  const auto errors = validate(t);
  EXPECT_EQ(errors.at("date"), "validation.required");
  EXPECT_EQ(errors.at("topic"), "validation.required");
}

TEST(Dates, OnlyRealCalendarDays) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_TRUE(is_iso_date("2000-02-29"));
  EXPECT_FALSE(is_iso_date("1900-02-29"));
  EXPECT_FALSE(is_iso_date("2024-13-01"));
  EXPECT_FALSE(is_iso_date("2024-1-01"));
  EXPECT_FALSE(is_iso_date("2024-04-31"));
}

TEST(Lists, CleanDropsBlanksAndRepeatsIgnoringCaseAndUmlauts) {
  const auto cleaned = clean_list({" Eltern ", "", "eltern", "Bäckerei", "Backerei", "Ausbildung"});
  ASSERT_EQ(cleaned.size(), 3U);
  EXPECT_EQ(cleaned[0], "Eltern");
  EXPECT_EQ(cleaned[1], "Bäckerei");
  EXPECT_EQ(cleaned[2], "Ausbildung");
}

TEST(Lists, JoinAndSplitRoundTrip) {
  const std::vector<std::string> items{"de", "tr", "ar"};
  EXPECT_EQ(join_list(items), "de,tr,ar");
  EXPECT_EQ(split_list("de,tr,ar"), items);
  EXPECT_TRUE(split_list("").empty());
  EXPECT_EQ(split_list(" de , ,tr").size(), 2U);
}

TEST(Enums, EveryValueRoundTripsThroughItsText) {
  for (auto v : {NetworkFocus::migration, NetworkFocus::local, NetworkFocus::sector, NetworkFocus::thematic})
    EXPECT_EQ(parse_network_focus(to_string(v)), v);
  for (auto v : {TieKind::agreement, TieKind::joint_offer, TieKind::information_exchange, TieKind::referrals})
    EXPECT_EQ(parse_tie_kind(to_string(v)), v);
  for (auto v : {MembershipRole::lead, MembershipRole::member, MembershipRole::guest})
    EXPECT_EQ(parse_membership_role(to_string(v)), v);
  for (auto v : {NetworkStatus::active, NetworkStatus::dormant, NetworkStatus::ended})
    EXPECT_EQ(parse_network_status(to_string(v)), v);
  EXPECT_FALSE(parse_tie_kind("friendship").has_value());
  EXPECT_EQ(parse_company_size("medium"), CompanySize::medium);
  EXPECT_EQ(parse_data_basis("consent"), DataBasis::consent);
}
