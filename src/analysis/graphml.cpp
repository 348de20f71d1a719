#include "analysis/graphml.hpp"
#include "analysis/igraph_lock.hpp"

#include <igraph/igraph.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

namespace bb::analysis {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// igraph 0.10's GraphML reader parses with libxml2's SAX2 interface without entity substitution,
// so "&amp;" in an id arrives as "&#38;". Decode character references and the five XML entities.
std::string decode_entities(const std::string& s) {
  if (s.find('&') == std::string::npos) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t end = s[i] == '&' ? s.find(';', i) : std::string::npos;
    if (end == std::string::npos) {
      out += s[i];
      continue;
    }
    const std::string ref = s.substr(i + 1, end - i - 1);
    long code = -1;
    if (ref.size() > 1 && ref[0] == '#') {
      try {
        code = ref[1] == 'x' || ref[1] == 'X' ? std::stol(ref.substr(2), nullptr, 16) : std::stol(ref.substr(1));
      } catch (...) {
        code = -1;
      }
    } else if (ref == "amp") code = '&';
    else if (ref == "lt") code = '<';
    else if (ref == "gt") code = '>';
    else if (ref == "quot") code = '"';
    else if (ref == "apos") code = '\'';
    if (code < 0 || code > 0x10FFFF) {
      out += s[i];
      continue;
    }
    // UTF-8 encode the code point.
    const auto c = static_cast<unsigned long>(code);
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    i = end;
  }
  return out;
}

std::string attribute_as_text(const igraph_t* g, const char* name, igraph_attribute_type_t type, igraph_integer_t v) {
  switch (type) {
    case IGRAPH_ATTRIBUTE_STRING: return decode_entities(igraph_cattribute_VAS(g, name, v));
    case IGRAPH_ATTRIBUTE_BOOLEAN: return igraph_cattribute_VAB(g, name, v) ? "true" : "false";
    case IGRAPH_ATTRIBUTE_NUMERIC: {
      std::ostringstream s;
      s << igraph_cattribute_VAN(g, name, v);
      return s.str();
    }
    default: return {};
  }
}

std::string escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string number(double x) {
  if (std::isnan(x)) return "NaN";  // GraphML double is xsd:double, which spells it NaN
  if (std::isinf(x)) return x > 0 ? "INF" : "-INF";
  std::ostringstream s;
  s.precision(17);
  s << x;
  return s.str();
}

}  // namespace

std::string xml_escape(const std::string& s) { return escape(s); }
std::string xml_number(double x) { return number(x); }

Result<GraphmlGraph> read_graphml(const std::string& path, const GraphmlReadOptions& options) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "r"));
  if (!file) return Error::not_found("analysis.graphml_not_found");

  igraph_quiet_errors();
  std::lock_guard guard(igraph_global_lock());
  // The attribute table is global in igraph; set it only here, where attributes are needed.
  igraph_attribute_table_t* previous = igraph_set_attribute_table(&igraph_cattribute_table);
  struct Restore {
    igraph_attribute_table_t* table;
    ~Restore() { igraph_set_attribute_table(table); }
  } restore{previous};

  igraph_t g;
  if (igraph_read_graph_graphml(&g, file.get(), 0) != IGRAPH_SUCCESS) return Error::invalid("analysis.graphml_malformed");
  struct Destroy {
    igraph_t* g;
    ~Destroy() { igraph_destroy(g); }
  } destroy{&g};

  GraphmlGraph out;
  const igraph_integer_t n = igraph_vcount(&g);
  const bool file_directed = igraph_is_directed(&g);
  out.graph.n = static_cast<int>(n);
  out.graph.directed = options.directed.value_or(file_directed);

  // Attribute names and types as igraph's C attribute handler recorded them from the <key>s.
  std::map<std::string, igraph_attribute_type_t> vertex_types, edge_types;
  {
    igraph_strvector_t gnames, vnames, enames;
    igraph_vector_int_t gtypes, vtypes, etypes;
    igraph_strvector_init(&gnames, 0);
    igraph_strvector_init(&vnames, 0);
    igraph_strvector_init(&enames, 0);
    igraph_vector_int_init(&gtypes, 0);
    igraph_vector_int_init(&vtypes, 0);
    igraph_vector_int_init(&etypes, 0);
    if (igraph_cattribute_list(&g, &gnames, &gtypes, &vnames, &vtypes, &enames, &etypes) == IGRAPH_SUCCESS) {
      for (igraph_integer_t i = 0; i < igraph_strvector_size(&vnames); ++i)
        vertex_types[igraph_strvector_get(&vnames, i)] = static_cast<igraph_attribute_type_t>(VECTOR(vtypes)[i]);
      for (igraph_integer_t i = 0; i < igraph_strvector_size(&enames); ++i)
        edge_types[igraph_strvector_get(&enames, i)] = static_cast<igraph_attribute_type_t>(VECTOR(etypes)[i]);
    }
    igraph_strvector_destroy(&gnames);
    igraph_strvector_destroy(&vnames);
    igraph_strvector_destroy(&enames);
    igraph_vector_int_destroy(&gtypes);
    igraph_vector_int_destroy(&vtypes);
    igraph_vector_int_destroy(&etypes);
  }
  auto attribute_type = [&](igraph_attribute_elemtype_t elem, const std::string& name) -> std::optional<igraph_attribute_type_t> {
    const auto& types = elem == IGRAPH_ATTRIBUTE_VERTEX ? vertex_types : edge_types;
    auto it = types.find(name);
    if (it == types.end()) return std::nullopt;
    return it->second;
  };

  const auto id_type = attribute_type(IGRAPH_ATTRIBUTE_VERTEX, "id");
  out.ids.resize(static_cast<std::size_t>(n));
  for (igraph_integer_t v = 0; v < n; ++v)
    out.ids[static_cast<std::size_t>(v)] = id_type ? attribute_as_text(&g, "id", *id_type, v) : std::to_string(v);

  out.groups.assign(static_cast<std::size_t>(n), 0);
  if (options.partition) {
    const auto type = attribute_type(IGRAPH_ATTRIBUTE_VERTEX, *options.partition);
    if (!type) return Error::invalid("analysis.unknown_partition_attribute", {{"partition", "error.not_found"}});
    std::map<std::string, int> index;
    for (igraph_integer_t v = 0; v < n; ++v) {
      const std::string label = attribute_as_text(&g, options.partition->c_str(), *type, v);
      auto [it, inserted] = index.try_emplace(label, static_cast<int>(out.group_labels.size()));
      if (inserted) out.group_labels.push_back(label);
      out.groups[static_cast<std::size_t>(v)] = it->second;
    }
  } else {
    out.group_labels = {""};
  }

  const auto weight_type = attribute_type(IGRAPH_ATTRIBUTE_EDGE, options.weight);
  const bool weighted = weight_type && *weight_type == IGRAPH_ATTRIBUTE_NUMERIC;
  std::map<std::pair<int, int>, double> merged;
  for (igraph_integer_t e = 0; e < igraph_ecount(&g); ++e) {
    int a = static_cast<int>(IGRAPH_FROM(&g, e));
    int b = static_cast<int>(IGRAPH_TO(&g, e));
    if (a == b) continue;
    double w = weighted ? igraph_cattribute_EAN(&g, options.weight.c_str(), e) : 1.0;
    if (std::isnan(w) || w <= 0) w = 1.0;  // a missing or unusable weight counts as a plain edge
    if (!out.graph.directed && a > b) std::swap(a, b);
    merged[{a, b}] += w;
  }
  for (const auto& [key, w] : merged) out.graph.edges.push_back({key.first, key.second, w});
  return out;
}

std::string write_graphml(const Region& region, const Analysis* analysis) {
  return write_graphml(region, analysis, {});
}

std::string write_graphml(const Region& region, const Analysis* analysis, const NetworkAttributes& network_attributes) {
  static const std::map<std::string, std::string> kNone;
  auto attributes_of = [&](std::size_t n) -> const std::map<std::string, std::string>& {
    return n < network_attributes.size() ? network_attributes[n] : kNone;
  };
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  const char* node_keys[] = {"kind", "label_type", "municipality", "focus"};
  for (const char* k : node_keys) x << "  <key id=\"" << k << "\" for=\"node\" attr.name=\"" << (std::string(k) == "label_type" ? "type" : k) << "\" attr.type=\"string\"/>\n";
  // Free-form attributes of organisations and networks, as string keys "attr_<n>".
  std::map<std::string, int> extra;
  const std::set<std::string> reserved = {"kind", "type", "municipality", "focus", "betweenness", "closeness",
                                          "constraint", "effective_size", "brokerage_total"};
  auto collect = [&](const std::map<std::string, std::string>& attributes) {
    for (const auto& [name, value] : attributes)
      if (!reserved.contains(name)) extra.emplace(name, 0);
  };
  for (const auto& org : region.organisations) collect(org.attributes);
  for (std::size_t n = 0; n < region.networks.size(); ++n) collect(attributes_of(n));
  int next_key = 0;
  for (auto& [name, key] : extra) {
    key = next_key++;
    x << "  <key id=\"attr_" << key << "\" for=\"node\" attr.name=\"" << escape(name) << "\" attr.type=\"string\"/>\n";
  }
  auto attributes = [&](const std::map<std::string, std::string>& values) {
    for (const auto& [name, value] : values)
      if (auto it = extra.find(name); it != extra.end())
        x << "<data key=\"attr_" << it->second << "\">" << escape(value) << "</data>";
  };
  if (analysis) {
    for (const char* k : {"betweenness", "closeness", "constraint", "effective_size", "brokerage_total"})
      x << "  <key id=\"" << k << "\" for=\"node\" attr.name=\"" << k << "\" attr.type=\"double\"/>\n";
  }
  x << "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
       "  <key id=\"from\" for=\"edge\" attr.name=\"from\" attr.type=\"string\"/>\n"
       "  <key id=\"until\" for=\"edge\" attr.name=\"until\" attr.type=\"string\"/>\n"
       "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
       "  <key id=\"directed_tie\" for=\"edge\" attr.name=\"directed_tie\" attr.type=\"boolean\"/>\n"
       "  <graph id=\"region\" edgedefault=\"undirected\">\n";
  for (std::size_t o = 0; o < region.organisations.size(); ++o) {
    const auto& org = region.organisations[o];
    x << "    <node id=\"" << escape(org.id) << "\"><data key=\"kind\">organisation</data><data key=\"label_type\">"
      << escape(org.type) << "</data><data key=\"municipality\">" << escape(org.municipality) << "</data>";
    attributes(org.attributes);
    if (analysis && o < analysis->metrics.betweenness.size()) {
      x << "<data key=\"betweenness\">" << number(analysis->metrics.betweenness[o]) << "</data><data key=\"closeness\">"
        << number(analysis->metrics.closeness[o]) << "</data><data key=\"constraint\">"
        << number(analysis->metrics.constraint[o]) << "</data><data key=\"effective_size\">"
        << number(analysis->metrics.effective_size[o]) << "</data>";
      if (o < analysis->brokerage.raw.size())
        x << "<data key=\"brokerage_total\">" << number(analysis->brokerage.raw[o][total]) << "</data>";
    }
    x << "</node>\n";
  }
  // Network ids may collide with organisation ids in the register; prefix them.
  for (std::size_t n = 0; n < region.networks.size(); ++n) {
    const auto& net = region.networks[n];
    x << "    <node id=\"network:" << escape(net.id) << "\"><data key=\"kind\">network</data><data key=\"focus\">"
      << escape(net.focus) << "</data>";
    attributes(attributes_of(n));
    x << "</node>\n";
  }
  auto period = [&x](const Period& p) {
    x << "<data key=\"from\">" << escape(p.from.value_or("")) << "</data><data key=\"until\">" << escape(p.until.value_or(""))
      << "</data>";
  };
  for (const auto& m : region.memberships) {
    x << "    <edge source=\"" << escape(region.organisations[static_cast<std::size_t>(m.organisation)].id)
      << "\" target=\"network:" << escape(region.networks[static_cast<std::size_t>(m.network)].id)
      << "\"><data key=\"ekind\">membership</data>";
    period(m.period);
    x << "</edge>\n";
  }
  for (const auto& t : region.ties) {
    x << "    <edge source=\"" << escape(region.organisations[static_cast<std::size_t>(t.a)].id) << "\" target=\""
      << escape(region.organisations[static_cast<std::size_t>(t.b)].id) << "\"><data key=\"ekind\">" << escape(t.kind)
      << "</data><data key=\"weight\">" << number(t.intensity) << "</data><data key=\"directed_tie\">"
      << (t.directed ? "true" : "false") << "</data>";
    period(t.period);
    x << "</edge>\n";
  }
  x << "  </graph>\n</graphml>\n";
  return x.str();
}

std::string write_graphml(const Graph& g, const std::vector<std::string>& ids, const std::vector<NodeColumn>& columns) {
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (std::size_t c = 0; c < columns.size(); ++c)
    x << "  <key id=\"c" << c << "\" for=\"node\" attr.name=\"" << escape(columns[c].name) << "\" attr.type=\"double\"/>\n";
  x << "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    << "  <graph edgedefault=\"" << (g.directed ? "directed" : "undirected") << "\">\n";
  for (int v = 0; v < g.n; ++v) {
    x << "    <node id=\"" << escape(ids[static_cast<std::size_t>(v)]) << "\">";
    for (std::size_t c = 0; c < columns.size(); ++c)
      x << "<data key=\"c" << c << "\">" << number(columns[c].values[static_cast<std::size_t>(v)]) << "</data>";
    x << "</node>\n";
  }
  for (const auto& e : g.edges)
    x << "    <edge source=\"" << escape(ids[static_cast<std::size_t>(e.from)]) << "\" target=\""
      << escape(ids[static_cast<std::size_t>(e.to)]) << "\"><data key=\"weight\">" << number(e.weight) << "</data></edge>\n";
  x << "  </graph>\n</graphml>\n";
  return x.str();
}

}  // namespace bb::analysis
