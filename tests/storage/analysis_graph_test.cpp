// The analysis repository (issue 4) on both backends: a region's whole register graph in one
// read, with every period, and nothing of another region.
#include "storage_fixture.hpp"

#include <algorithm>

namespace bb::storage_tests {
namespace {

using namespace bb::domain;

class AnalysisGraphStorage : public StorageTest {
 protected:
  Id organisation(Id region, const std::string& name, const std::string& type, std::optional<Id> municipality,
                  bool migrant_led = false, bool active = true) {
    Organisation o;
    o.name = name;
    o.type = type;
    o.municipality_id = municipality;
    o.migrant_led = migrant_led;
    o.active = active;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.organisations().create(region, o, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  Id network(Id region, const std::string& name, NetworkFocus focus, NetworkStatus status = NetworkStatus::active,
             const std::string& status_since = "") {
    Network n;
    n.name = name;
    n.focus = focus;
    n.status = status;
    n.status_since = status_since;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.networks().create(region, n, 5000); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  Id membership(Id region, Id net, Id org, const std::string& since, const std::string& until) {
    Membership m;
    m.network_id = net;
    m.organisation_id = org;
    m.role = MembershipRole::guest;
    m.since = since;
    m.until = until;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.memberships().create(region, m); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
  Id tie(Id region, Id a, Id b, TieKind kind, bool directed, int intensity, const std::string& since,
         const std::string& until) {
    Tie t;
    t.organisation_a_id = a;
    t.organisation_b_id = b;
    t.kind = kind;
    t.directed = directed;
    t.intensity = intensity;
    t.since = since;
    t.until = until;
    auto id = db_->write_value([&](UnitOfWork& uow) { return uow.ties().create(region, t); });
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
};
BB_ON_BOTH_BACKENDS(AnalysisGraphStorage);

TEST_P(AnalysisGraphStorage, RegionGraphHoldsEveryRecordOfTheRegionWithItsPeriodsAndNothingOfAnother) {
  const Id a = make_region("region-a", "Region A");
  const Id b = make_region("region-b", "Region B");
  Id hannover = 0;
  must_write([&](UnitOfWork& uow) -> Result<void> {
    auto m = uow.regions().add_municipality(a, "Hannover");
    if (!m) return m.error();
    hannover = *m;
    return success();
  });
  const Id centre = organisation(a, "Servicestelle", "service_centre", hannover);
  const Id kargah = organisation(a, "kargah e.V.", "migrant_organisation", std::nullopt, true, false);
  const Id other = organisation(b, "Fremde Kammer", "ihk", std::nullopt);
  const Id migration = network(a, "Arbeitsmarkt", NetworkFocus::migration);
  const Id ended = network(a, "Altes Netz", NetworkFocus::sector, NetworkStatus::ended, "2023-12-31");
  const Id foreign_net = network(b, "Fremdes Netz", NetworkFocus::local);
  const Id m1 = membership(a, migration, centre, "2017-09-01", "");
  const Id m2 = membership(a, ended, kargah, "", "2023-12-31");
  membership(b, foreign_net, other, "", "");
  const Id t1 = tie(a, kargah, centre, TieKind::referrals, true, 3, "2019-01-01", "2024-06-30");

  auto graph = db_->read_value([&](UnitOfWork& uow) { return uow.analysis().region_graph(a); });
  ASSERT_TRUE(graph.ok()) << graph.error().message;
  ASSERT_EQ(graph->organisations.size(), 2U);
  EXPECT_EQ(graph->organisations[0].id, centre);
  EXPECT_EQ(graph->organisations[0].name, "Servicestelle");
  EXPECT_EQ(graph->organisations[0].type, "service_centre");
  EXPECT_EQ(graph->organisations[0].municipality_id, hannover);
  EXPECT_EQ(graph->organisations[0].municipality, "Hannover");
  EXPECT_FALSE(graph->organisations[0].migrant_led);
  EXPECT_TRUE(graph->organisations[0].active);
  EXPECT_EQ(graph->organisations[1].id, kargah);
  EXPECT_EQ(graph->organisations[1].municipality_id, std::nullopt);
  EXPECT_EQ(graph->organisations[1].municipality, "");
  EXPECT_TRUE(graph->organisations[1].migrant_led);
  EXPECT_FALSE(graph->organisations[1].active);

  ASSERT_EQ(graph->networks.size(), 2U);
  EXPECT_EQ(graph->networks[0].id, migration);
  EXPECT_EQ(graph->networks[0].focus, NetworkFocus::migration);
  EXPECT_EQ(graph->networks[1].id, ended);
  EXPECT_EQ(graph->networks[1].status, NetworkStatus::ended);
  EXPECT_EQ(graph->networks[1].status_since, "2023-12-31");

  ASSERT_EQ(graph->memberships.size(), 2U);
  EXPECT_EQ(graph->memberships[0].id, m1);
  EXPECT_EQ(graph->memberships[0].organisation_id, centre);
  EXPECT_EQ(graph->memberships[0].network_id, migration);
  EXPECT_EQ(graph->memberships[0].since, "2017-09-01");
  EXPECT_EQ(graph->memberships[0].until, "");
  EXPECT_EQ(graph->memberships[1].id, m2);
  EXPECT_EQ(graph->memberships[1].role, MembershipRole::guest);
  EXPECT_EQ(graph->memberships[1].until, "2023-12-31");

  ASSERT_EQ(graph->ties.size(), 1U);
  EXPECT_EQ(graph->ties[0].id, t1);
  EXPECT_EQ(graph->ties[0].organisation_a_id, kargah);
  EXPECT_EQ(graph->ties[0].organisation_b_id, centre);
  EXPECT_EQ(graph->ties[0].kind, TieKind::referrals);
  EXPECT_TRUE(graph->ties[0].directed);
  EXPECT_EQ(graph->ties[0].intensity, 3);
  EXPECT_EQ(graph->ties[0].since, "2019-01-01");
  EXPECT_EQ(graph->ties[0].until, "2024-06-30");

  auto other_graph = db_->read_value([&](UnitOfWork& uow) { return uow.analysis().region_graph(b); });
  ASSERT_TRUE(other_graph.ok());
  ASSERT_EQ(other_graph->organisations.size(), 1U);
  EXPECT_EQ(other_graph->organisations[0].id, other);
  EXPECT_EQ(other_graph->networks.size(), 1U);
  EXPECT_EQ(other_graph->memberships.size(), 1U);
  EXPECT_TRUE(other_graph->ties.empty());
}

TEST_P(AnalysisGraphStorage, RegionGraphOfAnEmptyRegionIsEmpty) {
  const Id a = make_region("region-a", "Region A");
  auto graph = db_->read_value([&](UnitOfWork& uow) { return uow.analysis().region_graph(a); });
  ASSERT_TRUE(graph.ok()) << graph.error().message;
  EXPECT_TRUE(graph->organisations.empty());
  EXPECT_TRUE(graph->networks.empty());
  EXPECT_TRUE(graph->memberships.empty());
  EXPECT_TRUE(graph->ties.empty());
}

}  // namespace
}  // namespace bb::storage_tests
