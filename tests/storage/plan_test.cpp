// The action plan's repository (issue 6) on both backends: the whole plan document with its
// items, measure links and names; adopted versions with their agreements (insert-only);
// proposals decided once; indicator values per period; status history; tenant isolation.
#include "domain/plan_snapshot.hpp"
#include "storage_fixture.hpp"

namespace bb::storage_tests {
namespace {

using namespace bb::domain;

class PlanStorage : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (HasFatalFailure()) return;
    region_a_ = make_region("region-a", "Region A");
    region_b_ = make_region("region-b", "Region B");
    must_write([&](UnitOfWork& uow) -> Result<void> {
      auto m = uow.regions().add_municipality(region_a_, "Garbsen");
      if (!m) return m.error();
      garbsen_ = *m;
      Organisation o;
      o.type = "ihk";
      o.name = "IHK Hannover";
      auto ihk = uow.organisations().create(region_a_, o, 10);
      o.name = "Handwerkskammer Hannover";
      o.type = "hwk";
      auto hwk = uow.organisations().create(region_a_, o, 10);
      Network n;
      n.name = "Arbeitskreis Ausbildung";
      auto net = uow.networks().create(region_a_, n, 10);
      if (!ihk || !hwk || !net) return Error::internal("setup");
      ihk_ = *ihk;
      hwk_ = *hwk;
      network_ = *net;
      return success();
    });
    must_write([&](UnitOfWork& uow) -> Result<void> {
      Plan p;
      p.title = "Handlungsplan";
      p.period_start = "2025-01-01";
      p.period_end = "2027-12-31";
      auto plan = uow.plans().create(region_a_, p, 100);
      if (!plan) return plan.error();
      plan_ = *plan;
      auto field = uow.plans().create_field(region_a_, plan_, {0, plan_, 0, "Betriebe gewinnen", "KMU"});
      if (!field) return field.error();
      field_ = *field;
      auto goal = uow.plans().create_goal(region_a_, plan_, {0, field_, 0, "Mehr Ausbildungsbetriebe", ""});
      if (!goal) return goal.error();
      goal_ = *goal;
      auto indicator =
          uow.plans().create_indicator(region_a_, plan_, {0, goal_, "Neue Betriebe", "Betriebe", 12, 40.5, "2027-12-31"});
      if (!indicator) return indicator.error();
      indicator_ = *indicator;
      PlanMeasure m;
      m.goal_id = goal_;
      m.title = "Azubi-Speeddating";
      m.lead_organisation_id = ihk_;
      m.partner_organisation_ids = {hwk_};
      m.municipality_ids = {garbsen_};
      m.links = {{std::string(kLinkNetwork), network_}};
      m.anchoring_organisation_id = ihk_;
      m.anchoring_state = AnchoringState::agreed;
      m.status = MeasureStatus::running;
      auto measure = uow.plans().create_measure(region_a_, plan_, m);
      if (!measure) return measure.error();
      measure_ = *measure;
      return success();
    });
  }

  std::optional<PlanDocument> document(Id region) {
    auto d = db_->read_value([&](UnitOfWork& uow) { return uow.plans().document(region, plan_); });
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : std::nullopt;
  }

  Id region_a_ = 0, region_b_ = 0, garbsen_ = 0, ihk_ = 0, hwk_ = 0, network_ = 0;
  Id plan_ = 0, field_ = 0, goal_ = 0, indicator_ = 0, measure_ = 0;
};

TEST_P(PlanStorage, DocumentHoldsItemsLinksAndTheNamesTheyPointTo) {
  const auto d = document(region_a_);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->plan.title, "Handlungsplan");
  EXPECT_EQ(d->plan.status, PlanStatus::draft);
  ASSERT_EQ(d->fields.size(), 1u);
  ASSERT_EQ(d->goals.size(), 1u);
  EXPECT_EQ(d->goals[0].field_id, field_);
  ASSERT_EQ(d->indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(d->indicators[0].target_value, 40.5);
  EXPECT_DOUBLE_EQ(d->indicators[0].baseline, 12);
  ASSERT_EQ(d->measures.size(), 1u);
  const auto& m = d->measures[0];
  EXPECT_EQ(m.lead_organisation_id, std::optional<Id>(ihk_));
  EXPECT_EQ(m.partner_organisation_ids, std::vector<Id>{hwk_});
  EXPECT_EQ(m.municipality_ids, std::vector<Id>{garbsen_});
  ASSERT_EQ(m.links.size(), 1u);
  EXPECT_EQ(m.links[0].target_id, network_);
  EXPECT_EQ(m.anchoring_state, AnchoringState::agreed);
  EXPECT_EQ(d->organisation_names.at(ihk_), "IHK Hannover");
  EXPECT_EQ(d->organisation_names.at(hwk_), "Handwerkskammer Hannover");
  EXPECT_EQ(d->municipality_names.at(garbsen_), "Garbsen");
  EXPECT_EQ(d->network_names.at(network_), "Arbeitskreis Ausbildung");
}

TEST_P(PlanStorage, UpdatingAMeasureReplacesItsLinks) {
  auto d = document(region_a_);
  ASSERT_TRUE(d);
  auto m = d->measures[0];
  m.partner_organisation_ids = {};
  m.lead_organisation_id.reset();
  m.links.clear();
  m.title = "Speeddating 2.0";
  auto updated = db_->write_value([&](UnitOfWork& uow) { return uow.plans().update_measure(region_a_, plan_, m); });
  ASSERT_TRUE(updated.ok());
  EXPECT_TRUE(*updated);
  const auto after = document(region_a_);
  EXPECT_EQ(after->measures[0].title, "Speeddating 2.0");
  EXPECT_TRUE(after->measures[0].partner_organisation_ids.empty());
  EXPECT_TRUE(after->measures[0].links.empty());
  EXPECT_FALSE(after->measures[0].lead_organisation_id.has_value());
  EXPECT_EQ(after->measures[0].municipality_ids, std::vector<Id>{garbsen_});
}

TEST_P(PlanStorage, AnotherRegionNeitherReadsNorChangesThePlan) {
  auto other = db_->read_value([&](UnitOfWork& uow) { return uow.plans().document(region_b_, plan_); });
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->has_value());
  auto list = db_->read_value([&](UnitOfWork& uow) { return uow.plans().list(region_b_); });
  EXPECT_TRUE(list->empty());
  auto removed = db_->write_value([&](UnitOfWork& uow) { return uow.plans().remove_measure(region_b_, plan_, measure_); });
  ASSERT_TRUE(removed.ok());
  EXPECT_FALSE(*removed);
  EXPECT_EQ(document(region_a_)->measures.size(), 1u);
}

TEST_P(PlanStorage, VersionsKeepSnapshotAndAgreementsAndAreNumberedPerPlan) {
  const auto d = document(region_a_);
  PlanVersion v;
  v.plan_id = plan_;
  v.number = 1;
  v.adopted_on = "2026-11-20";
  v.occasion = "Netzwerkkonferenz";
  v.snapshot_json = to_snapshot_json(*d);
  v.agreements = {{ihk_, "IHK Hannover", "Frau Beispiel", "2026-11-19"}};
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto id = uow.plans().add_version(region_a_, v, 500);
    if (!id) return id.error();
    return success();
  });
  // A second version 1 of the same plan is refused by the database.
  auto twice = db_->write_value([&](UnitOfWork& uow) { return uow.plans().add_version(region_a_, v, 501); });
  EXPECT_FALSE(twice.ok());

  auto list = db_->read_value([&](UnitOfWork& uow) { return uow.plans().versions(region_a_, plan_); });
  ASSERT_EQ(list->size(), 1u);
  EXPECT_TRUE((*list)[0].snapshot_json.empty()) << "the list leaves the snapshots out";
  ASSERT_EQ((*list)[0].agreements.size(), 1u);
  EXPECT_EQ((*list)[0].agreements[0].person, "Frau Beispiel");
  auto one = db_->read_value([&](UnitOfWork& uow) { return uow.plans().version(region_a_, plan_, 1); });
  ASSERT_TRUE(one->has_value());
  EXPECT_EQ((*one)->snapshot_json, v.snapshot_json);
  EXPECT_EQ((*one)->occasion, "Netzwerkkonferenz");
  auto plan = db_->read_value([&](UnitOfWork& uow) { return uow.plans().find(region_a_, plan_); });
  EXPECT_EQ((*plan)->version_count, 1);
  auto other = db_->read_value([&](UnitOfWork& uow) { return uow.plans().version(region_b_, plan_, 1); });
  EXPECT_FALSE(other->has_value());
}

TEST_P(PlanStorage, AProposalIsDecidedOnlyOnce) {
  PlanProposal p;
  p.plan_id = plan_;
  p.measure_id = measure_;
  p.organisation_id = hwk_;
  p.proposed = document(region_a_)->measures[0];
  p.proposed.title = "Vorschlag";
  p.reason = "Passt besser";
  p.created_at = 700;
  auto id = db_->write_value([&](UnitOfWork& uow) { return uow.plans().add_proposal(region_a_, p); });
  ASSERT_TRUE(id.ok()) << id.error().message;
  const Id user = make_user(region_a_, "staff@example.org");
  auto first = db_->write_value([&](UnitOfWork& uow) {
    return uow.plans().decide_proposal(region_a_, *id, ProposalState::accepted, user, "gut", 800);
  });
  auto second = db_->write_value([&](UnitOfWork& uow) {
    return uow.plans().decide_proposal(region_a_, *id, ProposalState::rejected, user, "doch nicht", 900);
  });
  EXPECT_TRUE(*first);
  EXPECT_FALSE(*second);
  auto stored = db_->read_value([&](UnitOfWork& uow) { return uow.plans().find_proposal(region_a_, plan_, *id); });
  ASSERT_TRUE(stored->has_value());
  EXPECT_EQ((*stored)->state, ProposalState::accepted);
  EXPECT_EQ((*stored)->decision_note, "gut");
  EXPECT_EQ((*stored)->proposed.title, "Vorschlag");
  EXPECT_EQ((*stored)->decided_at, 800);
}

TEST_P(PlanStorage, OneIndicatorValuePerPeriodAndStatusHistoryInOrder) {
  must_write([&](UnitOfWork& uow) -> Result<void> {
    if (auto r = uow.plans().put_indicator_value(region_a_, {0, indicator_, "2025-12-31", 15, "", 0}, 1); !r) return r;
    if (auto r = uow.plans().put_indicator_value(region_a_, {0, indicator_, "2025-12-31", 17.5, "korrigiert", 0}, 2); !r)
      return r;
    if (auto r = uow.plans().put_indicator_value(region_a_, {0, indicator_, "2026-06-30", 22, "", 0}, 3); !r) return r;
    if (auto r = uow.plans().add_status_change(region_a_, measure_, MeasureStatus::planned, std::nullopt, 10); !r) return r;
    return uow.plans().add_status_change(region_a_, measure_, MeasureStatus::running, std::nullopt, 20);
  });
  auto values = db_->read_value([&](UnitOfWork& uow) { return uow.plans().indicator_values(region_a_, plan_); });
  ASSERT_EQ(values->size(), 2u);
  EXPECT_DOUBLE_EQ((*values)[0].value, 17.5);
  EXPECT_EQ((*values)[0].note, "korrigiert");
  EXPECT_EQ((*values)[1].period, "2026-06-30");
  auto history = db_->read_value([&](UnitOfWork& uow) { return uow.plans().status_history(region_a_, plan_); });
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].status, MeasureStatus::planned);
  EXPECT_EQ((*history)[1].status, MeasureStatus::running);
  auto other = db_->read_value([&](UnitOfWork& uow) { return uow.plans().indicator_values(region_b_, plan_); });
  EXPECT_TRUE(other->empty());
}

BB_ON_BOTH_BACKENDS(PlanStorage);

}  // namespace
}  // namespace bb::storage_tests
