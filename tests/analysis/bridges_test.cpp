// A small hand-made region that pins down the bridge analysis, handover, recommendation and what-if.
#include "analysis/analysis.hpp"

#include <gtest/gtest.h>

namespace bb::analysis {
namespace {

enum Org { service_centre = 0, ihk = 1, migrant_org = 2, school = 3, jobcenter = 4 };
enum Net { migration = 0, business = 1, schools = 2, youth = 3 };

// The service centre alone bridges migration-business, migration-schools and business-schools;
// the school bridges schools-youth; migration-youth and business-youth are not bridged.
Region small_region() {
  Region r;
  r.organisations = {{"sc", "service_centre", "Hannover", {}},
                     {"ihk", "chamber", "Hannover", {}},
                     {"mo", "migrant_org", "Laatzen", {}},
                     {"bbs", "school", "Garbsen", {{"capacity", "2"}}},
                     {"jc", "agency", "Hannover", {{"capacity", "5"}}}};
  r.networks = {{"mig", "migration"}, {"biz", "business"}, {"sch", "school"}, {"yth", "youth"}};
  r.memberships = {{service_centre, migration, {}}, {service_centre, business, {}}, {service_centre, schools, {}},
                   {ihk, business, {}},            {migrant_org, migration, {}},   {school, schools, {}},
                   {school, youth, {}},
                   // ended before the analysis date: must not bridge anything
                   {jobcenter, business, {std::nullopt, "2025-12-31"}},
                   {jobcenter, migration, {"2025-01-01", "2025-12-31"}}};
  r.ties = {{ihk, migrant_org, false, "cooperation", 2.0, {}},
            {migrant_org, school, false, "cooperation", 1.0, {}},
            {service_centre, ihk, false, "cooperation", 1.0, {}},
            {service_centre, school, true, "referral", 1.0, {"2027-01-01", std::nullopt}}};  // not yet valid
  return r;
}

AnalysisOptions options_on(const std::string& date) {
  AnalysisOptions o;
  o.date = date;
  o.focal = service_centre;
  return o;
}

TEST(Snapshot, OnlyMembershipsAndTiesValidThatDayCount) {
  auto s = build_snapshot(small_region(), "2026-01-01");
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->networks_of[jobcenter].empty());
  EXPECT_EQ(s->active_ties, (std::vector<int>{0, 1, 2}));
  EXPECT_FALSE(s->affiliation.directed);  // the only directed tie is not valid yet
  auto earlier = build_snapshot(small_region(), "2025-06-01");
  ASSERT_TRUE(earlier.ok());
  EXPECT_EQ(earlier->networks_of[jobcenter], (std::vector<int>{migration, business}));
}

TEST(Snapshot, OneModeWeightAddsTieIntensityAndSharedNetworks) {
  Weighting w;
  w.tie_factor = 1.0;
  w.co_membership_factor = 0.5;
  auto s = build_snapshot(small_region(), "2026-01-01", w);
  ASSERT_TRUE(s.ok());
  auto weight = [&](int a, int b) {
    for (const auto& e : s->one_mode.edges)
      if ((e.from == a && e.to == b) || (e.from == b && e.to == a)) return e.weight;
    return 0.0;
  };
  EXPECT_DOUBLE_EQ(weight(service_centre, ihk), 1.0 + 0.5 * 1);      // tie + one shared network
  EXPECT_DOUBLE_EQ(weight(service_centre, migrant_org), 0.5 * 1);    // co-membership only
  EXPECT_DOUBLE_EQ(weight(ihk, migrant_org), 2.0);                   // tie only
  EXPECT_DOUBLE_EQ(weight(ihk, school), 0.0);
}

TEST(Snapshot, InvalidDateIsInvalidInput) {
  auto s = build_snapshot(small_region(), "2026-13-01");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::invalid_input);
}

TEST(Bridges, WidthsSingleAndUnbridgedPairs) {
  auto a = analyse(small_region(), options_on("2026-01-01"));
  ASSERT_TRUE(a.ok()) << a.error().message;
  const auto& r = a->bridges;
  EXPECT_EQ(r.pairs[static_cast<std::size_t>(r.pair_index(migration, business))].bridges, (std::vector<int>{service_centre}));
  EXPECT_EQ(r.pairs[static_cast<std::size_t>(r.pair_index(schools, youth))].bridges, (std::vector<int>{school}));
  EXPECT_EQ(r.single.size(), 4u);
  EXPECT_EQ(r.unbridged, (std::vector<int>{r.pair_index(migration, youth), r.pair_index(business, youth)}));
  EXPECT_EQ(a->portfolio, (std::vector<int>{r.pair_index(migration, business), r.pair_index(migration, schools),
                                            r.pair_index(business, schools)}));
}

TEST(Bridges, ArticulationPointsSeeThePartnersTiesNotOnlyTheMemberships) {
  auto a = analyse(small_region(), options_on("2026-01-01"));
  ASSERT_TRUE(a.ok());
  // The partners' ties (IHK - migrant organisation - school) still connect the networks without
  // the service centre; the youth network hangs on the school alone.
  EXPECT_FALSE(a->metrics.articulation[service_centre]);
  EXPECT_TRUE(a->metrics.articulation[school]);
  EXPECT_GT(a->metrics.betweenness[service_centre], a->metrics.betweenness[ihk]);
}

TEST(Handover, CandidatesAreMembersOfOneSideWithTiesToTheOther) {
  auto a = analyse(small_region(), options_on("2026-01-01"));
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->handover.size(), 3u);
  const auto& r = a->bridges;
  for (const auto& h : a->handover) {
    const auto& pair = r.pairs[static_cast<std::size_t>(h.pair)];
    if (pair.a == migration && pair.b == business) {
      // IHK (business) is tied to the migrant organisation (migration) with intensity 2;
      // the migrant organisation is tied to IHK: both qualify, IHK's tie is the same one.
      ASSERT_EQ(h.candidates.size(), 2u);
      EXPECT_EQ(h.candidates[0].contacts, 1);
      EXPECT_DOUBLE_EQ(h.candidates[0].intensity, 2.0);
    }
    if (pair.a == migration && pair.b == schools) {
      // The migrant organisation and the school are tied; the school's capacity 2 ranks it first.
      ASSERT_EQ(h.candidates.size(), 2u);
      EXPECT_EQ(h.candidates[0].organisation, school);
      EXPECT_DOUBLE_EQ(h.candidates[0].score, 1.0 + 0.5 * 1.0 + 2.0 - 0.25 * 1);  // it bridges schools-youth alone
      EXPECT_EQ(h.candidates[1].organisation, migrant_org);
    }
    if (pair.a == business && pair.b == schools) {
      EXPECT_TRUE(h.candidates.empty());  // IHK's only tie to a school member is via the service centre
    }
  }
}

TEST(Recommendation, GreedyCoverageFollowsTheEditablePairWeights) {
  const Region region = small_region();
  auto s = build_snapshot(region, "2026-01-01");
  ASSERT_TRUE(s.ok());
  const auto report = network_bridges(*s);
  PairWeights w;
  w.focus[{"youth", "migration"}] = 3.0;
  const auto rec = recommend_networks(region, *s, report, school, 2, w);
  // Joining migration: migration-schools (single, 0.5) + migration-youth (unbridged, 1 x 3) = 3.5.
  // Then business: business-schools 0.5 + business-youth 1 + migration-business 0.5 = 2.
  ASSERT_EQ(rec.networks, (std::vector<int>{migration, business}));
  EXPECT_DOUBLE_EQ(rec.gains[0], 3.5);
  EXPECT_DOUBLE_EQ(rec.gains[1], 2.0);
  EXPECT_DOUBLE_EQ(rec.total, 5.5);
}

TEST(Recommendation, PairsTheOrganisationAloneBridgesGainNothing) {
  const Region region = small_region();
  auto s = build_snapshot(region, "2026-01-01");
  ASSERT_TRUE(s.ok());
  const auto report = network_bridges(*s);
  PairWeights w;
  w.unbridged = 0;  // only single-bridged pairs count
  const auto rec = recommend_networks(region, *s, report, service_centre, 1, w);
  // Joining youth: schools-youth is single-bridged by the school (0.5); the others are unbridged (0).
  ASSERT_EQ(rec.networks, (std::vector<int>{youth}));
  EXPECT_DOUBLE_EQ(rec.total, 0.5);
}

TEST(Recommendation, AnOrganisationInNoNetworkStartsWithTheBestPair) {
  const Region region = small_region();
  auto s = build_snapshot(region, "2026-01-01");
  ASSERT_TRUE(s.ok());
  const auto report = network_bridges(*s);
  PairWeights w;
  w.focus[{"business", "youth"}] = 4.0;
  const auto rec = recommend_networks(region, *s, report, jobcenter, 2, w);  // its memberships ended
  ASSERT_EQ(rec.networks, (std::vector<int>{business, youth}));
  EXPECT_DOUBLE_EQ(rec.gains[0], 0.0);
  EXPECT_DOUBLE_EQ(rec.gains[1], 4.0);
}

TEST(Handover, TypeBonusExpressesWhichRolesShouldCarryBridges) {
  AnalysisOptions o = options_on("2026-01-01");
  o.handover.type_bonus["migrant_org"] = 10.0;
  auto a = analyse(small_region(), o);
  ASSERT_TRUE(a.ok());
  for (const auto& h : a->handover)
    if (!h.candidates.empty()) {
      EXPECT_EQ(h.candidates.front().organisation, migrant_org);
    }
}

TEST(WhatIf, RemovingTheServiceCentreLeavesItsSoleBridgesUnbridged) {
  Edit remove;
  remove.kind = Edit::Kind::remove_organisation;
  remove.organisation = service_centre;
  auto w = what_if(small_region(), {remove}, options_on("2026-01-01"));
  ASSERT_TRUE(w.ok()) << w.error().message;
  EXPECT_EQ(w->newly_unbridged, w->before.portfolio);
  EXPECT_TRUE(w->newly_bridged.empty());
  EXPECT_GT(w->components_after, w->components_before);
  EXPECT_LT(w->largest_component_after, w->largest_component_before);
  ASSERT_FALSE(w->changes.empty());
  EXPECT_EQ(w->changes.front().organisation, service_centre);  // its betweenness drops the most
}

TEST(WhatIf, AddingAMembershipBridgesNewPairsAndNothingIsStored) {
  const Region region = small_region();
  Edit join;
  join.kind = Edit::Kind::add_membership;
  join.organisation = migrant_org;
  join.network = youth;
  auto w = what_if(region, {join}, options_on("2026-01-01"));
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->newly_bridged, (std::vector<int>{w->before.bridges.pair_index(migration, youth)}));
  EXPECT_EQ(region.memberships.size(), 9u);  // the input is untouched
}

TEST(WhatIf, EditOutOfRangeIsInvalidInput) {
  Edit bad;
  bad.kind = Edit::Kind::add_membership;
  bad.organisation = 99;
  auto w = what_if(small_region(), {bad}, options_on("2026-01-01"));
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().code, ErrorCode::invalid_input);
}

TEST(Partition, ByNetworkUsesTheFirstNetworkThatDayAndGroupsTheUnaffiliated) {
  const Region region = small_region();
  auto s = build_snapshot(region, "2026-01-01");
  ASSERT_TRUE(s.ok());
  const auto g = partition_groups(region, *s, {PartitionKind::network, {}, 0});
  EXPECT_EQ(g, (std::vector<int>{migration, business, migration, schools, -1}));
  const auto by_type = partition_groups(region, *s, {PartitionKind::type, {}, 0});
  EXPECT_NE(by_type[service_centre], by_type[ihk]);
  const auto in_business = partition_groups(region, *s, {PartitionKind::affiliation, {}, business});
  EXPECT_EQ(in_business, (std::vector<int>{1, 1, 0, 0, 0}));
}

}  // namespace
}  // namespace bb::analysis
