#include "services/map_layout_service.hpp"

#include "analysis/layout.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cmath>
#include <unordered_map>

namespace bb::services {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxIdLength = 32;
constexpr std::size_t kMaxNameLength = 80;

Error bad_positions() { return Error::invalid("map.error.positions", {{"positions", "map.error.positions"}}); }
Error bad_graph() { return Error::invalid("map.error.graph", {{"graph", "map.error.graph"}}); }

std::optional<double> finite(const json::value& v) {
  if (!v.is_number()) return std::nullopt;
  const double d = v.to_number<double>();
  if (!std::isfinite(d)) return std::nullopt;
  return d;
}

std::optional<analysis::Position> position(const json::value& v) {
  if (!v.is_array() || v.as_array().size() != 2) return std::nullopt;
  auto x = finite(v.as_array()[0]);
  auto y = finite(v.as_array()[1]);
  if (!x || !y) return std::nullopt;
  return analysis::Position{*x, *y};
}

bool valid_id(std::string_view id) { return !id.empty() && id.size() <= kMaxIdLength; }

Result<std::string> layout_name(std::string_view raw) {
  std::string name = domain::trim(raw);
  if (name.empty()) return Error::invalid("map.error.name", {{"name", "validation.required"}});
  if (domain::code_points(name) > kMaxNameLength) return Error::invalid("map.error.name", {{"name", "map.error.name_length"}});
  return name;
}

}  // namespace

Result<json::object> parse_positions(const json::value& value) {
  if (!value.is_object() || value.as_object().size() > kMaxLayoutNodes) return bad_positions();
  json::object out;
  out.reserve(value.as_object().size());
  for (const auto& [id, v] : value.as_object()) {
    auto p = position(v);
    if (!valid_id(id) || !p) return bad_positions();
    out.emplace(id, json::array{p->x, p->y});
  }
  return out;
}

Result<json::object> compute_layout(const json::value& request) {
  if (!request.is_object()) return bad_graph();
  const auto& body = request.as_object();
  const auto* nodes = body.if_contains("nodes");
  const auto* edges = body.if_contains("edges");
  if (!nodes || !nodes->is_array() || nodes->as_array().size() > kMaxLayoutNodes) return bad_graph();
  if (!edges || !edges->is_array()) return bad_graph();

  std::unordered_map<std::string_view, int> index;
  std::vector<std::string_view> ids;
  for (const auto& node : nodes->as_array()) {
    if (!node.is_string() || !valid_id(node.as_string())) return bad_graph();
    const std::string_view id = node.as_string();
    if (index.emplace(id, static_cast<int>(ids.size())).second) ids.push_back(id);
  }
  analysis::LayoutInput input;
  input.nodes = static_cast<int>(ids.size());
  input.edges.reserve(edges->as_array().size());
  for (const auto& edge : edges->as_array()) {
    if (!edge.is_array() || edge.as_array().size() != 2 || !edge.as_array()[0].is_string() ||
        !edge.as_array()[1].is_string())
      return bad_graph();
    auto a = index.find(std::string_view(edge.as_array()[0].as_string()));
    auto b = index.find(std::string_view(edge.as_array()[1].as_string()));
    if (a == index.end() || b == index.end()) return bad_graph();
    input.edges.emplace_back(a->second, b->second);
  }
  // A saved layout to continue from: nodes it places start there; the others start at the
  // centre of their placed neighbours, or spread around the origin.
  if (const auto* start = body.if_contains("start"); start && !start->is_null()) {
    auto known = parse_positions(*start);
    if (!known) return known.error();
    input.start.assign(ids.size(), analysis::Position{});
    input.fixed.assign(ids.size(), false);
    std::vector<bool> placed(ids.size(), false);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (const auto* p = known->if_contains(ids[i])) {
        input.start[i] = *position(*p);
        placed[i] = true;
      }
    }
    std::vector<analysis::Position> sum(ids.size());
    std::vector<int> count(ids.size(), 0);
    for (const auto& [a, b] : input.edges) {
      const auto ua = static_cast<std::size_t>(a);
      const auto ub = static_cast<std::size_t>(b);
      if (placed[ua] && !placed[ub]) sum[ub] = {sum[ub].x + input.start[ua].x, sum[ub].y + input.start[ua].y}, ++count[ub];
      if (placed[ub] && !placed[ua]) sum[ua] = {sum[ua].x + input.start[ub].x, sum[ua].y + input.start[ub].y}, ++count[ua];
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (placed[i]) continue;
      const double jitter = static_cast<double>(i % 17) * 7.0;  // separates nodes with the same neighbours
      input.start[i] = count[i] > 0 ? analysis::Position{sum[i].x / count[i] + jitter, sum[i].y / count[i] - jitter}
                                    : analysis::Position{jitter * 10.0, static_cast<double>(i % 23) * 50.0};
    }
    if (const auto* fixed = body.if_contains("fixed"); fixed && fixed->is_array()) {
      for (const auto& id : fixed->as_array()) {
        if (!id.is_string()) return bad_graph();
        auto it = index.find(std::string_view(id.as_string()));
        if (it != index.end() && placed[static_cast<std::size_t>(it->second)])
          input.fixed[static_cast<std::size_t>(it->second)] = true;
      }
    }
  }
  auto positions = analysis::force_layout(input);
  if (!positions) return positions.error();
  json::object out;
  out.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    // Whole units: a map needs no more, and the saved layout stays small.
    out.emplace(ids[i], json::array{std::round((*positions)[i].x), std::round((*positions)[i].y)});
  }
  return out;
}

Result<std::vector<storage::MapLayoutSummary>> MapLayoutService::list(domain::Id region_id) {
  return db_.read_value([&](storage::UnitOfWork& uow) { return uow.map_layouts().list(region_id); });
}

Result<json::object> MapLayoutService::positions(domain::Id region_id, std::string_view name) {
  auto stored = db_.read_value([&](storage::UnitOfWork& uow) { return uow.map_layouts().positions(region_id, name); });
  if (!stored) return stored.error();
  if (!stored->has_value()) return Error::not_found("map.error.layout_not_found");
  boost::system::error_code ec;
  auto value = json::parse(**stored, ec);
  if (ec) return Error::internal("stored map layout is not JSON");
  return parse_positions(value);
}

Result<void> MapLayoutService::save(const Actor& actor, domain::Id region_id, std::string_view raw_name,
                                    const json::value& positions, std::int64_t now) {
  auto name = layout_name(raw_name);
  if (!name) return name.error();
  auto canonical = parse_positions(positions);
  if (!canonical) return canonical.error();
  const std::string text = json::serialize(*canonical);
  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    auto saved = uow.map_layouts().save(region_id, *name, text, actor.user_id.value_or(0), now);
    if (!saved) return saved;
    return record_audit(uow, actor,
                        AuditChange{"update", "map_layout", *name, {}, json::object{{"nodes", canonical->size()}}, region_id},
                        now);
  });
}

Result<void> MapLayoutService::remove(const Actor& actor, domain::Id region_id, std::string_view name, std::int64_t now) {
  return db_.write([&](storage::UnitOfWork& uow) -> Result<void> {
    auto removed = uow.map_layouts().remove(region_id, name);
    if (!removed) return removed.error();
    if (!*removed) return Error::not_found("map.error.layout_not_found");
    return record_audit(uow, actor, AuditChange{"delete", "map_layout", std::string(name), {}, {}, region_id}, now);
  });
}

}  // namespace bb::services
