#pragma once
// Gould-Fernandez brokerage roles.
//
// R. V. Gould and R. M. Fernandez (1989), "Structures of Mediation: A Formal Approach to Brokerage
// in Transaction Networks", Sociological Methodology 19, 89-126. Broker b mediates between a and c
// when a -> b -> c and there is no a -> c tie (a != c). With groups g(.) of a user-chosen partition:
//   coordinator     g(a) = g(b) = g(c)          (sna: w_I)
//   itinerant       g(a) = g(c) != g(b)         (consultant; sna: w_O)
//   representative  g(a) = g(b) != g(c)         (sna: b_IO)
//   gatekeeper      g(a) != g(b) = g(c)         (sna: b_OI)
//   liaison         g(a), g(b), g(c) all differ (sna: b_O)
// Undirected ties count in both directions, so a two-path a - b - c counts as a->b->c and c->b->a.
// Expectations and z-scores under random group assignment follow R's sna::brokerage (Butts,
// sna 2.7) term by term, with its density d = arcs / (n (n - 1)), so results can be checked in R.

#include "analysis/graph.hpp"
#include "core/result.hpp"

#include <array>
#include <vector>

namespace bb::analysis {

enum Role { coordinator = 0, itinerant = 1, representative = 2, gatekeeper = 3, liaison = 4, total = 5 };
inline constexpr std::array<const char*, 6> role_names = {"coordinator", "itinerant", "representative",
                                                          "gatekeeper", "liaison", "total"};
using RoleVector = std::array<double, 6>;

struct Brokerage {
  std::vector<RoleVector> raw;       // per node
  std::vector<RoleVector> expected;  // per node, depends on the node's group size
  std::vector<RoleVector> z;         // (raw - expected) / sd; NaN or inf where sd is 0, as in R
  RoleVector global_raw{};           // sums over nodes
  RoleVector global_expected{};
  RoleVector global_z{};
  long long open_two_paths = 0;      // ordered a->b->c with a != c and no a->c
};

// group[v] is any integer label; a graph with fewer than 3 nodes is invalid input (sna divides by
// zero there). Loops are ignored.
Result<Brokerage> brokerage(const Graph& g, const std::vector<int>& group);

}  // namespace bb::analysis
