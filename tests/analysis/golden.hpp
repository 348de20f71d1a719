#pragma once
// Reads the golden graphs and reference values written by oracle/make_graphs_and_networkx.py and
// oracle/sna_brokerage.R.

#include "analysis/graph.hpp"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace bb::analysis::golden {

inline const std::vector<std::string>& names() {
  static const std::vector<std::string> n = {"karate_isolates", "directed_random", "weighted_undirected",
                                             "directed_weighted", "two_stars_broker"};
  return n;
}

inline std::string path(const std::string& name, const std::string& ext) {
  return std::string(BB_ANALYSIS_GOLDEN_DIR) + "/" + name + "." + ext;
}

inline double number(const std::string& s) {
  if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
  if (s == "inf") return std::numeric_limits<double>::infinity();
  if (s == "-inf") return -std::numeric_limits<double>::infinity();
  return std::stod(s);
}

struct GoldenGraph {
  Graph graph;
  std::vector<int> groups;
};

inline GoldenGraph read_graph(const std::string& name) {
  std::ifstream in(path(name, "graph"));
  if (!in) throw std::runtime_error("missing golden graph " + name);
  GoldenGraph g;
  std::string word, line;
  int directed = 0;
  in >> word >> directed >> word >> g.graph.n >> word;
  g.graph.directed = directed == 1;
  g.groups.resize(static_cast<std::size_t>(g.graph.n));
  for (int& x : g.groups) in >> x;
  Edge e;
  while (in >> e.from >> e.to >> e.weight) g.graph.edges.push_back(e);
  return g;
}

// Rows of numbers; the first column (node index or "global") is kept as text.
inline std::vector<std::pair<std::string, std::vector<double>>> read_rows(const std::string& name, const std::string& ext) {
  std::ifstream in(path(name, ext));
  if (!in) throw std::runtime_error("missing golden values " + name + "." + ext);
  std::vector<std::pair<std::string, std::vector<double>>> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string key, value;
    ls >> key;
    std::vector<double> values;
    while (ls >> value) values.push_back(number(value));
    rows.emplace_back(key, values);
  }
  return rows;
}

// Equal within tolerance, NaN equal to NaN, infinities equal by sign.
inline bool same(double a, double b, double tol = 1e-9) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

}  // namespace bb::analysis::golden
