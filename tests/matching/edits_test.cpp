// Manual edits report conflicts at once; re-planning after no-shows keeps what happened.
#include "matching/edits.hpp"
#include "matching/planner.hpp"
#include "plan_checker.hpp"
#include "random_instances.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace bb::matching {
namespace {

bool has(const std::vector<Conflict>& conflicts, ConflictKind kind) {
  return std::any_of(conflicts.begin(), conflicts.end(), [&](const Conflict& c) { return c.kind == kind; });
}

Instance two_by_two() {
  Instance inst;
  inst.slots = 2;
  inst.youths = {{"anna", 2, 0, std::nullopt}, {"ben", 2, 0, Window{0, 0}}};
  inst.companies = {{"bakery", 1, std::nullopt}, {"garage", 2, Window{1, 1}}};
  inst.pairs = {{0, 0, 5}, {1, 0, 4}, {0, 1, 3}};
  return inst;
}

TEST(PlanEdits, PlannedScheduleHasNoConflicts) {
  const Instance inst = two_by_two();
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(check_conflicts(inst, p->talks).empty());
}

TEST(PlanEdits, MovingATalkOntoAnOccupiedTableReportsTheDoubleBooking) {
  const Instance inst = two_by_two();
  const std::vector<Talk> talks = {{0, 0, 0, 1}, {1, 0, 0, 0}};
  auto r = move_talk(inst, talks, 0, 0, 0);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has(r->conflicts, ConflictKind::table_double_booked));
  EXPECT_EQ(r->talks[0].slot, 0);
}

TEST(PlanEdits, MovingATalkOutsideAPresenceWindowIsReported) {
  const Instance inst = two_by_two();
  auto r = move_talk(inst, {{1, 0, 0, 0}}, 0, 1, 0);  // ben is present in slot 0 only
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has(r->conflicts, ConflictKind::outside_youth_window));
  auto g = move_talk(inst, {{0, 1, 0, 1}}, 0, 0, 0);  // the garage comes for slot 1 only
  ASSERT_TRUE(g.ok());
  EXPECT_TRUE(has(g->conflicts, ConflictKind::outside_company_window));
}

TEST(PlanEdits, MovingToATableTheCompanyDoesNotHaveIsReported) {
  const Instance inst = two_by_two();
  auto r = move_talk(inst, {{0, 0, 0, 0}}, 0, 0, 1);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(has(r->conflicts, ConflictKind::table_out_of_range));
}

TEST(PlanEdits, SwappingTwoTalksOfOneCompanyExchangesSlotsAndClearsConflicts) {
  const Instance inst = two_by_two();
  // anna at the bakery in slot 0 is fine; ben there in slot 1 is outside his window.
  std::vector<Talk> talks = {{0, 0, 0, 0}, {1, 0, 0, 1}};
  EXPECT_TRUE(has(check_conflicts(inst, talks), ConflictKind::outside_youth_window));
  auto r = swap_talks(inst, talks, 0, 1);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->talks[0].slot, 1);
  EXPECT_EQ(r->talks[1].slot, 0);
  EXPECT_TRUE(r->conflicts.empty());
}

TEST(PlanEdits, YouthInTwoTalksAtOnceAndPairTwiceAndUnlistedPairAreReported) {
  const Instance inst = two_by_two();
  const auto conflicts = check_conflicts(inst, {{0, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}, {1, 1, 0, 0}});
  EXPECT_TRUE(has(conflicts, ConflictKind::youth_double_booked));
  EXPECT_TRUE(has(conflicts, ConflictKind::pair_twice));
  EXPECT_TRUE(has(conflicts, ConflictKind::pair_not_allowed));
  EXPECT_TRUE(has(conflicts, ConflictKind::over_max_talks));
}

TEST(PlanEdits, UnmetGuaranteeIsAWarningNotAHardConflict) {
  Instance inst = two_by_two();
  inst.youths[0].guaranteed_min = 2;
  const auto conflicts = check_conflicts(inst, {{0, 0, 0, 0}});
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].kind, ConflictKind::guarantee_unmet);
  EXPECT_FALSE(conflicts[0].hard);
}

TEST(Replan, TalksBeforeTheCurrentSlotStayAndNoPairRepeats) {
  for (unsigned seed = 1; seed <= 60; ++seed) {
    testing::RandomSpec spec;
    spec.youths = 30;
    spec.companies = 6;
    spec.slots = 6;
    spec.max_tables = 2;
    spec.pairs_per_youth = 5;
    spec.window_probability = seed % 2 == 0 ? 0.4 : 0.0;
    spec.guarantee_probability = 0.3;
    const Instance inst = testing::random_instance(spec, seed);
    auto first = plan(inst);
    ASSERT_TRUE(first.ok());
    const int now = 2;
    NoShows gone;
    gone.youths = {static_cast<int>(seed % 30), static_cast<int>((seed * 7) % 30)};
    gone.companies = {static_cast<int>(seed % 6)};
    auto second = replan(inst, first->talks, now, gone);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ(testing::broken_rule(inst, *second), "") << "seed " << seed;
    for (const Talk& t : first->talks) {
      if (t.slot < now) {
        EXPECT_NE(std::find(second->talks.begin(), second->talks.end(), t), second->talks.end()) << "past talk lost";
      }
    }
    for (const Talk& t : second->talks) {
      if (t.slot < now) continue;
      EXPECT_FALSE(std::count(gone.youths.begin(), gone.youths.end(), t.youth)) << "no-show youth planned";
      EXPECT_NE(t.company, gone.companies[0]) << "no-show company planned";
    }
  }
}

TEST(Replan, LosingACompanyGivesItsFutureTalksToOthersWhenTheyHaveRoom) {
  Instance inst;
  inst.slots = 2;
  inst.youths = {{"anna", 2, 0, std::nullopt}};
  inst.companies = {{"bakery", 1, std::nullopt}, {"garage", 1, std::nullopt}, {"salon", 1, std::nullopt}};
  inst.pairs = {{0, 0, 9}, {0, 1, 8}, {0, 2, 1}};
  auto first = plan(inst);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->objective, 17);
  const auto it = std::find_if(first->talks.begin(), first->talks.end(), [](const Talk& t) { return t.slot == 1; });
  ASSERT_NE(it, first->talks.end());
  NoShows gone;
  gone.companies = {it->company};
  auto second = replan(inst, first->talks, 1, gone);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->talks.size(), 2u);
  EXPECT_EQ(second->talks[1].company, 2);  // the salon takes the free slot
  EXPECT_EQ(second->objective, 17 - (it->company == 0 ? 9 : 8) + 1);
}

}  // namespace
}  // namespace bb::matching
