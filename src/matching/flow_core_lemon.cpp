// Compiled as C++17: LEMON 1.3.1 headers do not compile as C++20 (std::allocator::construct).
// Only flow_core.hpp, which is C++20-clean, is visible to the rest of the library.
#include "matching/flow_core.hpp"

#include <algorithm>

// SmartDigraph::addArc pushes a not-yet-filled element, which g++ 12 flags as maybe-uninitialized
// once inlined into our code (a false positive inside LEMON); silenced for this file only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace bb::matching::detail {

FlowSolution solve_flow(const FlowProblem& problem) {
  using Graph = lemon::SmartDigraph;
  using Cost = long long;
  const int num_youths = static_cast<int>(problem.youth_cap.size());
  const int num_companies = static_cast<int>(problem.company_cap.size());
  const int num_pairs = static_cast<int>(problem.pair_youth.size());

  Graph graph;
  graph.reserveNode(num_youths + num_companies + 2);
  graph.reserveArc(2 * num_youths + num_pairs + num_companies + 1);
  const Graph::Node source = graph.addNode();
  const Graph::Node sink = graph.addNode();
  // SmartDigraph ids are dense and sequential, so node/arc ids double as indices below.
  for (int i = 0; i < num_youths + num_companies; ++i) graph.addNode();
  auto youth_node = [&](int y) { return Graph::nodeFromId(2 + y); };
  auto company_node = [&](int c) { return Graph::nodeFromId(2 + num_youths + c); };

  Graph::ArcMap<Cost> capacity(graph);
  Graph::ArcMap<Cost> cost(graph);
  auto add_arc = [&](Graph::Node from, Graph::Node to, Cost cap, Cost unit_cost) {
    const Graph::Arc arc = graph.addArc(from, to);
    capacity[arc] = cap;
    cost[arc] = unit_cost;
    return arc;
  };

  Cost total_supply = 0;
  for (int y = 0; y < num_youths; ++y) {
    const int cap = problem.youth_cap[static_cast<std::size_t>(y)];
    const int guaranteed = problem.youth_guaranteed[static_cast<std::size_t>(y)];
    if (guaranteed > 0) add_arc(source, youth_node(y), guaranteed, -problem.guarantee_weight);
    if (cap > guaranteed) add_arc(source, youth_node(y), cap - guaranteed, 0);
    total_supply += cap;
  }
  const int first_pair_arc = graph.maxArcId() + 1;
  for (int p = 0; p < num_pairs; ++p) {
    const auto i = static_cast<std::size_t>(p);
    add_arc(youth_node(problem.pair_youth[i]), company_node(problem.pair_company[i]), 1, -problem.pair_score[i]);
  }
  for (int c = 0; c < num_companies; ++c) {
    add_arc(company_node(c), sink, problem.company_cap[static_cast<std::size_t>(c)], 0);
  }
  add_arc(source, sink, total_supply, 0);

  lemon::NetworkSimplex<Graph, Cost, Cost> simplex(graph);
  simplex.upperMap(capacity).costMap(cost).stSupply(source, sink, total_supply);
  FlowSolution solution;
  if (simplex.run() != lemon::NetworkSimplex<Graph, Cost, Cost>::OPTIMAL) return solution;

  solution.ok = true;
  solution.chosen.assign(static_cast<std::size_t>(num_pairs), 0);
  std::vector<int> talks(static_cast<std::size_t>(num_youths), 0);
  for (int p = 0; p < num_pairs; ++p) {
    if (simplex.flow(Graph::arcFromId(first_pair_arc + p)) > 0) {
      const auto i = static_cast<std::size_t>(p);
      solution.chosen[i] = 1;
      solution.score += problem.pair_score[i];
      ++talks[static_cast<std::size_t>(problem.pair_youth[i])];
    }
  }
  for (int y = 0; y < num_youths; ++y) {
    const auto i = static_cast<std::size_t>(y);
    solution.guaranteed_units += std::min(talks[i], problem.youth_guaranteed[i]);
  }
  return solution;
}

}  // namespace bb::matching::detail

#pragma GCC diagnostic pop
