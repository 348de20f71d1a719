// Small hand-made instances that pin down single rules of the planner.
#include "matching/planner.hpp"
#include "plan_checker.hpp"

#include <gtest/gtest.h>

namespace bb::matching {
namespace {

Instance one_company(int tables, int youths, int slots) {
  Instance inst;
  inst.slots = slots;
  inst.companies.push_back({"c", tables, std::nullopt});
  for (int y = 0; y < youths; ++y) {
    inst.youths.push_back({"y" + std::to_string(y), 1, 0, std::nullopt});
    inst.pairs.push_back({y, 0, 10 + y});
  }
  return inst;
}

TEST(PlanRules, CompanyWithTwoTablesHoldsTwoTalksPerSlotAtDifferentTables) {
  const Instance inst = one_company(2, 2, 1);
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->talks.size(), 2u);
  EXPECT_EQ(p->talks[0].slot, 0);
  EXPECT_EQ(p->talks[1].slot, 0);
  EXPECT_NE(p->talks[0].table, p->talks[1].table);
}

TEST(PlanRules, CompanyCapacityIsTablesTimesSlotsAndTheBestScoresWin) {
  const Instance inst = one_company(1, 5, 3);  // scores 10..14, room for 3
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->talks.size(), 3u);
  EXPECT_EQ(p->objective, 12 + 13 + 14);
  EXPECT_EQ(p->bound, p->objective);
}

TEST(PlanRules, NoTalkWhenYouthAndCompanyAreNeverPresentAtTheSameTime) {
  Instance inst = one_company(1, 1, 4);
  inst.youths[0].present = Window{0, 1};
  inst.companies[0].present = Window{2, 3};
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->talks.empty());
  EXPECT_EQ(p->bound, 0);
}

TEST(PlanRules, PairWithNonPositiveScoreIsPlannedOnlyToMeetAGuarantee) {
  Instance inst = one_company(1, 2, 2);
  inst.pairs[0].score = -5;
  inst.pairs[1].score = 0;
  auto without = plan(inst);
  ASSERT_TRUE(without.ok());
  EXPECT_TRUE(without->talks.empty());
  inst.youths[0].guaranteed_min = 1;
  auto with = plan(inst);
  ASSERT_TRUE(with.ok());
  ASSERT_EQ(with->talks.size(), 1u);
  EXPECT_EQ(with->talks[0].youth, 0);
  EXPECT_EQ(with->objective, -5);
}

TEST(PlanRules, GuaranteeOutranksScoreForTheLastFreeTable) {
  Instance inst = one_company(1, 2, 1);  // one table-slot; y1 scores higher
  inst.youths[0].guaranteed_min = 1;
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->talks.size(), 1u);
  EXPECT_EQ(p->talks[0].youth, 0);
  EXPECT_EQ(p->guarantee_shortfall, 0);
}

TEST(PlanRules, InfeasibleGuaranteesMinimiseTheTotalShortfall) {
  Instance inst = one_company(1, 3, 2);  // two table-slots, three youths guaranteed one each
  for (auto& y : inst.youths) y.guaranteed_min = 1;
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->talks.size(), 2u);
  EXPECT_EQ(p->guarantee_shortfall, 1);
  EXPECT_NEAR(p->fairness.share_guaranteed_met, 2.0 / 3.0, 1e-12);
}

TEST(PlanRules, TightWindowsStillGetAnOptimalPlan) {
  // Youth 0 can only talk in slot 0, youth 1 only in slot 1, youth 2 anywhere; two one-table
  // companies wanted by everybody. Placing youth 2 carelessly would block the others.
  Instance inst;
  inst.slots = 3;
  inst.companies = {{"a", 1, std::nullopt}, {"b", 1, std::nullopt}};
  inst.youths = {{"y0", 1, 0, Window{0, 0}}, {"y1", 1, 0, Window{1, 1}}, {"y2", 2, 0, std::nullopt}};
  for (int y = 0; y < 3; ++y) {
    inst.pairs.push_back({y, 0, 5});
    inst.pairs.push_back({y, 1, 5});
  }
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(testing::broken_rule(inst, *p), "");
  EXPECT_EQ(p->objective, 20);  // y0 one talk, y1 one talk, y2 two talks
  EXPECT_TRUE(p->optimal);
}

TEST(PlanRules, FairnessFiguresDescribeThePlan) {
  Instance inst = one_company(1, 2, 1);
  inst.companies.push_back({"d", 1, std::nullopt});
  inst.pairs.push_back({0, 1, 1});  // y0: first choice is c (10), y1: only c (11)
  auto p = plan(inst);
  ASSERT_TRUE(p.ok());
  // c goes to y1 (11 > 10), y0 gets d.
  EXPECT_EQ(p->objective, 12);
  EXPECT_EQ(p->fairness.min_talks, 1);
  EXPECT_DOUBLE_EQ(p->fairness.mean_talks, 1.0);
  EXPECT_DOUBLE_EQ(p->fairness.share_first_choice_met, 0.5);
  EXPECT_DOUBLE_EQ(p->fairness.table_utilisation, 1.0);
}

TEST(PlanRules, InvalidInstanceIsRejectedNamingTheFieldAndId) {
  Instance inst = one_company(1, 2, 2);
  inst.youths[1].present = Window{1, 0};
  auto p = plan(inst);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().code, ErrorCode::invalid_input);
  EXPECT_NE(p.error().message.find("youths[1].present"), std::string::npos) << p.error().message;
  EXPECT_NE(p.error().message.find("\"y1\""), std::string::npos) << p.error().message;
}

}  // namespace
}  // namespace bb::matching
