// Written by hand: libigraph has no GEXF writer and Debian packages no C/C++ GEXF library; the
// format is a small XML vocabulary (https://gexf.net/1.2draft/gexf-12draft-primer.pdf).
#include "analysis/gexf.hpp"

#include "analysis/graphml.hpp"

#include <map>
#include <set>
#include <sstream>

namespace bb::analysis {

namespace {

void spell(std::ostringstream& x, const Period& p) {
  x << "<spells><spell";
  if (p.from) x << " start=\"" << xml_escape(*p.from) << "\"";
  if (p.until) x << " end=\"" << xml_escape(*p.until) << "\"";
  x << "/></spells>";
}

}  // namespace

std::string write_gexf(const Region& region, const Analysis* analysis, const NetworkAttributes& network_attributes) {
  static const std::map<std::string, std::string> kNone;
  auto attributes_of = [&](std::size_t n) -> const std::map<std::string, std::string>& {
    return n < network_attributes.size() ? network_attributes[n] : kNone;
  };
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
       "  <meta><creator>Brückenbauer</creator><description>Organisations, networks, memberships and cooperation "
       "ties</description></meta>\n"
       "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n";
  // Node attributes: the fixed ones, then every free-form attribute name, then the metrics.
  std::vector<std::pair<std::string, std::string>> node_attributes = {
      {"kind", "string"}, {"type", "string"}, {"municipality", "string"}, {"focus", "string"}};
  std::set<std::string> names;
  for (const auto& [n, t] : node_attributes) names.insert(n);
  std::map<std::string, std::size_t> index;
  auto add_attribute = [&](const std::string& name, const char* type) {
    if (!names.insert(name).second) return;
    node_attributes.emplace_back(name, type);
  };
  for (const auto& org : region.organisations)
    for (const auto& [name, value] : org.attributes) add_attribute(name, "string");
  for (std::size_t n = 0; n < region.networks.size(); ++n)
    for (const auto& [name, value] : attributes_of(n)) add_attribute(name, "string");
  const char* metrics[] = {"betweenness", "closeness", "constraint", "effective_size", "brokerage_total"};
  if (analysis)
    for (const char* m : metrics) add_attribute(m, "double");
  for (std::size_t i = 0; i < node_attributes.size(); ++i) index[node_attributes[i].first] = i;
  x << "    <attributes class=\"node\">\n";
  for (std::size_t i = 0; i < node_attributes.size(); ++i)
    x << "      <attribute id=\"" << i << "\" title=\"" << xml_escape(node_attributes[i].first) << "\" type=\""
      << node_attributes[i].second << "\"/>\n";
  x << "    </attributes>\n"
       "    <attributes class=\"edge\">\n"
       "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
       "      <attribute id=\"1\" title=\"directed_tie\" type=\"boolean\"/>\n"
       "      <attribute id=\"2\" title=\"from\" type=\"string\"/>\n"
       "      <attribute id=\"3\" title=\"until\" type=\"string\"/>\n"
       "    </attributes>\n"
       "    <nodes>\n";
  auto value = [&](const std::string& name, const std::string& v) {
    x << "<attvalue for=\"" << index.at(name) << "\" value=\"" << xml_escape(v) << "\"/>";
  };
  for (std::size_t o = 0; o < region.organisations.size(); ++o) {
    const auto& org = region.organisations[o];
    const auto label = org.attributes.contains("name") ? org.attributes.at("name") : org.id;
    x << "      <node id=\"" << xml_escape(org.id) << "\" label=\"" << xml_escape(label) << "\"><attvalues>";
    value("kind", "organisation");
    value("type", org.type);
    value("municipality", org.municipality);
    for (const auto& [name, v] : org.attributes)
      if (index.contains(name) && name != "kind" && name != "type" && name != "municipality" && name != "focus")
        value(name, v);
    if (analysis && o < analysis->metrics.betweenness.size()) {
      value("betweenness", xml_number(analysis->metrics.betweenness[o]));
      value("closeness", xml_number(analysis->metrics.closeness[o]));
      value("constraint", xml_number(analysis->metrics.constraint[o]));
      value("effective_size", xml_number(analysis->metrics.effective_size[o]));
      if (o < analysis->brokerage.raw.size()) value("brokerage_total", xml_number(analysis->brokerage.raw[o][total]));
    }
    x << "</attvalues></node>\n";
  }
  // Network ids may collide with organisation ids in the register; prefix them (as in GraphML).
  for (std::size_t n = 0; n < region.networks.size(); ++n) {
    const auto& net = region.networks[n];
    const auto& attributes = attributes_of(n);
    const auto label = attributes.contains("name") ? attributes.at("name") : net.id;
    x << "      <node id=\"network:" << xml_escape(net.id) << "\" label=\"" << xml_escape(label) << "\"><attvalues>";
    value("kind", "network");
    value("focus", net.focus);
    for (const auto& [name, v] : attributes)
      if (index.contains(name) && name != "kind" && name != "type" && name != "municipality" && name != "focus")
        value(name, v);
    x << "</attvalues></node>\n";
  }
  x << "    </nodes>\n    <edges>\n";
  std::size_t edge = 0;
  auto edge_values = [&](const std::string& kind, bool directed, const Period& p) {
    x << "<attvalues><attvalue for=\"0\" value=\"" << xml_escape(kind) << "\"/><attvalue for=\"1\" value=\""
      << (directed ? "true" : "false") << "\"/><attvalue for=\"2\" value=\"" << xml_escape(p.from.value_or(""))
      << "\"/><attvalue for=\"3\" value=\"" << xml_escape(p.until.value_or("")) << "\"/></attvalues>";
    spell(x, p);
  };
  for (const auto& m : region.memberships) {
    x << "      <edge id=\"" << edge++ << "\" source=\""
      << xml_escape(region.organisations[static_cast<std::size_t>(m.organisation)].id) << "\" target=\"network:"
      << xml_escape(region.networks[static_cast<std::size_t>(m.network)].id) << "\">";
    edge_values("membership", false, m.period);
    x << "</edge>\n";
  }
  for (const auto& t : region.ties) {
    x << "      <edge id=\"" << edge++ << "\" source=\"" << xml_escape(region.organisations[static_cast<std::size_t>(t.a)].id)
      << "\" target=\"" << xml_escape(region.organisations[static_cast<std::size_t>(t.b)].id) << "\" weight=\""
      << xml_number(t.intensity) << "\">";
    edge_values(t.kind, t.directed, t.period);
    x << "</edge>\n";
  }
  x << "    </edges>\n  </graph>\n</gexf>\n";
  return x.str();
}

}  // namespace bb::analysis
