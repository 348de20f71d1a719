#include "analysis/cli.hpp"

#include "analysis/brokerage.hpp"
#include "analysis/graphml.hpp"
#include "analysis/metrics.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <cstdint>
#include <ostream>
#include <sstream>

namespace bb::analysis {
namespace {

boost::json::value num(double x) {
  if (std::isnan(x) || std::isinf(x)) return nullptr;  // JSON has no NaN; sna's 0/0 z-scores become null
  // Counts (degrees, roles) print as integers rather than Boost.JSON's "1.6E1".
  if (x == std::floor(x) && std::abs(x) < 9007199254740992.0) return static_cast<std::int64_t>(x);
  return x;
}

boost::json::object roles(const RoleVector& r) {
  boost::json::object o;
  for (std::size_t k = 0; k < 6; ++k) o[role_names[k]] = num(r[k]);
  return o;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_number(double x) {
  if (std::isnan(x)) return "";
  std::ostringstream s;
  s.precision(17);
  s << x;
  return s.str();
}

}  // namespace

int run_analyze_graphml_cli(const AnalyzeGraphmlOptions& options, std::ostream& out, std::ostream& err) {
  if (options.format != "json" && options.format != "csv" && options.format != "graphml") {
    err << "brueckenbauer: error: --format must be json, csv or graphml\n";
    return 2;
  }
  GraphmlReadOptions read;
  read.partition = options.partition;
  if (options.directed) read.directed = true;
  auto g = read_graphml(options.path, read);
  if (!g) {
    err << "brueckenbauer: error: " << g.error().message << ": " << options.path << "\n";
    return g.error().code == ErrorCode::internal ? 1 : 2;
  }
  MetricOptions mo;
  mo.threads = options.threads;
  auto m = compute_metrics(g->graph, mo);
  if (!m) {
    err << "brueckenbauer: error: " << m.error().message << "\n";
    return 1;
  }
  std::optional<Brokerage> b;
  if (g->graph.n >= 3) {
    auto br = brokerage(g->graph, g->groups);
    if (br) b = std::move(*br);
  }
  const auto n = static_cast<std::size_t>(g->graph.n);

  if (options.format == "graphml") {
    std::vector<NodeColumn> columns = {{"degree", m->degree},           {"weighted_degree", m->weighted_degree},
                                       {"betweenness", m->betweenness}, {"closeness", m->closeness},
                                       {"constraint", m->constraint},   {"effective_size", m->effective_size}};
    if (b) {
      for (std::size_t k = 0; k < 6; ++k) {
        NodeColumn c{std::string("brokerage_") + role_names[k], {}};
        for (const auto& row : b->raw) c.values.push_back(row[k]);
        columns.push_back(std::move(c));
      }
    }
    out << write_graphml(g->graph, g->ids, columns);
    return 0;
  }
  if (options.format == "csv") {
    out << "id,group,degree,weighted_degree,betweenness,closeness,constraint,effective_size,articulation,community";
    for (const char* r : role_names) out << ",brokerage_" << r;
    out << "\n";
    for (std::size_t v = 0; v < n; ++v) {
      out << csv_field(g->ids[v]) << "," << csv_field(g->group_labels[static_cast<std::size_t>(g->groups[v])]) << ","
          << csv_number(m->degree[v]) << "," << csv_number(m->weighted_degree[v]) << "," << csv_number(m->betweenness[v])
          << "," << csv_number(m->closeness[v]) << "," << csv_number(m->constraint[v]) << ","
          << csv_number(m->effective_size[v]) << "," << (m->articulation[v] ? "true" : "false") << "," << m->community[v];
      for (std::size_t k = 0; k < 6; ++k) out << "," << (b ? csv_number(b->raw[v][k]) : "");
      out << "\n";
    }
    return 0;
  }
  boost::json::array nodes;
  for (std::size_t v = 0; v < n; ++v) {
    boost::json::object o;
    o["id"] = g->ids[v];
    if (options.partition) o["group"] = g->group_labels[static_cast<std::size_t>(g->groups[v])];
    o["degree"] = num(m->degree[v]);
    o["weighted_degree"] = num(m->weighted_degree[v]);
    o["betweenness"] = num(m->betweenness[v]);
    o["closeness"] = num(m->closeness[v]);
    o["constraint"] = num(m->constraint[v]);
    o["effective_size"] = num(m->effective_size[v]);
    o["articulation_point"] = m->articulation[v] != 0;
    o["community"] = m->community[v];
    o["component"] = m->component[v];
    if (b) {
      o["brokerage"] = roles(b->raw[v]);
      o["brokerage_z"] = roles(b->z[v]);
    } else {
      o["brokerage"] = nullptr;
    }
    nodes.push_back(std::move(o));
  }
  boost::json::object doc;
  doc["graph"] = {{"nodes", g->graph.n},
                  {"edges", static_cast<std::int64_t>(g->graph.edges.size())},
                  {"directed", g->graph.directed},
                  {"components", m->components},
                  {"communities", m->communities},
                  {"modularity", num(m->modularity)},
                  {"betweenness_threads", m->betweenness_threads}};
  doc["nodes"] = std::move(nodes);
  if (b) {
    doc["brokerage"] = {{"raw", roles(b->global_raw)},
                        {"expected", roles(b->global_expected)},
                        {"z", roles(b->global_z)},
                        {"open_two_paths", b->open_two_paths}};
  }
  out << boost::json::serialize(doc) << "\n";
  return 0;
}

}  // namespace bb::analysis
