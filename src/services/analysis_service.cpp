#include "services/analysis_service.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace bb::services {

namespace {

std::optional<std::string> bound(const std::string& date) {
  if (date.empty()) return std::nullopt;
  return date;
}

// "YYYY-MM-DD" of the day before (the register's periods are inclusive; a network ended on D
// no longer exists on D).
std::string day_before(const std::string& date) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (std::sscanf(date.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return date;
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} /
                                                               std::chrono::day{d}} -
                                        std::chrono::days{1}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

}  // namespace

std::string_view to_string(PartitionChoice p) {
  switch (p) {
    case PartitionChoice::type: return "type";
    case PartitionChoice::municipality: return "municipality";
    case PartitionChoice::network: return "network";
    case PartitionChoice::affiliation: return "affiliation";
  }
  return "type";
}

std::optional<PartitionChoice> parse_partition(std::string_view text) {
  for (auto p : {PartitionChoice::type, PartitionChoice::municipality, PartitionChoice::network,
                 PartitionChoice::affiliation})
    if (text == to_string(p)) return p;
  return std::nullopt;
}

std::string_view to_string(analysis::Edit::Kind kind) {
  using K = analysis::Edit::Kind;
  switch (kind) {
    case K::add_membership: return "add_membership";
    case K::remove_membership: return "remove_membership";
    case K::add_tie: return "add_tie";
    case K::remove_tie: return "remove_tie";
    case K::remove_organisation: return "remove_organisation";
  }
  return "remove_organisation";
}

std::optional<analysis::Edit::Kind> parse_edit_kind(std::string_view text) {
  using K = analysis::Edit::Kind;
  for (auto k : {K::add_membership, K::remove_membership, K::add_tie, K::remove_tie, K::remove_organisation})
    if (text == to_string(k)) return k;
  return std::nullopt;
}

analysis::PairWeights default_pair_weights() {
  analysis::PairWeights w;
  w.unbridged = 1.0;
  w.single_bridged = 0.5;
  w.default_focus_weight = 1.0;
  w.focus[{"migration", "sector"}] = 2.0;
  w.focus[{"migration", "local"}] = 1.5;
  return w;
}

std::optional<int> RegionModel::organisation(domain::Id id) const {
  if (auto it = organisation_index.find(id); it != organisation_index.end()) return it->second;
  return std::nullopt;
}

std::optional<int> RegionModel::network(domain::Id id) const {
  if (auto it = network_index.find(id); it != network_index.end()) return it->second;
  return std::nullopt;
}

std::optional<int> RegionModel::service_centre() const {
  for (std::size_t i = 0; i < graph.organisations.size(); ++i)
    if (graph.organisations[i].type == "service_centre") return static_cast<int>(i);
  return std::nullopt;
}

RegionModel make_model(storage::RegisterGraph graph) {
  RegionModel m;
  m.graph = std::move(graph);
  auto& r = m.region;
  for (const auto& o : m.graph.organisations) {
    m.organisation_index[o.id] = static_cast<int>(r.organisations.size());
    analysis::Organisation out;
    out.id = "o" + std::to_string(o.id);
    out.type = o.type;
    out.municipality = o.municipality;
    out.attributes["name"] = o.name;
    out.attributes["migrant_led"] = o.migrant_led ? "true" : "false";
    out.attributes["active"] = o.active ? "true" : "false";
    r.organisations.push_back(std::move(out));
  }
  // The last day each network exists (ended networks), as an upper bound on its memberships.
  std::vector<std::optional<std::string>> last_day;
  std::vector<bool> never;
  for (const auto& n : m.graph.networks) {
    m.network_index[n.id] = static_cast<int>(r.networks.size());
    analysis::Network out;
    out.id = "n" + std::to_string(n.id);
    out.focus = std::string(domain::to_string(n.focus));
    r.networks.push_back(std::move(out));
    m.network_attributes.push_back({{"name", n.name}, {"status", std::string(domain::to_string(n.status))}});
    const bool ended = n.status == domain::NetworkStatus::ended;
    never.push_back(ended && n.status_since.empty());
    last_day.push_back(ended && !n.status_since.empty() ? std::optional<std::string>(day_before(n.status_since))
                                                         : std::nullopt);
  }
  for (std::size_t i = 0; i < m.graph.memberships.size(); ++i) {
    const auto& ms = m.graph.memberships[i];
    const auto o = m.organisation(ms.organisation_id);
    const auto n = m.network(ms.network_id);
    if (!o || !n || never[static_cast<std::size_t>(*n)]) continue;
    analysis::Membership out{*o, *n, {bound(ms.since), bound(ms.until)}};
    if (const auto& last = last_day[static_cast<std::size_t>(*n)]; last && (!out.period.until || *last < *out.period.until))
      out.period.until = *last;
    if (out.period.from && out.period.until && *out.period.until < *out.period.from) continue;  // never valid
    r.memberships.push_back(std::move(out));
    m.membership_record.push_back(i);
  }
  for (std::size_t i = 0; i < m.graph.ties.size(); ++i) {
    const auto& t = m.graph.ties[i];
    const auto a = m.organisation(t.organisation_a_id);
    const auto b = m.organisation(t.organisation_b_id);
    if (!a || !b || *a == *b) continue;
    analysis::Tie out;
    out.a = *a;
    out.b = *b;
    out.directed = t.directed;
    out.kind = std::string(domain::to_string(t.kind));
    out.intensity = std::max(1, t.intensity);
    out.period = {bound(t.since), bound(t.until)};
    r.ties.push_back(std::move(out));
    m.tie_record.push_back(i);
  }
  return m;
}

Result<analysis::AnalysisOptions> analysis_options(const RegionModel& model, const AnalysisRequest& request,
                                                   std::optional<int>& focus) {
  std::map<std::string, std::string> fields;
  if (!domain::is_iso_date(request.date)) fields["date"] = "validation.date";
  analysis::AnalysisOptions options;
  options.date = request.date;
  options.weighting = request.weighting;
  options.metrics_on_one_mode = request.metrics_graph == MetricsGraph::projection;
  options.handover = request.handover;
  switch (request.partition) {
    case PartitionChoice::type: options.partition.kind = analysis::PartitionKind::type; break;
    case PartitionChoice::municipality: options.partition.kind = analysis::PartitionKind::municipality; break;
    case PartitionChoice::network: options.partition.kind = analysis::PartitionKind::network; break;
    case PartitionChoice::affiliation: {
      options.partition.kind = analysis::PartitionKind::affiliation;
      const auto n = request.partition_network ? model.network(*request.partition_network) : std::nullopt;
      if (n) {
        options.partition.network = *n;
      } else {
        fields["network"] = request.partition_network ? "analysis.unknown_network" : "validation.required";
      }
      break;
    }
  }
  focus.reset();
  if (request.focus) {
    focus = model.organisation(*request.focus);
    if (!focus) fields["focus"] = "analysis.unknown_organisation";
  } else {
    focus = model.service_centre();
  }
  if (request.k < 0 || request.k > 20) fields["k"] = "analysis.k_range";
  if (request.weighting.tie_factor < 0 || request.weighting.co_membership_factor < 0)
    fields["weighting"] = "analysis.weight_negative";
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));
  options.focal = focus;
  return options;
}

Result<RegionModel> AnalysisService::load(domain::Id region_id) {
  auto graph = db_.read_value([&](storage::UnitOfWork& uow) { return uow.analysis().region_graph(region_id); });
  if (!graph) return graph.error();
  return make_model(std::move(*graph));
}

Result<RegionAnalysis> AnalysisService::analyse(domain::Id region_id, const AnalysisRequest& request) {
  auto model = load(region_id);
  if (!model) return model.error();
  return analyse(std::move(*model), request);
}

Result<RegionAnalysis> AnalysisService::analyse(RegionModel model, const AnalysisRequest& request) {
  std::optional<int> focus;
  auto options = analysis_options(model, request, focus);
  if (!options) return options.error();
  auto result = analysis::analyse(model.region, *options);
  if (!result) return result.error();
  RegionAnalysis out{std::move(model), request, focus, std::move(*result), {}};
  if (focus) {
    out.request.focus = out.model.graph.organisations[static_cast<std::size_t>(*focus)].id;
    if (request.k > 0)
      out.recommendation = analysis::recommend_networks(out.model.region, out.result.snapshot, out.result.bridges,
                                                        *focus, request.k, request.pair_weights);
  }
  return out;
}

Result<RegionWhatIf> AnalysisService::what_if(domain::Id region_id, const AnalysisRequest& request,
                                              const std::vector<WhatIfEdit>& edits) {
  auto model = load(region_id);
  if (!model) return model.error();
  std::optional<int> focus;
  auto options = analysis_options(*model, request, focus);
  if (!options) return options.error();
  using K = analysis::Edit::Kind;
  std::vector<analysis::Edit> lib_edits;
  std::map<std::string, std::string> fields;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const auto& e = edits[i];
    const std::string at = "edits[" + std::to_string(i) + "].";
    analysis::Edit out;
    out.kind = e.kind;
    const auto o = model->organisation(e.organisation_id);
    if (!o) fields[at + "organisation_id"] = "analysis.unknown_organisation";
    if (e.kind == K::add_membership || e.kind == K::remove_membership) {
      const auto n = model->network(e.network_id);
      if (!n) fields[at + "network_id"] = "analysis.unknown_network";
      out.network = n.value_or(0);
    }
    if (e.kind == K::add_tie || e.kind == K::remove_tie) {
      const auto b = model->organisation(e.other_organisation_id);
      if (!b || (o && *b == *o)) fields[at + "other_organisation_id"] = "analysis.unknown_organisation";
      if (e.kind == K::add_tie && (e.intensity < 1 || e.intensity > 3)) fields[at + "intensity"] = "analysis.intensity_range";
      out.tie.a = o.value_or(0);
      out.tie.b = b.value_or(0);
      out.tie.directed = e.directed;
      out.tie.kind = std::string(domain::to_string(e.tie_kind));
      out.tie.intensity = e.intensity;
    }
    out.organisation = o.value_or(0);
    lib_edits.push_back(out);
  }
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));
  auto result = analysis::what_if(model->region, lib_edits, *options);
  if (!result) return result.error();
  RegionWhatIf out{std::move(*model), request, focus, std::move(*result)};
  if (focus) out.request.focus = out.model.graph.organisations[static_cast<std::size_t>(*focus)].id;
  return out;
}

}  // namespace bb::services
