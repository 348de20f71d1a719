#include "domain/plan_snapshot.hpp"

#include <boost/json.hpp>

namespace bb::domain {

namespace json = boost::json;

namespace {

json::value opt(const std::optional<Id>& id) { return id ? json::value(*id) : json::value(nullptr); }

json::array ids(const std::vector<Id>& list) {
  json::array out;
  for (Id id : list) out.emplace_back(id);
  return out;
}

json::object names(const std::map<Id, std::string>& map) {
  json::object out;
  for (const auto& [id, name] : map) out[std::to_string(id)] = name;
  return out;
}

// Readers that tolerate missing keys (a snapshot of an older format still opens).
std::string text(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}
Id id_of(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_int64() ? v->as_int64() : 0;
}
std::optional<Id> opt_id(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (v && v->is_int64()) return v->as_int64();
  return std::nullopt;
}
double number(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v) return 0;
  if (v->is_double()) return v->as_double();
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  return 0;
}
std::vector<Id> id_list(const json::object& o, std::string_view key) {
  std::vector<Id> out;
  if (const auto* v = o.if_contains(key); v && v->is_array())
    for (const auto& e : v->as_array())
      if (e.is_int64()) out.push_back(e.as_int64());
  return out;
}
const json::array& array(const json::object& o, std::string_view key) {
  static const json::array empty;
  const auto* v = o.if_contains(key);
  return v && v->is_array() ? v->as_array() : empty;
}
std::map<Id, std::string> name_map(const json::object& o, std::string_view key) {
  std::map<Id, std::string> out;
  if (const auto* v = o.if_contains(key); v && v->is_object())
    for (const auto& [k, name] : v->as_object())
      if (name.is_string()) out[std::stoll(std::string(k))] = std::string(name.as_string());
  return out;
}

json::object measure_object(const PlanMeasure& m) {
  json::object o;
  o["id"] = m.id;
  o["goal_id"] = m.goal_id;
  o["position"] = m.position;
  o["title"] = m.title;
  o["description"] = m.description;
  o["lead_organisation_id"] = opt(m.lead_organisation_id);
  o["partner_organisation_ids"] = ids(m.partner_organisation_ids);
  o["target_groups"] = m.target_groups;
  o["municipality_ids"] = ids(m.municipality_ids);
  o["start_on"] = m.start_on;
  o["end_on"] = m.end_on;
  o["status"] = std::string(to_string(m.status));
  o["resources"] = m.resources;
  o["risks"] = m.risks;
  json::array links;
  for (const auto& l : m.links) links.push_back(json::object{{"kind", l.kind}, {"target_id", l.target_id}});
  o["links"] = std::move(links);
  o["anchoring_organisation_id"] = opt(m.anchoring_organisation_id);
  o["anchoring_state"] = std::string(to_string(m.anchoring_state));
  o["anchoring_note"] = m.anchoring_note;
  return o;
}

PlanMeasure read_measure(const json::object& o) {
  PlanMeasure m;
  m.id = id_of(o, "id");
  m.goal_id = id_of(o, "goal_id");
  m.position = static_cast<int>(id_of(o, "position"));
  m.title = text(o, "title");
  m.description = text(o, "description");
  m.lead_organisation_id = opt_id(o, "lead_organisation_id");
  m.partner_organisation_ids = id_list(o, "partner_organisation_ids");
  m.target_groups = text(o, "target_groups");
  m.municipality_ids = id_list(o, "municipality_ids");
  m.start_on = text(o, "start_on");
  m.end_on = text(o, "end_on");
  m.status = parse_measure_status(text(o, "status")).value_or(MeasureStatus::planned);
  m.resources = text(o, "resources");
  m.risks = text(o, "risks");
  for (const auto& l : array(o, "links"))
    if (l.is_object()) m.links.push_back(MeasureLink{text(l.as_object(), "kind"), id_of(l.as_object(), "target_id")});
  m.anchoring_organisation_id = opt_id(o, "anchoring_organisation_id");
  m.anchoring_state = parse_anchoring_state(text(o, "anchoring_state")).value_or(AnchoringState::open);
  m.anchoring_note = text(o, "anchoring_note");
  return m;
}

}  // namespace

std::string to_snapshot_json(const PlanDocument& d) {
  json::object plan;
  plan["id"] = d.plan.id;
  plan["title"] = d.plan.title;
  plan["period_start"] = d.plan.period_start;
  plan["period_end"] = d.plan.period_end;
  plan["preamble"] = d.plan.preamble;
  json::array fields;
  for (const auto& f : d.fields)
    fields.push_back(json::object{{"id", f.id}, {"position", f.position}, {"title", f.title},
                                  {"description", f.description}});
  json::array goals;
  for (const auto& g : d.goals)
    goals.push_back(json::object{{"id", g.id}, {"field_id", g.field_id}, {"position", g.position},
                                 {"title", g.title}, {"description", g.description}});
  json::array indicators;
  for (const auto& i : d.indicators)
    indicators.push_back(json::object{{"id", i.id},
                                      {"goal_id", i.goal_id},
                                      {"name", i.name},
                                      {"unit", i.unit},
                                      {"baseline", i.baseline},
                                      {"target_value", i.target_value},
                                      {"target_date", i.target_date}});
  json::array measures;
  for (const auto& m : d.measures) measures.push_back(measure_object(m));
  json::object root;
  root["format"] = 1;
  root["plan"] = std::move(plan);
  root["fields"] = std::move(fields);
  root["goals"] = std::move(goals);
  root["indicators"] = std::move(indicators);
  root["measures"] = std::move(measures);
  root["organisation_names"] = names(d.organisation_names);
  root["municipality_names"] = names(d.municipality_names);
  root["network_names"] = names(d.network_names);
  return json::serialize(root);
}

Result<PlanDocument> from_snapshot_json(std::string_view text_json) {
  boost::system::error_code ec;
  json::value parsed = json::parse(text_json, ec);
  if (ec || !parsed.is_object() || !parsed.as_object().contains("plan") || !parsed.at("plan").is_object())
    return Error::invalid("plans.error.snapshot");
  const auto& root = parsed.as_object();
  const auto& p = root.at("plan").as_object();
  PlanDocument d;
  d.plan.id = id_of(p, "id");
  d.plan.title = text(p, "title");
  d.plan.period_start = text(p, "period_start");
  d.plan.period_end = text(p, "period_end");
  d.plan.preamble = text(p, "preamble");
  d.plan.status = PlanStatus::adopted;
  for (const auto& v : array(root, "fields")) {
    if (!v.is_object()) continue;
    const auto& o = v.as_object();
    d.fields.push_back(PlanField{id_of(o, "id"), d.plan.id, static_cast<int>(id_of(o, "position")), text(o, "title"),
                                 text(o, "description")});
  }
  for (const auto& v : array(root, "goals")) {
    if (!v.is_object()) continue;
    const auto& o = v.as_object();
    d.goals.push_back(PlanGoal{id_of(o, "id"), id_of(o, "field_id"), static_cast<int>(id_of(o, "position")),
                               text(o, "title"), text(o, "description")});
  }
  for (const auto& v : array(root, "indicators")) {
    if (!v.is_object()) continue;
    const auto& o = v.as_object();
    d.indicators.push_back(PlanIndicator{id_of(o, "id"), id_of(o, "goal_id"), text(o, "name"), text(o, "unit"),
                                         number(o, "baseline"), number(o, "target_value"), text(o, "target_date")});
  }
  for (const auto& v : array(root, "measures")) {
    if (!v.is_object()) continue;
    const auto& o = v.as_object();
    PlanMeasure m = read_measure(o);
    d.measures.push_back(std::move(m));
  }
  d.organisation_names = name_map(root, "organisation_names");
  d.municipality_names = name_map(root, "municipality_names");
  d.network_names = name_map(root, "network_names");
  return d;
}

std::string measure_to_json(const PlanMeasure& measure) { return json::serialize(measure_object(measure)); }

Result<PlanMeasure> measure_from_json(std::string_view text_json) {
  boost::system::error_code ec;
  json::value parsed = json::parse(text_json, ec);
  if (ec || !parsed.is_object()) return Error::invalid("plans.error.snapshot");
  return read_measure(parsed.as_object());
}

}  // namespace bb::domain
