#pragma once
// Internal to bb_analysis: betweenness and harmonic closeness from ONE breadth-first search per
// source, on as many threads as asked (see metrics.hpp, PathEngine::fused, for why this is written
// here and not taken from igraph). Not part of the library's interface.

#include <functional>
#include <vector>

#include "analysis/graph.hpp"

namespace bb::analysis {

struct PathSums {
  // Brandes's dependency sums over the given sources, as igraph_betweenness(_subset) returns them:
  // unnormalised, and halved in an undirected graph (each unordered pair counted once).
  std::vector<double> betweenness;
  // Sum over the given sources s != u of 1 / d(s, u): with every node a source this is u's harmonic
  // centrality on distances *to* u (igraph's IGRAPH_IN, networkx's convention); unreachable: 0.
  std::vector<double> harmonic;
  int threads_used = 1;
};

// `sources` in any order (duplicates count twice). `also` runs once on the calling thread before it
// joins the searches, so other work overlaps them and the threads still end together: the sources
// are handed out in small blocks to whichever thread is free. Unweighted; parallel arcs count as
// separate shortest paths and loops are ignored, as igraph does.
PathSums shortest_path_sums(const Graph& g, const std::vector<int>& sources, int threads,
                            const std::function<void()>& also = {});

}  // namespace bb::analysis
