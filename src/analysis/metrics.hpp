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

struct MetricOptions {
  // Betweenness and closeness are split over disjoint source sets (lanes that a free thread
  // claims; see metrics.cpp), while the calling thread first computes the other metrics. igraph
  // 0.10 as Debian builds it is not thread-safe (IGRAPH_THREAD_SAFE 0: the error-cleanup stack and
  // the RNG are globals), so the second thread uses a private copy of libigraph loaded with
  // dlmopen; if that cannot be loaded, everything runs on one thread and
  // NodeMetrics::betweenness_threads says so. One thread: igraph's plain betweenness over all
  // sources. Two threads give the same values up to rounding, the same bits on every run.
  int threads = 2;
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
                                        unsigned long seed = 1);

// Effective size (Burt 1992) as networkx computes it: Borgatti's shortcut n - 2t/n for undirected
// unweighted graphs, the general redundancy formula otherwise.
std::vector<double> effective_size(const Graph& g, bool weighted);

}  // namespace bb::analysis
