// Offers & needs (issue 5) through a real server: the offer list with filters and search, the
// form with errors next to the fields, translations with the visible German fallback, the
// partner's limits, the assessment form and the lists of the check, needs, delete blocked by a
// need — and tenant isolation on pages and API.
#include "services/offer_service.hpp"
#include "web_fixture.hpp"

#include <boost/json.hpp>

namespace json = boost::json;
using bb::domain::Id;

namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

class OffersWeb : public WebFixture {
 protected:
  bb::services::RegisterCaller staff_in(Id region) { return bb::services::RegisterCaller::operator_in(region); }
  Id municipality_of(Id region) {
    auto m = db_->read_value([&](bb::storage::UnitOfWork& uow) { return uow.regions().municipalities(region); });
    return m->front().id;
  }
  Id make_organisation(Id region, const std::string& name) {
    bb::services::RegisterService svc(*db_);
    bb::domain::Organisation o;
    o.name = name;
    o.type = "education_provider";
    auto id = svc.create_organisation(staff_in(region), o, bb::unix_now());
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
  }
  Id make_offer(Id region, Id provider, const std::string& title, const std::string& field = "career_orientation") {
    bb::services::OfferService svc(*db_);
    bb::domain::Offer o;
    o.provider_id = provider;
    o.title = title;
    o.target_groups = {"young_refugees"};
    o.field = field;
    o.format = "course";
    auto id = svc.create_offer(staff_in(region), o, bb::unix_now());
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    return id.ok() ? *id : 0;
  }
  void link_partner(Id organisation) {
    bb::services::RegisterService svc(*db_);
    bb::services::RegisterCaller admin{bb::services::Actor{admin_a_, region_a_, "test"}, region_a_,
                                       bb::domain::Role::admin};
    ASSERT_TRUE(svc.set_partner_organisation(admin, partner_a_, organisation, bb::unix_now()).ok());
  }
};

}  // namespace

TEST_F(OffersWeb, OfferListFiltersAndSearchesWithStemmingAndWithoutUmlauts) {
  const Id provider = make_organisation(region_a_, "Bildungswerk");
  make_offer(region_a_, provider, "Ausbildung im Handwerk");
  make_offer(region_a_, provider, "Elterncafé bei Frau Müller", "parents_work");
  make_offer(region_b_, make_organisation(region_b_, "Fremd"), "Ausbildung in B");
  auto c = signed_in("admin-a@example.org");
  auto stemmed = c.get("/offers?q=Ausbildungen");
  ASSERT_EQ(stemmed.status, 200);
  EXPECT_TRUE(contains(stemmed.body, "Ausbildung im Handwerk"));
  EXPECT_FALSE(contains(stemmed.body, "Elterncafé")) << stemmed.body;
  EXPECT_FALSE(contains(stemmed.body, "Ausbildung in B")) << "another region's offer";
  auto folded = c.get("/offers?q=muller");
  EXPECT_TRUE(contains(folded.body, "Elterncafé bei Frau Müller"));
  auto by_field = c.get("/offers?field=parents_work");
  EXPECT_TRUE(contains(by_field.body, "Elterncafé"));
  EXPECT_FALSE(contains(by_field.body, "Ausbildung im Handwerk"));
  EXPECT_TRUE(contains(by_field.body, "<option value=\"parents_work\" selected>"));
}

TEST_F(OffersWeb, CreateOfferShowsErrorsNextToFieldsThenSavesWithHistory) {
  const Id provider = make_organisation(region_a_, "Bildungswerk");
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/offers/new");
  auto bad = c.post_form("/offers", {{"_csrf", token}, {"provider_id", std::to_string(provider)}, {"title", ""},
                                     {"field", "career_orientation"}, {"format", "course"}, {"starts_on", "morgen"},
                                     {"description", "bleibt stehen"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"title-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"target_groups-error\""));
  EXPECT_TRUE(contains(bad.body, "aria-describedby=\"starts_on-hint starts_on-error\" aria-invalid=\"true\""));
  EXPECT_TRUE(contains(bad.body, "bleibt stehen"));

  auto ok = c.post_form("/offers", {{"_csrf", token}, {"provider_id", std::to_string(provider)},
                                    {"title", "Bewerbungstraining"}, {"target_groups", "young_refugees"},
                                    {"target_groups", "parents"}, {"field", "application_placement"},
                                    {"format", "course"}, {"municipality_ids", std::to_string(municipality_of(region_a_))},
                                    {"languages", "de, ar"}, {"status", "running"}, {"funding_ends_on", "2020-01-01"},
                                    {"published", "1"}});
  ASSERT_EQ(ok.status, 303);
  auto detail = c.get(ok.header("location"));
  EXPECT_EQ(detail.status, 200);
  EXPECT_TRUE(contains(detail.body, "Das Angebot wurde angelegt."));
  EXPECT_TRUE(contains(detail.body, "junge Geflüchtete, Eltern"));
  EXPECT_TRUE(contains(detail.body, "Region A Stadt"));
  EXPECT_TRUE(contains(detail.body, "Förderung endet")) << "funding has run out";
  EXPECT_TRUE(contains(detail.body, "fehlt – deutscher Text")) << "translations fall back visibly";
  EXPECT_TRUE(contains(detail.body, "Admin A")) << "the history";
}

TEST_F(OffersWeb, TranslationsAreSavedPerLanguageAndShownRightToLeftForArabic) {
  const Id offer = make_offer(region_a_, make_organisation(region_a_, "Bildungswerk"), "Bewerbungstraining");
  auto c = signed_in("admin-a@example.org");
  const std::string base = "/offers/" + std::to_string(offer);
  const auto token = c.csrf_token_from(base + "/translations/ar");
  auto empty = c.post_form(base + "/translations/ar", {{"_csrf", token}, {"title", ""}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(contains(empty.body, "id=\"title-error\""));
  auto saved = c.post_form(base + "/translations/ar", {{"_csrf", token}, {"title", "تدريب على التقديم"}});
  ASSERT_EQ(saved.status, 303);
  auto detail = c.get(base);
  EXPECT_TRUE(contains(detail.body, "<td lang=\"ar\" dir=\"rtl\">تدريب على التقديم</td>"));
  EXPECT_FALSE(contains(detail.body, "teilweise – Rest auf Deutsch")) << "the offer has no German description either";
  EXPECT_TRUE(contains(detail.body, "fehlt – deutscher Text")) << "the other languages still fall back";
  EXPECT_EQ(c.get(base + "/translations/de").status, 404) << "German is the offer itself";
}

TEST_F(OffersWeb, PartnersMaintainOnlyTheirOwnOrganisationsOffers) {
  const Id own = make_organisation(region_a_, "Eigener Träger");
  const Id other = make_organisation(region_a_, "Anderer Träger");
  link_partner(own);
  const Id foreign_offer = make_offer(region_a_, other, "Fremdes Angebot");
  auto c = signed_in("partner-a@example.org");
  const auto token = c.csrf_token_from("/offers/new");
  auto refused = c.post_form("/offers", {{"_csrf", token}, {"provider_id", std::to_string(other)}, {"title", "X"},
                                         {"target_groups", "parents"}, {"field", "parents_work"}, {"format", "event"}});
  EXPECT_EQ(refused.status, 403);
  auto created = c.post_form("/offers", {{"_csrf", token}, {"provider_id", std::to_string(own)}, {"title", "Eigenes"},
                                         {"target_groups", "parents"}, {"field", "parents_work"}, {"format", "event"},
                                         {"published", "1"}});
  ASSERT_EQ(created.status, 303);
  auto mine = c.get(created.header("location"));
  EXPECT_TRUE(contains(mine.body, "/edit\"")) << "the partner may edit their own offer";
  EXPECT_TRUE(contains(mine.body, "Im öffentlichen Angebotsfinder</dt><dd>nein")) << "only staff publish";
  auto foreign = c.get("/offers/" + std::to_string(foreign_offer));
  EXPECT_EQ(foreign.status, 200);
  EXPECT_FALSE(contains(foreign.body, "/edit\""));
  EXPECT_EQ(c.get("/offers/" + std::to_string(foreign_offer) + "/edit").status, 403);
  auto changed = c.post_form("/offers/" + std::to_string(foreign_offer),
                             {{"_csrf", token}, {"provider_id", std::to_string(other)}, {"title", "Gekapert"}});
  EXPECT_EQ(changed.status, 403);
}

TEST_F(OffersWeb, AnAssessmentNeedsEveryCriterionAndFeedsTheCheckOverview) {
  const Id offer = make_offer(region_a_, make_organisation(region_a_, "Bildungswerk"), "Sprachcafé");
  make_offer(region_a_, make_organisation(region_a_, "Zweiter Träger"), "Nie geprüftes Angebot");
  auto c = signed_in("admin-a@example.org");
  const std::string base = "/offers/" + std::to_string(offer);
  auto form = c.get(base + "/assessments/new");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "Eltern werden erreicht")) << "the default catalogue was seeded";
  bb::services::AssessmentService checks(*db_);
  auto criteria = checks.criteria(region_a_, bb::unix_now());
  ASSERT_TRUE(criteria.ok());
  ASSERT_EQ(criteria->size(), 7U);
  const auto token = c.csrf_token_from(base + "/assessments/new");
  std::vector<std::pair<std::string, std::string>> fields = {
      {"_csrf", token}, {"assessed_on", "2026-01-10"}, {"next_review_on", "2026-02-01"}, {"actions", "Flyer übersetzen\nElternabend"}};
  auto incomplete = c.post_form(base + "/assessments", fields);
  EXPECT_EQ(incomplete.status, 422);
  EXPECT_TRUE(contains(incomplete.body, "id=\"rating-" + std::to_string(criteria->front().id) + "-error\""));
  for (const auto& cr : *criteria) fields.emplace_back("rating_" + std::to_string(cr.id), "met");
  fields.emplace_back("rating_" + std::to_string(criteria->front().id), "met");
  auto saved = c.post_form(base + "/assessments", fields);
  ASSERT_EQ(saved.status, 303);
  auto detail = c.get(base);
  EXPECT_TRUE(contains(detail.body, "2026-01-10 · Punktwert 100"));
  EXPECT_TRUE(contains(detail.body, "<li>Flyer übersetzen</li>"));
  auto check = c.get("/offers/check");
  ASSERT_EQ(check.status, 200);
  EXPECT_TRUE(contains(check.body, "Nie geprüftes Angebot"));
  EXPECT_TRUE(contains(check.body, ">2026-02-01<")) << "the review date has passed: due";
}

TEST_F(OffersWeb, NeedsLinkToTheirOfferWhichCannotBeDeletedMeanwhile) {
  const Id provider = make_organisation(region_a_, "Bildungswerk");
  const Id offer = make_offer(region_a_, provider, "Elternabend", "parents_work");
  auto c = signed_in("admin-a@example.org");
  const auto token = c.csrf_token_from("/needs/new");
  auto bad = c.post_form("/needs", {{"_csrf", token}, {"source_kind", "organisation"}, {"target_group", "parents"},
                                    {"field", "parents_work"}, {"description", "Elternabende"}, {"reported_on", "2026-10-01"},
                                    {"status", "addressed"}, {"urgency", "high"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(contains(bad.body, "id=\"organisation_id-error\""));
  EXPECT_TRUE(contains(bad.body, "id=\"offer_id-error\""));
  auto ok = c.post_form("/needs", {{"_csrf", token}, {"source_kind", "organisation"},
                                   {"organisation_id", std::to_string(provider)}, {"target_group", "parents"},
                                   {"field", "parents_work"}, {"description", "Elternabende auf Arabisch"},
                                   {"reported_on", "2026-10-01"}, {"status", "addressed"}, {"urgency", "high"},
                                   {"offer_id", std::to_string(offer)}});
  ASSERT_EQ(ok.status, 303);
  auto need = c.get(ok.header("location"));
  EXPECT_TRUE(contains(need.body, "href=\"/offers/" + std::to_string(offer) + "\""));
  auto list = c.get("/needs?urgency=high");
  EXPECT_TRUE(contains(list.body, "Elternabende auf Arabisch"));
  auto blocked = c.post_form("/offers/" + std::to_string(offer) + "/delete", {{"_csrf", token}});
  EXPECT_EQ(blocked.status, 409);
  EXPECT_TRUE(contains(blocked.body, "Bedarfe nennen es noch als Antwort."));
}

TEST_F(OffersWeb, ApiListsSearchesAndKeepsRegionsApart) {
  const Id offer = make_offer(region_a_, make_organisation(region_a_, "Bildungswerk"), "Ausbildungsbegleitung");
  auto c = client();
  const auto token_a = token_for(admin_a_);
  const auto token_b = token_for(admin_b_);
  auto list = c.get("/api/v1/offers?q=ausbildungen", bearer(token_a));
  ASSERT_EQ(list.status, 200);
  auto body = json::parse(list.body).as_object();
  EXPECT_EQ(body["total"].as_int64(), 1);
  EXPECT_EQ(body["items"].as_array()[0].as_object()["title"].as_string(), "Ausbildungsbegleitung");
  EXPECT_EQ(c.get("/api/v1/offers/" + std::to_string(offer), bearer(token_b)).status, 404);
  auto other = c.get("/api/v1/offers", bearer(token_b));
  EXPECT_EQ(json::parse(other.body).as_object()["total"].as_int64(), 0);
  auto patched = c.send(boost::beast::http::verb::patch, "/api/v1/offers/" + std::to_string(offer),
                        R"({"title":"Übernommen"})", "application/json", bearer(token_b));
  EXPECT_EQ(patched.status, 404);
}
