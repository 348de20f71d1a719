// The network map's JSON API (issue 4), besides /api/v1/analysis/graph: saved layouts, the
// automatic layout (igraph, services/map_layout_service) and the picture of the current view
// (cairo, drawing/map_drawing). Handlers parse, call the service or library, answer.
#include "drawing/map_drawing.hpp"
#include "services/map_layout_service.hpp"
#include "web/api/json_body.hpp"
#include "web/register_support.hpp"
#include "web/routes.hpp"

#include <boost/json.hpp>

#include <cmath>

namespace bb::web {

namespace {

namespace json = boost::json;
using namespace register_support;
using domain::Role;

services::Actor actor_of(const http::Request& req) {
  const auto& user = state(req).principal->user;
  return services::Actor{user.id, user.region_id, req.request_id};
}

// ----- JSON API of the map -----

http::Response list_layouts(Services& s, http::Request& req) {
  auto layouts = services::MapLayoutService(s.db).list(region_of(req));
  if (!layouts) return json_error(s, req, layouts.error());
  json::array items;
  for (const auto& l : *layouts)
    items.push_back(json::object{{"name", l.name}, {"updated_at", l.updated_at}, {"updated_by", l.updated_by_name}});
  return json_response(json::object{{"items", std::move(items)}});
}

http::Response get_layout(Services& s, http::Request& req) {
  const std::string name(req.param("name"));
  auto positions = services::MapLayoutService(s.db).positions(region_of(req), name);
  if (!positions) return json_error(s, req, positions.error());
  return json_response(json::object{{"name", name}, {"positions", std::move(*positions)}});
}

http::Response put_layout(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* answer = std::get_if<http::Response>(&body)) return std::move(*answer);
  const auto& o = std::get<json::object>(body);
  const auto* positions = o.if_contains("positions");
  if (!positions)
    return json_error(s, req, Error::invalid("map.error.positions", {{"positions", "validation.required"}}));
  auto saved = services::MapLayoutService(s.db).save(actor_of(req), region_of(req), req.param("name"), *positions,
                                                     unix_now());
  if (!saved) return json_error(s, req, saved.error());
  return no_content();
}

http::Response delete_layout(Services& s, http::Request& req) {
  auto removed = services::MapLayoutService(s.db).remove(actor_of(req), region_of(req), req.param("name"), unix_now());
  if (!removed) return json_error(s, req, removed.error());
  return no_content();
}

http::Response auto_layout(Services& s, http::Request& req) {
  auto body = body_object(s, req);
  if (auto* answer = std::get_if<http::Response>(&body)) return std::move(*answer);
  auto positions = services::compute_layout(std::get<json::object>(body));
  if (!positions) return json_error(s, req, positions.error());
  return json_response(json::object{{"positions", std::move(*positions)}});
}

// ----- the picture of the current view -----

std::optional<double> number_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_number()) return std::nullopt;
  const double d = v->to_number<double>();
  return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

std::string text_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// The drawing the browser sent: {"width","height","title","caption","nodes":[{x,y,size,colour,
// shape,highlighted,label}],"edges":[{x1,y1,x2,y2,colour,width,dashed}],"legend":[{colour,label}]}.
Result<drawing::MapDrawing> drawing_of(const json::object& o) {
  const Error bad = Error::invalid("map.error.drawing", {{"drawing", "map.error.drawing"}});
  drawing::MapDrawing d;
  auto width = number_of(o, "width");
  auto height = number_of(o, "height");
  if (!width || !height) return bad;
  d.width = *width;
  d.height = *height;
  d.title = text_of(o, "title");
  d.caption = text_of(o, "caption");
  auto array_of = [&](std::string_view key) -> const json::array* {
    const auto* v = o.if_contains(key);
    return v && v->is_array() ? &v->as_array() : nullptr;
  };
  const auto* nodes = array_of("nodes");
  const auto* edges = array_of("edges");
  if (!nodes || !edges || nodes->size() + edges->size() > 2 * services::kMaxLayoutNodes) return bad;
  for (const auto& v : *nodes) {
    if (!v.is_object()) return bad;
    const auto& n = v.as_object();
    auto x = number_of(n, "x"), y = number_of(n, "y"), size = number_of(n, "size");
    auto colour = drawing::parse_colour(text_of(n, "colour"));
    if (!x || !y || !size || !colour) return bad;
    const auto* highlighted = n.if_contains("highlighted");
    d.nodes.push_back({*x, *y, *size, *colour,
                       text_of(n, "shape") == "diamond" ? drawing::NodeShape::diamond : drawing::NodeShape::ellipse,
                       highlighted && highlighted->is_bool() && highlighted->as_bool(), text_of(n, "label")});
  }
  for (const auto& v : *edges) {
    if (!v.is_object()) return bad;
    const auto& e = v.as_object();
    auto x1 = number_of(e, "x1"), y1 = number_of(e, "y1"), x2 = number_of(e, "x2"), y2 = number_of(e, "y2");
    auto colour = drawing::parse_colour(text_of(e, "colour"));
    if (!x1 || !y1 || !x2 || !y2 || !colour) return bad;
    const auto* dashed = e.if_contains("dashed");
    d.edges.push_back({*x1, *y1, *x2, *y2, *colour, number_of(e, "width").value_or(1.0),
                       dashed && dashed->is_bool() && dashed->as_bool()});
  }
  if (const auto* legend = array_of("legend")) {
    for (const auto& v : *legend) {
      if (!v.is_object()) return bad;
      auto colour = drawing::parse_colour(text_of(v.as_object(), "colour"));
      if (!colour) return bad;
      d.legend.push_back({*colour, text_of(v.as_object(), "label")});
    }
  }
  return d;
}

http::Response export_view(Services& s, http::Request& req) {
  auto format = drawing::parse_image_format(req.query.get_or("format", ""));
  if (!format) return json_error(s, req, format.error());
  auto body = body_object(s, req);
  if (auto* answer = std::get_if<http::Response>(&body)) return std::move(*answer);
  auto picture = drawing_of(std::get<json::object>(body));
  if (!picture) return json_error(s, req, picture.error());
  auto bytes = drawing::render(*picture, *format);
  if (!bytes) return json_error(s, req, bytes.error());
  auto res = http::Response::text(std::move(*bytes));
  res.headers.set("Content-Type", std::string(drawing::content_type(*format)));
  res.headers.set("Content-Disposition", "attachment; filename=\"netzwerkkarte-" + today() + "." +
                                             std::string(drawing::file_extension(*format)) + "\"");
  return res;
}

}  // namespace

void register_map_api_routes(Routes& routes) {
  const auto regional = domain::RoleSet::regional();
  const domain::RoleSet editors{Role::admin, Role::staff};
  routes.get("/api/v1/map/layouts", Access::api(regional), list_layouts);
  routes.get("/api/v1/map/layouts/{name}", Access::api(regional), get_layout);
  routes.add(http::Method::put, "/api/v1/map/layouts/{name}", Access::api(editors), put_layout);
  routes.add(http::Method::delete_, "/api/v1/map/layouts/{name}", Access::api(editors), delete_layout);
  routes.post("/api/v1/map/layout", Access::api(regional), auto_layout);
  routes.post("/api/v1/map/export", Access::api(regional), export_view);
}

}  // namespace bb::web
