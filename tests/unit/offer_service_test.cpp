// The rules of the offers & needs services (issue 5) on a real SQLite database: what partners
// may do with offers, the audit history of offers and translations, the default criteria
// catalogue (seeded once per region), assessments (every active criterion, the computed score)
// and needs that must point into the caller's region.
#include "services/offer_service.hpp"
#include "sqlite_fixture.hpp"

using namespace bb;
using bb::domain::Id;
using bb::domain::Role;
using bb::services::OfferCaller;

namespace {

class OfferServiceTest : public SqliteFixture {
 protected:
  void SetUp() override {
    SqliteFixture::SetUp();
    if (HasFatalFailure()) return;
    staff_ = caller(region_a_, Role::staff, "staff@a.example");
    admin_ = caller(region_a_, Role::admin, "admin@a.example");
    partner_ = caller(region_a_, Role::partner, "partner@a.example");
    staff_b_ = caller(region_b_, Role::staff, "staff@b.example");
    services::RegisterService reg(*db_);
    domain::Organisation o;
    o.type = "education_provider";
    o.name = "Eigener Träger";
    own_ = *reg.create_organisation(staff_, o, 1);
    o.name = "Anderer Träger";
    other_ = *reg.create_organisation(staff_, o, 1);
    o.name = "Träger in B";
    in_b_ = *reg.create_organisation(staff_b_, o, 1);
    ASSERT_TRUE(reg.set_partner_organisation(admin_, *partner_.actor.user_id, own_, 1).ok());
  }

  OfferCaller caller(Id region, Role role, const std::string& email) {
    domain::NewUser user{region, email, "Person " + email, role, domain::UiLanguage::de, "x"};
    auto id = db_->write_value([&](storage::UnitOfWork& uow) { return uow.users().create(user, 1); });
    EXPECT_TRUE(id.ok());
    domain::User u;
    u.id = *id;
    u.region_id = region;
    u.role = role;
    u.display_name = "Person " + email;
    return OfferCaller::of(u, "req");
  }
  static domain::Offer offer(Id provider) {
    domain::Offer o;
    o.provider_id = provider;
    o.title = "Bewerbungstraining";
    o.target_groups = {"young_refugees"};
    o.field = "application_placement";
    o.format = "course";
    return o;
  }

  services::OfferService offers() { return services::OfferService(*db_); }
  services::AssessmentService checks() { return services::AssessmentService(*db_); }

  OfferCaller staff_, admin_, partner_, staff_b_;
  Id own_ = 0, other_ = 0, in_b_ = 0;
};

}  // namespace

TEST_F(OfferServiceTest, PartnersCreateOffersOnlyForTheirOrganisationAndNeverPublish) {
  auto foreign = offers().create_offer(partner_, offer(other_), 10);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::forbidden);
  auto o = offer(own_);
  o.published = true;
  auto id = offers().create_offer(partner_, o, 10);
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_FALSE((*offers().find_offer(region_a_, *id))->published);

  auto moved = **offers().find_offer(region_a_, *id);
  moved.provider_id = other_;
  moved.published = true;
  moved.title = "Neuer Titel";
  ASSERT_TRUE(offers().update_offer(partner_, moved, 20).ok());
  const auto after = **offers().find_offer(region_a_, *id);
  EXPECT_EQ(after.provider_id, own_) << "a partner cannot hand the offer to another provider";
  EXPECT_FALSE(after.published);
  EXPECT_EQ(after.title, "Neuer Titel");

  const Id foreign_offer = *offers().create_offer(staff_, offer(other_), 10);
  auto refused = offers().delete_offer(partner_, foreign_offer, 30);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  EXPECT_FALSE(*offers().may_edit(partner_, foreign_offer));
  EXPECT_TRUE(*offers().may_edit(partner_, *id));
}

TEST_F(OfferServiceTest, ReferencesMustLieInTheRegionAndTheContactWithTheProvider) {
  auto o = offer(in_b_);
  o.municipality_ids = {999};
  auto refused = offers().create_offer(staff_, o, 10);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at("provider_id"), "validation.organisation");
  EXPECT_EQ(refused.error().fields.at("municipality_ids"), "validation.municipality");
  services::RegisterService reg(*db_);
  domain::Contact c;
  c.organisation_id = other_;
  c.name = "Ansprechperson";
  const Id contact = *reg.create_contact(staff_, c, 1);
  o = offer(own_);
  o.contact_id = contact;
  auto wrong_contact = offers().create_offer(staff_, o, 10);
  ASSERT_FALSE(wrong_contact.ok());
  EXPECT_EQ(wrong_contact.error().fields.at("contact_id"), "validation.offer_contact");
}

TEST_F(OfferServiceTest, ChangesAndTranslationsLandInTheOffersHistory) {
  const Id id = *offers().create_offer(staff_, offer(own_), 10);
  auto changed = **offers().find_offer(region_a_, id);
  changed.status = "ended";
  ASSERT_TRUE(offers().update_offer(staff_, changed, 20).ok());
  ASSERT_TRUE(offers().update_offer(staff_, changed, 30).ok());  // no change: no entry
  ASSERT_TRUE(offers().put_translation(staff_, {id, "uk", "Тренінг", "", 0}, 40).ok());
  auto refused = offers().put_translation(staff_, {id, "de", "Doppelt", "", 0}, 40);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.at("language"), "validation.choice");
  const auto history = *offers().history(region_a_, id);
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(history[0].action, "translate");
  EXPECT_NE(history[0].after_json.find("Тренінг"), std::string::npos);
  EXPECT_EQ(history[1].action, "update");
  EXPECT_NE(history[1].after_json.find("ended"), std::string::npos);
  EXPECT_EQ(history[1].before_json.find("title"), std::string::npos) << "only the changed fields";
}

TEST_F(OfferServiceTest, EveryRegionGetsTheDefaultCatalogueOnceAndAdminsShapeIt) {
  auto criteria = checks().criteria(region_a_, 10);
  ASSERT_TRUE(criteria.ok());
  ASSERT_EQ(criteria->size(), domain::kDefaultCriteria.size());
  EXPECT_EQ(checks().criteria(region_b_, 10)->size(), domain::kDefaultCriteria.size()) << "also the other region";
  const Id first = criteria->front().id;
  ASSERT_TRUE(checks().delete_criterion(admin_, first, 20).ok());
  EXPECT_EQ(checks().criteria(region_a_, 30)->size(), domain::kDefaultCriteria.size() - 1)
      << "a removed default is not seeded again";
  domain::Criterion own;
  own.label = "Angebot auch abends erreichbar";
  own.weight = 3;
  auto refused = checks().create_criterion(staff_, own, 40);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  auto created = checks().create_criterion(admin_, own, 40);
  ASSERT_TRUE(created.ok()) << created.error().message;
  auto duplicate = checks().create_criterion(admin_, own, 40);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().fields.at("label"), "validation.criterion_exists");
  const auto all = *checks().criteria(region_a_, 50);
  EXPECT_EQ(all.back().key, "custom_angebot_auch_abends_erreichbar");
}

TEST_F(OfferServiceTest, AnAssessmentRatesEveryActiveCriterionAndGetsItsScore) {
  const Id id = *offers().create_offer(staff_, offer(own_), 10);
  auto criteria = *checks().criteria(region_a_, 10);
  // Deactivate one criterion: it is no longer asked.
  auto inactive = criteria.back();
  inactive.active = false;
  ASSERT_TRUE(checks().update_criterion(admin_, inactive, 11).ok());
  domain::Assessment a;
  a.offer_id = id;
  a.assessed_on = "2026-03-01";
  for (std::size_t i = 0; i + 1 < criteria.size(); ++i) a.ratings.push_back({criteria[i].id, "met", ""});
  a.ratings.pop_back();
  auto incomplete = checks().create_assessment(staff_, a, 20);
  ASSERT_FALSE(incomplete.ok());
  EXPECT_EQ(incomplete.error().fields.at("rating_" + std::to_string(criteria[criteria.size() - 2].id)),
            "validation.required");
  a.ratings.push_back({criteria[criteria.size() - 2].id, "not_met", ""});
  auto with_inactive = a;
  with_inactive.ratings.push_back({inactive.id, "met", ""});
  EXPECT_FALSE(checks().create_assessment(staff_, with_inactive, 20).ok()) << "an inactive criterion is not rated";
  auto partner_refused = checks().create_assessment(partner_, a, 20);
  ASSERT_FALSE(partner_refused.ok());
  EXPECT_EQ(partner_refused.error().code, ErrorCode::forbidden);
  auto created = checks().create_assessment(staff_, a, 20);
  ASSERT_TRUE(created.ok()) << created.error().message;
  const auto stored = **checks().find_assessment(region_a_, *created);
  // Five of six weight-1 criteria met, one not met: 10 of 12 points.
  EXPECT_EQ(stored.score, std::optional<int>(83));
  EXPECT_EQ(stored.assessor_id, staff_.actor.user_id) << "the assessor is the caller";
  auto in_use = checks().delete_criterion(admin_, criteria.front().id, 30);
  ASSERT_FALSE(in_use.ok());
  EXPECT_EQ(in_use.error().code, ErrorCode::conflict);
}

TEST_F(OfferServiceTest, NeedsPointOnlyIntoTheirRegionAndOnlyStaffRecordThem) {
  const Id in_a = *offers().create_offer(staff_, offer(own_), 10);
  services::NeedService needs(*db_);
  domain::Need n;
  n.organisation_id = own_;
  n.target_group = "parents";
  n.field = "parents_work";
  n.description = "Elternabende";
  n.reported_on = "2026-10-01";
  n.status = "addressed";
  n.offer_id = in_a;
  auto by_partner = needs.create_need(partner_, n, 10);
  ASSERT_FALSE(by_partner.ok());
  EXPECT_EQ(by_partner.error().code, ErrorCode::forbidden);
  auto from_b = needs.create_need(staff_b_, n, 10);
  ASSERT_FALSE(from_b.ok());
  EXPECT_EQ(from_b.error().fields.at("offer_id"), "validation.offer");
  EXPECT_EQ(from_b.error().fields.at("organisation_id"), "validation.organisation");
  auto id = needs.create_need(staff_, n, 10);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto blocked = offers().delete_offer(staff_, in_a, 20);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::conflict);
  auto closed = **needs.find_need(region_a_, *id);
  closed.status = "closed";
  ASSERT_TRUE(needs.update_need(staff_, closed, 30).ok());
  EXPECT_FALSE((*needs.find_need(region_a_, *id))->offer_id.has_value()) << "only an addressed need keeps its offer";
  EXPECT_TRUE(offers().delete_offer(staff_, in_a, 40).ok());
}
