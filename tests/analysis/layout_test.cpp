#include "analysis/layout.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace bb::analysis {
namespace {

double distance(Position a, Position b) { return std::hypot(a.x - b.x, a.y - b.y); }

LayoutInput two_clusters() {
  // Two cliques of five joined by one edge: connected nodes end up closer than unconnected ones.
  LayoutInput in;
  in.nodes = 10;
  for (int c = 0; c < 2; ++c)
    for (int i = 0; i < 5; ++i)
      for (int j = i + 1; j < 5; ++j) in.edges.emplace_back(5 * c + i, 5 * c + j);
  in.edges.emplace_back(0, 5);
  return in;
}

TEST(ForceLayout, SameInputAndSeedGiveTheSamePositions) {
  auto a = force_layout(two_clusters());
  auto b = force_layout(two_clusters());
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), 10U);
  for (std::size_t i = 0; i < a->size(); ++i) {
    EXPECT_DOUBLE_EQ((*a)[i].x, (*b)[i].x);
    EXPECT_DOUBLE_EQ((*a)[i].y, (*b)[i].y);
  }
}

TEST(ForceLayout, PlacesAClusterTogetherAndApartFromTheOther) {
  auto p = force_layout(two_clusters());
  ASSERT_TRUE(p.ok());
  double within = 0, across = 0;
  for (int i = 1; i < 5; ++i) within += distance((*p)[1], (*p)[static_cast<std::size_t>(i)]);
  for (int i = 6; i < 10; ++i) across += distance((*p)[1], (*p)[static_cast<std::size_t>(i)]);
  EXPECT_LT(within, across);
  for (const auto& q : *p) EXPECT_TRUE(std::isfinite(q.x) && std::isfinite(q.y));
}

TEST(ForceLayout, FixedNodesKeepTheirSavedPositions) {
  auto in = two_clusters();
  in.start.assign(10, Position{});
  in.fixed.assign(10, false);
  for (int i = 0; i < 10; ++i) in.start[static_cast<std::size_t>(i)] = {i * 37.0, i * -11.0};
  in.fixed[3] = true;
  in.fixed[7] = true;
  auto p = force_layout(in);
  ASSERT_TRUE(p.ok());
  EXPECT_NEAR((*p)[3].x, 3 * 37.0, 1e-9);
  EXPECT_NEAR((*p)[3].y, 3 * -11.0, 1e-9);
  EXPECT_NEAR((*p)[7].x, 7 * 37.0, 1e-9);
  EXPECT_NE((*p)[4].x, 4 * 37.0);  // a free node moved
}

TEST(ForceLayout, RefusesEdgesToMissingNodesAndFixedWithoutStart) {
  LayoutInput in;
  in.nodes = 2;
  in.edges = {{0, 2}};
  EXPECT_FALSE(force_layout(in).ok());
  in.edges = {{0, 1}};
  in.fixed = {true, false};
  EXPECT_FALSE(force_layout(in).ok());
  in.fixed.clear();
  EXPECT_TRUE(force_layout(in).ok());
  EXPECT_TRUE(force_layout(LayoutInput{}).ok());
}

}  // namespace
}  // namespace bb::analysis
