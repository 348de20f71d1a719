#include "analysis/layout.hpp"

#include "analysis/igraph_lock.hpp"

#include <igraph/igraph.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace bb::analysis {

namespace {

// igraph objects released on every path out (igraph reports errors as codes, see igraph_lock.hpp).
struct Graph {
  igraph_t g{};
  bool made = false;
  ~Graph() {
    if (made) igraph_destroy(&g);
  }
};
struct Matrix {
  igraph_matrix_t m{};
  bool made = false;
  ~Matrix() {
    if (made) igraph_matrix_destroy(&m);
  }
};
struct Vector {
  igraph_vector_int_t v{};
  bool made = false;
  ~Vector() {
    if (made) igraph_vector_int_destroy(&v);
  }
};

}  // namespace

Result<std::vector<Position>> force_layout(const LayoutInput& input) {
  const int n = input.nodes;
  if (n < 0) return Error::invalid("layout: negative node count");
  if (!input.start.empty() && std::ssize(input.start) != n) return Error::invalid("layout: start has the wrong size");
  if (!input.fixed.empty() && std::ssize(input.fixed) != n) return Error::invalid("layout: fixed has the wrong size");
  for (const auto& [a, b] : input.edges) {
    if (a < 0 || b < 0 || a >= n || b >= n) return Error::invalid("layout: edge refers to a node that does not exist");
  }
  const bool has_fixed = std::any_of(input.fixed.begin(), input.fixed.end(), [](bool f) { return f; });
  if (has_fixed && input.start.empty()) return Error::invalid("layout: fixed nodes need start positions");
  if (n == 0) return std::vector<Position>{};

  igraph_quiet_errors();
  std::lock_guard guard(igraph_global_lock());
  igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(input.seed));

  Vector edges;
  if (igraph_vector_int_init(&edges.v, static_cast<igraph_integer_t>(2 * input.edges.size())) != IGRAPH_SUCCESS)
    return Error::internal("layout: out of memory");
  edges.made = true;
  for (std::size_t i = 0; i < input.edges.size(); ++i) {
    VECTOR(edges.v)[2 * i] = input.edges[i].first;
    VECTOR(edges.v)[2 * i + 1] = input.edges[i].second;
  }
  Graph graph;
  if (igraph_create(&graph.g, &edges.v, n, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
    return Error::internal("layout: igraph_create failed");
  graph.made = true;

  Matrix positions;
  if (igraph_matrix_init(&positions.m, n, 2) != IGRAPH_SUCCESS) return Error::internal("layout: out of memory");
  positions.made = true;
  const bool seeded = !input.start.empty();
  if (seeded) {
    for (int i = 0; i < n; ++i) {
      MATRIX(positions.m, i, 0) = input.start[static_cast<std::size_t>(i)].x / 100.0;
      MATRIX(positions.m, i, 1) = input.start[static_cast<std::size_t>(i)].y / 100.0;
    }
  }
  // Fixing nodes: igraph takes per-node bounds; a node whose bounds equal its start cannot move.
  std::vector<igraph_vector_t> bounds(4);
  if (has_fixed) {
    for (auto& b : bounds) igraph_vector_init(&b, n);
    for (int i = 0; i < n; ++i) {
      const bool fix = input.fixed[static_cast<std::size_t>(i)];
      const double x = MATRIX(positions.m, i, 0);
      const double y = MATRIX(positions.m, i, 1);
      VECTOR(bounds[0])[i] = fix ? x : -IGRAPH_INFINITY;
      VECTOR(bounds[1])[i] = fix ? x : IGRAPH_INFINITY;
      VECTOR(bounds[2])[i] = fix ? y : -IGRAPH_INFINITY;
      VECTOR(bounds[3])[i] = fix ? y : IGRAPH_INFINITY;
    }
  }
  // Fewer iterations when starting from a saved layout: it only has to settle the new nodes.
  const igraph_integer_t iterations = seeded ? 150 : 500;
  const auto status = igraph_layout_fruchterman_reingold(
      &graph.g, &positions.m, seeded, iterations, std::sqrt(static_cast<double>(n)), IGRAPH_LAYOUT_AUTOGRID,
      /*weights=*/nullptr, has_fixed ? &bounds[0] : nullptr, has_fixed ? &bounds[1] : nullptr,
      has_fixed ? &bounds[2] : nullptr, has_fixed ? &bounds[3] : nullptr);
  if (has_fixed) {
    for (auto& b : bounds) igraph_vector_destroy(&b);
  }
  if (status != IGRAPH_SUCCESS) return Error::internal("layout: igraph_layout_fruchterman_reingold failed");

  // igraph's unit is about one edge length; the map draws nodes of 20-60 px.
  std::vector<Position> out(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    out[static_cast<std::size_t>(i)] = {MATRIX(positions.m, i, 0) * 100.0, MATRIX(positions.m, i, 1) * 100.0};
  }
  return out;
}

}  // namespace bb::analysis
