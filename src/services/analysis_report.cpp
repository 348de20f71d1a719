#include "services/analysis_report.hpp"

#include <cmath>

namespace bb::services {

namespace json = boost::json;

namespace {

json::value num(double v) {
  if (!std::isfinite(v)) return nullptr;
  return v;
}

json::value optional_id(const std::optional<domain::Id>& id) {
  return id ? json::value(*id) : json::value(nullptr);
}

const storage::GraphOrganisation& org(const RegionModel& m, int i) {
  return m.graph.organisations[static_cast<std::size_t>(i)];
}
const storage::GraphNetwork& net(const RegionModel& m, int i) { return m.graph.networks[static_cast<std::size_t>(i)]; }

json::object org_ref(const RegionModel& m, int i) {
  return json::object{{"id", org(m, i).id}, {"name", org(m, i).name}};
}

json::object pair_json(const RegionModel& m, const analysis::BridgeReport& report, int index) {
  const auto& p = report.pairs[static_cast<std::size_t>(index)];
  json::array bridges;
  for (int o : p.bridges) bridges.push_back(org_ref(m, o));
  return json::object{{"network_a_id", net(m, p.a).id},
                      {"network_a_name", net(m, p.a).name},
                      {"network_b_id", net(m, p.b).id},
                      {"network_b_name", net(m, p.b).name},
                      {"width", p.width()},
                      {"bridges", bridges}};
}

json::object roles_json(const analysis::RoleVector& v) {
  json::object o;
  for (std::size_t r = 0; r < analysis::role_names.size(); ++r) o[analysis::role_names[r]] = num(v[r]);
  return o;
}

json::object weighting_json(const analysis::Weighting& w) {
  return json::object{{"tie_factor", w.tie_factor},
                      {"co_membership_factor", w.co_membership_factor},
                      {"diminishing_returns", w.diminishing_returns},
                      {"respect_direction", w.respect_direction}};
}

json::object pair_weights_json(const analysis::PairWeights& w) {
  json::object focus;
  for (const auto& [k, v] : w.focus) focus[k.first + ":" + k.second] = v;
  return json::object{{"unbridged", w.unbridged},
                      {"single_bridged", w.single_bridged},
                      {"default_focus_weight", w.default_focus_weight},
                      {"focus", focus}};
}

json::object request_json(const AnalysisRequest& r) {
  return json::object{{"date", r.date},
                      {"partition", to_string(r.partition)},
                      {"partition_network_id", optional_id(r.partition_network)},
                      {"focus_id", optional_id(r.focus)},
                      {"metrics_graph", r.metrics_graph == MetricsGraph::projection ? "projection" : "affiliation"},
                      {"weighting", weighting_json(r.weighting)}};
}

json::object metrics_json(const analysis::NodeMetrics& m, std::size_t i) {
  auto at = [i](const std::vector<double>& v) { return i < v.size() ? num(v[i]) : json::value(nullptr); };
  return json::object{{"degree", at(m.degree)},
                      {"weighted_degree", at(m.weighted_degree)},
                      {"betweenness", at(m.betweenness)},
                      {"closeness", at(m.closeness)},
                      {"constraint", at(m.constraint)},
                      {"effective_size", at(m.effective_size)},
                      {"articulation_point", i < m.articulation.size() && m.articulation[i] != 0},
                      {"community", i < m.community.size() ? json::value(m.community[i]) : json::value(nullptr)},
                      {"component", i < m.component.size() ? json::value(m.component[i]) : json::value(nullptr)}};
}

json::array pairs_json(const RegionModel& m, const analysis::BridgeReport& report, const std::vector<int>& indices) {
  json::array out;
  for (int p : indices) out.push_back(pair_json(m, report, p));
  return out;
}

}  // namespace

std::string group_label(const RegionAnalysis& a, int organisation) {
  const auto& o = org(a.model, organisation);
  switch (a.request.partition) {
    case PartitionChoice::type: return o.type;
    case PartitionChoice::municipality: return o.municipality;
    case PartitionChoice::network: {
      const auto& nets = a.result.snapshot.networks_of[static_cast<std::size_t>(organisation)];
      return nets.empty() ? std::string() : net(a.model, nets.front()).name;
    }
    case PartitionChoice::affiliation: {
      const auto n = a.request.partition_network ? a.model.network(*a.request.partition_network) : std::nullopt;
      const auto& nets = a.result.snapshot.networks_of[static_cast<std::size_t>(organisation)];
      return n && std::binary_search(nets.begin(), nets.end(), *n) ? "member" : "other";
    }
  }
  return {};
}

json::object analysis_json(const RegionAnalysis& a) {
  const auto& m = a.model;
  const auto& r = a.result;
  const auto& s = r.snapshot;
  json::object out = request_json(a.request);
  out["focus"] = a.focus ? json::value(org_ref(m, *a.focus)) : json::value(nullptr);
  out["timings_ms"] = json::object{{"snapshot", r.timings.snapshot_ms},     {"metrics", r.timings.metrics_ms},
                                   {"brokerage", r.timings.brokerage_ms},   {"bridges", r.timings.bridges_ms},
                                   {"handover", r.timings.handover_ms}};
  std::size_t memberships = 0;
  for (const auto& nets : s.networks_of) memberships += nets.size();
  out["summary"] = json::object{{"organisations", s.organisations},
                                {"networks", s.networks},
                                {"memberships", memberships},
                                {"ties", s.active_ties.size()},
                                {"components", r.metrics.components},
                                {"communities", r.metrics.communities},
                                {"modularity", num(r.metrics.modularity)},
                                {"network_pairs", r.bridges.pairs.size()},
                                {"single_bridged_pairs", r.bridges.single.size()},
                                {"unbridged_pairs", r.bridges.unbridged.size()},
                                {"betweenness_threads", r.metrics.betweenness_threads}};
  json::array organisations;
  for (int i = 0; i < s.organisations; ++i) {
    const auto& o = org(m, i);
    const auto ui = static_cast<std::size_t>(i);
    json::object row{{"id", o.id},
                     {"name", o.name},
                     {"type", o.type},
                     {"municipality_id", optional_id(o.municipality_id)},
                     {"municipality", o.municipality},
                     {"migrant_led", o.migrant_led},
                     {"active", o.active},
                     {"networks", s.networks_of[ui].size()},
                     {"metrics", metrics_json(r.metrics, ui)}};
    json::object brokerage{{"group", group_label(a, i)}};
    if (ui < r.brokerage.raw.size()) {
      brokerage["raw"] = roles_json(r.brokerage.raw[ui]);
      brokerage["expected"] = roles_json(r.brokerage.expected[ui]);
      brokerage["z"] = roles_json(r.brokerage.z[ui]);
    }
    row["brokerage"] = std::move(brokerage);
    organisations.push_back(std::move(row));
  }
  out["organisations"] = std::move(organisations);
  json::array networks;
  for (int n = 0; n < s.networks; ++n)
    networks.push_back(json::object{{"id", net(m, n).id},
                                    {"name", net(m, n).name},
                                    {"focus", domain::to_string(net(m, n).focus)},
                                    {"status", domain::to_string(net(m, n).status)},
                                    {"members", s.members_of[static_cast<std::size_t>(n)].size()}});
  out["networks"] = std::move(networks);
  out["brokerage"] = json::object{{"raw", roles_json(r.brokerage.global_raw)},
                                  {"expected", roles_json(r.brokerage.global_expected)},
                                  {"z", roles_json(r.brokerage.global_z)},
                                  {"open_two_paths", r.brokerage.open_two_paths}};
  // Bridged pairs (width > 0) in full; single-bridged and unbridged pairs listed again on their own.
  std::vector<int> bridged;
  for (std::size_t p = 0; p < r.bridges.pairs.size(); ++p)
    if (r.bridges.pairs[p].width() > 0) bridged.push_back(static_cast<int>(p));
  out["network_pairs"] = pairs_json(m, r.bridges, bridged);
  out["single_bridged_pairs"] = pairs_json(m, r.bridges, r.bridges.single);
  out["unbridged_pairs"] = pairs_json(m, r.bridges, r.bridges.unbridged);
  out["focus_sole_bridges"] = pairs_json(m, r.bridges, r.portfolio);
  json::array handover;
  for (const auto& h : r.handover) {
    json::object entry = pair_json(m, r.bridges, h.pair);
    json::array candidates;
    for (const auto& c : h.candidates)
      candidates.push_back(json::object{{"organisation", org_ref(m, c.organisation)},
                                        {"member_of_network_id", net(m, c.side).id},
                                        {"contacts", c.contacts},
                                        {"intensity", num(c.intensity)},
                                        {"capacity", num(c.capacity)},
                                        {"load", c.load},
                                        {"score", num(c.score)}});
    entry["candidates"] = std::move(candidates);
    handover.push_back(std::move(entry));
  }
  out["handover"] = std::move(handover);
  json::array recommended;
  for (std::size_t i = 0; i < a.recommendation.networks.size(); ++i) {
    const int n = a.recommendation.networks[i];
    recommended.push_back(json::object{
        {"network_id", net(m, n).id}, {"name", net(m, n).name}, {"gain", num(a.recommendation.gains[i])}});
  }
  out["recommendation"] = json::object{{"k", a.request.k},
                                       {"weights", pair_weights_json(a.request.pair_weights)},
                                       {"networks", std::move(recommended)},
                                       {"total", num(a.recommendation.total)}};
  return out;
}

json::object what_if_json(const RegionWhatIf& w, const std::vector<WhatIfEdit>& edits) {
  const auto& m = w.model;
  const auto& res = w.result;
  json::object out = request_json(w.request);
  json::array edits_out;
  for (const auto& e : edits) {
    json::object o{{"kind", to_string(e.kind)}, {"organisation_id", e.organisation_id}};
    if (e.kind == analysis::Edit::Kind::add_membership || e.kind == analysis::Edit::Kind::remove_membership)
      o["network_id"] = e.network_id;
    if (e.kind == analysis::Edit::Kind::add_tie || e.kind == analysis::Edit::Kind::remove_tie)
      o["other_organisation_id"] = e.other_organisation_id;
    edits_out.push_back(std::move(o));
  }
  out["edits"] = std::move(edits_out);
  out["stored"] = false;
  auto bridged = [](const analysis::BridgeReport& r) {
    return static_cast<std::int64_t>(r.pairs.size() - r.unbridged.size());
  };
  auto before_after = [](auto before, auto after) { return json::object{{"before", before}, {"after", after}}; };
  out["components"] = before_after(res.components_before, res.components_after);
  out["largest_component"] = before_after(res.largest_component_before, res.largest_component_after);
  out["bridged_pairs"] = before_after(bridged(res.before.bridges), bridged(res.after.bridges));
  out["single_bridged_pairs"] = before_after(res.before.bridges.single.size(), res.after.bridges.single.size());
  out["unbridged_pairs"] = before_after(res.before.bridges.unbridged.size(), res.after.bridges.unbridged.size());
  out["newly_bridged"] = pairs_json(m, res.after.bridges, res.newly_bridged);
  out["newly_unbridged"] = pairs_json(m, res.before.bridges, res.newly_unbridged);
  out["newly_single"] = pairs_json(m, res.after.bridges, res.newly_single);
  out["no_longer_single"] = pairs_json(m, res.after.bridges, res.no_longer_single);
  json::array changes;
  for (const auto& c : res.changes) {
    json::object row = org_ref(m, c.organisation);
    row["betweenness_before"] = num(c.betweenness_before);
    row["betweenness_after"] = num(c.betweenness_after);
    row["closeness_before"] = num(c.closeness_before);
    row["closeness_after"] = num(c.closeness_after);
    row["constraint_before"] = num(c.constraint_before);
    row["constraint_after"] = num(c.constraint_after);
    changes.push_back(std::move(row));
  }
  out["metric_changes"] = std::move(changes);
  return out;
}

json::object graph_json(const RegionAnalysis& a) {
  const auto& m = a.model;
  const auto& r = a.result;
  const auto& s = r.snapshot;
  const std::string& date = a.request.date;
  json::array nodes;
  for (int i = 0; i < s.organisations; ++i) {
    const auto& o = org(m, i);
    const auto ui = static_cast<std::size_t>(i);
    json::object metrics = metrics_json(r.metrics, ui);
    metrics["brokerage_total"] = ui < r.brokerage.raw.size() ? num(r.brokerage.raw[ui][analysis::total]) : nullptr;
    nodes.push_back(json::object{{"id", m.region.organisations[ui].id},
                                 {"kind", "organisation"},
                                 {"organisation_id", o.id},
                                 {"name", o.name},
                                 {"type", o.type},
                                 {"municipality_id", optional_id(o.municipality_id)},
                                 {"municipality", o.municipality},
                                 {"migrant_led", o.migrant_led},
                                 {"active", o.active},
                                 {"group", group_label(a, i)},
                                 {"networks", s.networks_of[ui].size()},
                                 {"metrics", std::move(metrics)}});
  }
  for (int n = 0; n < s.networks; ++n) {
    const auto un = static_cast<std::size_t>(n);
    nodes.push_back(json::object{{"id", m.region.networks[un].id},
                                 {"kind", "network"},
                                 {"network_id", net(m, n).id},
                                 {"name", net(m, n).name},
                                 {"focus", domain::to_string(net(m, n).focus)},
                                 {"status", domain::to_string(net(m, n).status)},
                                 {"members", s.members_of[un].size()}});
  }
  json::array edges;
  for (std::size_t i = 0; i < m.region.memberships.size(); ++i) {
    const auto& ms = m.region.memberships[i];
    const auto& record = m.graph.memberships[m.membership_record[i]];
    edges.push_back(json::object{{"id", "m" + std::to_string(record.id)},
                                 {"kind", "membership"},
                                 {"membership_id", record.id},
                                 {"source", m.region.organisations[static_cast<std::size_t>(ms.organisation)].id},
                                 {"target", m.region.networks[static_cast<std::size_t>(ms.network)].id},
                                 {"role", domain::to_string(record.role)},
                                 {"since", ms.period.from.value_or("")},
                                 {"until", ms.period.until.value_or("")},
                                 {"valid", ms.period.contains(date)}});
  }
  for (std::size_t i = 0; i < m.region.ties.size(); ++i) {
    const auto& t = m.region.ties[i];
    const auto& record = m.graph.ties[m.tie_record[i]];
    edges.push_back(json::object{{"id", "t" + std::to_string(record.id)},
                                 {"kind", "tie"},
                                 {"tie_id", record.id},
                                 {"source", m.region.organisations[static_cast<std::size_t>(t.a)].id},
                                 {"target", m.region.organisations[static_cast<std::size_t>(t.b)].id},
                                 {"tie_kind", t.kind},
                                 {"directed", t.directed},
                                 {"intensity", record.intensity},
                                 {"since", t.period.from.value_or("")},
                                 {"until", t.period.until.value_or("")},
                                 {"valid", t.period.contains(date)}});
  }
  json::array sole;
  for (int p : r.portfolio) {
    const auto& pair = r.bridges.pairs[static_cast<std::size_t>(p)];
    sole.push_back(json::object{{"network_a", m.region.networks[static_cast<std::size_t>(pair.a)].id},
                                {"network_b", m.region.networks[static_cast<std::size_t>(pair.b)].id},
                                {"organisation", m.region.organisations[static_cast<std::size_t>(*a.focus)].id}});
  }
  json::array single;
  for (int p : r.bridges.single) {
    const auto& pair = r.bridges.pairs[static_cast<std::size_t>(p)];
    single.push_back(json::object{{"network_a", m.region.networks[static_cast<std::size_t>(pair.a)].id},
                                  {"network_b", m.region.networks[static_cast<std::size_t>(pair.b)].id},
                                  {"organisation",
                                   m.region.organisations[static_cast<std::size_t>(pair.bridges.front())].id}});
  }
  json::object out = request_json(a.request);
  out["focus"] = a.focus ? json::value(m.region.organisations[static_cast<std::size_t>(*a.focus)].id) : json::value(nullptr);
  out["nodes"] = std::move(nodes);
  out["edges"] = std::move(edges);
  out["focus_sole_bridges"] = std::move(sole);
  out["single_bridges"] = std::move(single);
  return out;
}

}  // namespace bb::services
