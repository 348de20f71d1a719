#include "web/analysis_params.hpp"

#include "domain/register.hpp"
#include "web/register_support.hpp"

#include <charconv>
#include <cmath>

namespace bb::web {

namespace {

std::optional<double> parse_double(std::string_view text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> focus_pairs() {
  const std::vector<std::string> foci = {"local", "migration", "sector", "thematic"};
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < foci.size(); ++i)
    for (std::size_t j = i; j < foci.size(); ++j) out.emplace_back(foci[i], foci[j]);
  return out;
}

Result<services::AnalysisRequest> analysis_request_from(const http::Params& q, const std::string& today) {
  using register_support::parse_flag;
  using register_support::parse_int;
  services::AnalysisRequest r;
  std::map<std::string, std::string> fields;
  r.date = std::string(domain::trim(q.get_or("date", "")));
  if (r.date.empty()) r.date = today;
  if (!domain::is_iso_date(r.date)) fields["date"] = "validation.date";
  if (auto p = q.get("partition"); p && !p->empty()) {
    if (auto parsed = services::parse_partition(*p)) {
      r.partition = *parsed;
    } else {
      fields["partition"] = "analysis.partition_unknown";
    }
  }
  if (auto n = q.get("network"); n && !n->empty()) {
    if (auto id = parse_int(*n)) {
      r.partition_network = *id;
    } else {
      fields["network"] = "validation.number";
    }
  }
  if (auto f = q.get("focus"); f && !f->empty()) {
    if (auto id = parse_int(*f)) {
      r.focus = *id;
    } else {
      fields["focus"] = "validation.number";
    }
  }
  if (auto g = q.get("metrics_graph"); g && !g->empty()) {
    if (*g == "projection") {
      r.metrics_graph = services::MetricsGraph::projection;
    } else if (*g != "affiliation") {
      fields["metrics_graph"] = "analysis.metrics_graph_unknown";
    }
  }
  auto number = [&](const std::string& key, double& out, double min, double max) {
    const auto text = q.get(key);
    if (!text || text->empty()) return;
    const auto v = parse_double(*text);
    if (!v || *v < min || *v > max) {
      fields[key] = "analysis.weight_range";
      return;
    }
    out = *v;
  };
  auto flag = [&](const std::string& key, bool& out) {
    const auto text = q.get(key);
    if (!text || text->empty()) return;
    if (auto v = parse_flag(*text)) {
      out = *v;
    } else {
      fields[key] = "validation.boolean";
    }
  };
  number("tie_factor", r.weighting.tie_factor, 0, 1000);
  number("co_membership_factor", r.weighting.co_membership_factor, 0, 1000);
  flag("diminishing", r.weighting.diminishing_returns);
  flag("direction", r.weighting.respect_direction);
  if (auto k = q.get("k"); k && !k->empty()) {
    const auto v = parse_int(*k);
    if (!v || *v < 0 || *v > 20) {
      fields["k"] = "analysis.k_range";
    } else {
      r.k = static_cast<int>(*v);
    }
  }
  number("weight_unbridged", r.pair_weights.unbridged, 0, 1000);
  number("weight_single", r.pair_weights.single_bridged, 0, 1000);
  for (const auto& [a, b] : focus_pairs()) {
    auto it = r.pair_weights.focus.find({a, b});
    double value = it != r.pair_weights.focus.end() ? it->second : r.pair_weights.default_focus_weight;
    const double before = value;
    number("weight_" + a + "_" + b, value, 0, 1000);
    if (value != before || it != r.pair_weights.focus.end()) r.pair_weights.focus[{a, b}] = value;
  }
  number("handover_contacts", r.handover.contacts_weight, 0, 1000);
  number("handover_intensity", r.handover.intensity_weight, 0, 1000);
  number("handover_load", r.handover.load_weight, 0, 1000);
  if (!fields.empty()) return Error::invalid("analysis.bad_parameters", std::move(fields));
  return r;
}

}  // namespace bb::web
