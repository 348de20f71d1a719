#pragma once
// Per-node metrics of a Graph, computed with igraph (effective size excepted: igraph 0.10 has no
// function for it, so it is computed here from Burt's definition in networkx's form).
//
// Conventions, chosen so results can be checked against networkx:
// - betweenness: unweighted shortest paths, normalised as networkx normalises it
//   (undirected: 2/((n-1)(n-2)) times the pair count; directed: 1/((n-1)(n-2))).
// - closeness: harmonic, sum over other nodes v of 1/d(v, u) (distances *to* u, as networkx),
//   divided by n-1 so it lies in [0, 1]; disconnected parts contribute 0.
// - constraint and effective size: Burt (1992), with the edge weights (mutual weights a_uv + a_vu,
//   as networkx with weight=...). NaN for isolated nodes, as networkx.
// - articulation points and components treat the graph as undirected.
// - communities: Louvain (igraph_community_multilevel) on the undirected, weighted graph.

#include "analysis/graph.hpp"
#include "core/result.hpp"

#include <vector>

namespace bb::analysis {

// Who computes betweenness and harmonic closeness, the two shortest-path metrics that take nearly
// all of the analysis's time.
// - fused (default): one breadth-first search per source yields both (Brandes 2001 for
//   betweenness; the distances of the same search for closeness), on `threads` threads. Written
//   here (src/analysis/paths.cpp) because no available library does this: igraph needs one search
//   per metric (half the work is repeated), its Debian build is not thread-safe, and its inner loops
//   call out-of-line vector functions; together about 3.5x the CPU time of the whole analysis of the
//   benchmark region, which is what kept it above 1 s. The tests check it against igraph on random
//   graphs (directed, undirected, isolates, parallel edges, sampled) and against networkx's golden
//   values. Results are bit-identical whatever the number of threads.
// - igraph: igraph_betweenness(_subset) and igraph_harmonic_centrality, the reference.
enum class PathEngine { fused, igraph };

struct MetricOptions {
  // Betweenness and closeness are split over disjoint source sets, one per thread.
  // igraph engine: igraph 0.10 as Debian builds it is not thread-safe (IGRAPH_THREAD_SAFE 0: the
  // error-cleanup stack and the RNG are globals), so its second thread uses a private copy of
  // libigraph loaded with dlmopen; if that cannot be loaded, it runs on one thread and
  // NodeMetrics::betweenness_threads says so. Fused engine: plain threads (no igraph involved);
  // the rest of the metrics (igraph, under its lock) runs on the calling thread meanwhile.
  int threads = 2;
  PathEngine engine = PathEngine::fused;
  bool weighted_structural_holes = true;  // false: constraint/effective size ignore weights
  bool communities = true;
  double resolution = 1.0;
  unsigned long seed = 1;  // Louvain visits nodes in random order; fixed seed, same result
  // 0: exact betweenness and closeness. k > 0 (and k < n): both are estimated from k sources drawn
  // uniformly (seeded by `seed`), scaled up by n / k: for national graphs, where exact values
  // would take minutes. The benchmark reports the error of the estimate against the exact values.
  int sample_sources = 0;
};

struct NodeMetrics {
  std::vector<double> degree;           // in + out in a directed graph
  std::vector<double> weighted_degree;  // sum of incident edge weights
  std::vector<double> betweenness;
  std::vector<double> closeness;
  std::vector<double> constraint;
  std::vector<double> effective_size;
  std::vector<char> articulation;       // 1: removing the node splits its component
  std::vector<int> community;
  std::vector<int> component;
  int communities = 0;
  int components = 0;
  double modularity = 0;
  int betweenness_threads = 1;
};

Result<NodeMetrics> compute_metrics(const Graph& g, const MetricOptions& options = {});

// Betweenness alone (normalised as above), for the benchmark's 1- vs 2-thread comparison.
// sample_sources as in MetricOptions.
Result<std::vector<double>> betweenness(const Graph& g, int threads, int* threads_used = nullptr, int sample_sources = 0,
                                        unsigned long seed = 1, PathEngine engine = PathEngine::fused);

// Effective size (Burt 1992) as networkx computes it: Borgatti's shortcut n - 2t/n for undirected
// unweighted graphs, the general redundancy formula otherwise.
std::vector<double> effective_size(const Graph& g, bool weighted);

}  // namespace bb::analysis
