// The analysis service (issue 4) on the demo region, on both backends: the register read through
// the analysis repository, turned into the library's model and analysed for one date. The
// expected values are computed here independently from the register's own membership lists.
#include "storage_fixture.hpp"

#include "demo/demo_region.hpp"
#include "services/analysis_service.hpp"
#include "services/user_service.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>

namespace bb::storage_tests {
namespace {

using namespace bb::domain;
using bb::services::AnalysisRequest;
using bb::services::AnalysisService;

constexpr const char* kDate = "2025-06-01";

class AnalysisServiceOnDemo : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (HasFatalFailure()) return;
    services::UserService users(*db_);
    auto created = demo::create_demo_region(*db_, users, 1'700'000'000);
    ASSERT_TRUE(created.ok()) << created.error().message;
    auto region = db_->read_value([](UnitOfWork& uow) { return uow.regions().find_by_slug(demo::kDemoRegionSlug); });
    ASSERT_TRUE(region.ok() && region->has_value());
    region_ = (*region)->id;
  }

  // Network pairs (by id) whose only common member on kDate is `organisation`, from the
  // register's membership lists (MembershipRepository::of_network), networks not ended by then.
  std::set<std::pair<Id, Id>> sole_pairs_from_register(Id organisation) {
    std::map<Id, std::set<Id>> members;
    auto ok = db_->read([&](UnitOfWork& uow) -> Result<void> {
      storage::NetworkQuery q;
      q.limit = 1000;
      auto nets = uow.networks().list(region_, q);
      if (!nets) return nets.error();
      for (const auto& n : nets->items) {
        if (n.status == NetworkStatus::ended && (n.status_since.empty() || n.status_since <= kDate)) continue;
        auto ms = uow.memberships().of_network(region_, n.id, kDate);
        if (!ms) return ms.error();
        for (const auto& m : *ms) members[n.id].insert(m.membership.organisation_id);
      }
      return success();
    });
    EXPECT_TRUE(ok.ok());
    std::set<std::pair<Id, Id>> out;
    for (auto a = members.begin(); a != members.end(); ++a)
      for (auto b = std::next(a); b != members.end(); ++b) {
        std::vector<Id> shared;
        std::set_intersection(a->second.begin(), a->second.end(), b->second.begin(), b->second.end(),
                              std::back_inserter(shared));
        if (shared == std::vector<Id>{organisation}) out.insert({a->first, b->first});
      }
    return out;
  }

  Id region_ = 0;
};
BB_ON_BOTH_BACKENDS(AnalysisServiceOnDemo);

TEST_P(AnalysisServiceOnDemo, TheServiceCentreIsTheSoleBridgeOfExactlyThePairsTheRegisterShows) {
  AnalysisService service(*db_);
  AnalysisRequest request;
  request.date = kDate;
  auto a = service.analyse(region_, request);
  ASSERT_TRUE(a.ok()) << a.error().message;
  ASSERT_TRUE(a->focus.has_value()) << "the focus defaults to the service centre";
  const auto& centre = a->model.graph.organisations[static_cast<std::size_t>(*a->focus)];
  EXPECT_EQ(centre.type, "service_centre");
  EXPECT_EQ(a->request.focus, centre.id);

  std::set<std::pair<Id, Id>> portfolio;
  for (int p : a->result.portfolio) {
    const auto& pair = a->result.bridges.pairs[static_cast<std::size_t>(p)];
    portfolio.insert({a->model.graph.networks[static_cast<std::size_t>(pair.a)].id,
                      a->model.graph.networks[static_cast<std::size_t>(pair.b)].id});
  }
  const auto expected = sole_pairs_from_register(centre.id);
  EXPECT_GE(expected.size(), 10U) << "the demo makes the service centre the sole bridge of many pairs";
  EXPECT_EQ(portfolio, expected);
  // Every pair it alone bridges gets a handover ranking, and it recommends something to join.
  EXPECT_EQ(a->result.handover.size(), a->result.portfolio.size());
  EXPECT_FALSE(a->recommendation.networks.empty());
  // Metrics and brokerage cover every organisation of the region.
  EXPECT_EQ(a->result.brokerage.raw.size(), a->model.graph.organisations.size());
  EXPECT_GE(a->result.metrics.betweenness.size(), a->model.graph.organisations.size());
}

TEST_P(AnalysisServiceOnDemo, RemovingTheServiceCentreUnbridgesExactlyItsSolePairsAndStoresNothing) {
  AnalysisService service(*db_);
  AnalysisRequest request;
  request.date = kDate;
  auto before = service.analyse(region_, request);
  ASSERT_TRUE(before.ok()) << before.error().message;
  ASSERT_TRUE(before->request.focus.has_value());
  services::WhatIfEdit remove;
  remove.kind = analysis::Edit::Kind::remove_organisation;
  remove.organisation_id = *before->request.focus;
  auto w = service.what_if(region_, request, {remove});
  ASSERT_TRUE(w.ok()) << w.error().message;
  auto unbridged = w->result.newly_unbridged;
  auto portfolio = before->result.portfolio;
  std::sort(unbridged.begin(), unbridged.end());
  std::sort(portfolio.begin(), portfolio.end());
  EXPECT_EQ(unbridged, portfolio);
  EXPECT_FALSE(w->result.changes.empty());
  // Nothing was stored: the register still has the centre's memberships.
  auto again = service.analyse(region_, request);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->result.portfolio, before->result.portfolio);
}

TEST_P(AnalysisServiceOnDemo, BadRequestsNameTheField) {
  AnalysisService service(*db_);
  AnalysisRequest request;
  request.date = "2025-13-45";
  request.partition = services::PartitionChoice::affiliation;
  request.focus = 999999;
  request.k = 50;
  auto a = service.analyse(region_, request);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(a.error().fields.at("date"), "validation.date");
  EXPECT_EQ(a.error().fields.at("network"), "validation.required");
  EXPECT_EQ(a.error().fields.at("focus"), "analysis.unknown_organisation");
  EXPECT_EQ(a.error().fields.at("k"), "analysis.k_range");
  // An organisation of another region is unknown here.
  const Id other_region = make_region("elsewhere", "Anderswo");
  Organisation o;
  o.name = "Fremd";
  o.type = "company";
  auto foreign = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().create(other_region, o, 1); });
  ASSERT_TRUE(foreign.ok());
  AnalysisRequest r2;
  r2.date = kDate;
  r2.focus = *foreign;
  auto b = service.analyse(region_, r2);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().fields.at("focus"), "analysis.unknown_organisation");
}

// The partition choices give the brokerage groups they promise: by affiliation, members of the
// network against the rest, so no liaison role is possible (there are only two groups).
TEST_P(AnalysisServiceOnDemo, AffiliationPartitionHasTwoGroupsAndNoLiaisons) {
  AnalysisService service(*db_);
  auto model = service.load(region_);
  ASSERT_TRUE(model.ok());
  ASSERT_FALSE(model->graph.networks.empty());
  AnalysisRequest request;
  request.date = kDate;
  request.partition = services::PartitionChoice::affiliation;
  request.partition_network = model->graph.networks.front().id;
  auto a = service.analyse(std::move(*model), request);
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->result.brokerage.global_raw[analysis::liaison], 0.0);
  EXPECT_GT(a->result.brokerage.global_raw[analysis::total], 0.0);
}

}  // namespace
}  // namespace bb::storage_tests

// The register -> model step alone (no database): an ended network stops bridging on its status date.
namespace bb::storage_tests {
namespace {

TEST(AnalysisModel, AnEndedNetworkCountsOnlyBeforeItsStatusDate) {
  storage::RegisterGraph g;
  g.organisations = {{1, "A", "school", std::nullopt, "", false, true}, {2, "B", "ihk", std::nullopt, "", false, true}};
  g.networks = {{10, "Alt", bb::domain::NetworkFocus::sector, bb::domain::NetworkStatus::ended, "2024-01-01"},
                {11, "Neu", bb::domain::NetworkFocus::migration, bb::domain::NetworkStatus::active, ""}};
  bb::domain::Membership m;
  m.organisation_id = 1;
  m.network_id = 10;
  g.memberships.push_back(m);
  m.network_id = 11;
  g.memberships.push_back(m);
  const auto model = services::make_model(g);
  ASSERT_EQ(model.region.memberships.size(), 2U);
  EXPECT_TRUE(model.region.memberships[0].period.contains("2023-12-31"));
  EXPECT_FALSE(model.region.memberships[0].period.contains("2024-01-01"));
  EXPECT_TRUE(model.region.memberships[1].period.contains("2030-01-01"));
  EXPECT_EQ(model.region.organisations[0].id, "o1");
  EXPECT_EQ(model.region.networks[1].id, "n11");
}

}  // namespace
}  // namespace bb::storage_tests
