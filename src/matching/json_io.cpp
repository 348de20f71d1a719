#include "matching/json_io.hpp"

#include "matching/validate.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace bb::matching {
namespace json = boost::json;

namespace {

Error invalid(const std::string& field, const std::string& problem) {
  return Error::invalid(field + ": " + problem, {{field, problem}});
}

std::string id_text(const json::value& id) {
  if (id.is_string()) return std::string(id.get_string());
  if (id.is_int64()) return std::to_string(id.get_int64());
  if (id.is_uint64()) return std::to_string(id.get_uint64());
  return {};
}

// Accepts integers, and floating-point numbers that hold an integer (1.0), within [lo, hi].
Result<std::int64_t> integer(const json::value& v, const std::string& field, std::int64_t lo, std::int64_t hi,
                             const std::string& who) {
  std::int64_t n = 0;
  if (v.is_int64()) {
    n = v.get_int64();
  } else if (v.is_uint64()) {
    if (v.get_uint64() > static_cast<std::uint64_t>(hi)) return invalid(field, "too large" + who);
    n = static_cast<std::int64_t>(v.get_uint64());
  } else if (v.is_double() && std::isfinite(v.get_double()) && std::trunc(v.get_double()) == v.get_double() &&
             std::fabs(v.get_double()) < 9e15) {
    n = static_cast<std::int64_t>(v.get_double());
  } else {
    return invalid(field, "must be an integer" + who);
  }
  if (n < lo || n > hi) {
    return invalid(field, "must be between " + std::to_string(lo) + " and " + std::to_string(hi) + who);
  }
  return n;
}

Result<std::optional<Window>> window(const json::object& o, const std::string& field, const std::string& who) {
  const json::value* v = o.if_contains("present");
  if (v == nullptr || v->is_null()) return std::optional<Window>{};
  if (!v->is_array() || v->get_array().size() != 2) {
    return invalid(field + ".present", "must be [first_slot, last_slot]" + who);
  }
  const auto& a = v->get_array();
  auto first = integer(a[0], field + ".present[0]", 0, kMaxSlots, who);
  if (!first) return std::move(first).error();
  auto last = integer(a[1], field + ".present[1]", 0, kMaxSlots, who);
  if (!last) return std::move(last).error();
  return std::optional<Window>{Window{static_cast<int>(*first), static_cast<int>(*last)}};
}

Result<const json::array*> array_field(const json::object& root, const char* key) {
  const json::value* v = root.if_contains(key);
  if (v == nullptr) return invalid(key, "missing");
  if (!v->is_array()) return invalid(key, "must be an array");
  return &v->get_array();
}

Result<json::value> id_field(const json::object& o, const char* key, const std::string& field) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return invalid(field + "." + key, "missing");
  if (!(v->is_string() || v->is_int64() || v->is_uint64()) || id_text(*v).empty()) {
    return invalid(field + "." + key, "must be a non-empty string or an integer");
  }
  return *v;
}

}  // namespace

Result<ParsedInstance> parse_instance(std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) return invalid("input", "not valid JSON (" + ec.message() + ")");
  return parse_instance(v);
}

Result<ParsedInstance> parse_instance(const json::value& root_value) {
  if (!root_value.is_object()) return invalid("input", "must be a JSON object");
  const json::object& root = root_value.get_object();
  ParsedInstance out;
  Instance& inst = out.instance;

  const json::value* slots = root.if_contains("slots");
  if (slots == nullptr) return invalid("slots", "missing");
  auto n = integer(*slots, "slots", 1, kMaxSlots, "");
  if (!n) return std::move(n).error();
  inst.slots = static_cast<int>(*n);

  auto youths = array_field(root, "youths");
  if (!youths) return std::move(youths).error();
  std::unordered_map<std::string, int> youth_index;
  for (std::size_t i = 0; i < (*youths)->size(); ++i) {
    const std::string field = "youths[" + std::to_string(i) + "]";
    const json::value& item = (**youths)[i];
    if (!item.is_object()) return invalid(field, "must be an object");
    const json::object& o = item.get_object();
    auto id = id_field(o, "id", field);
    if (!id) return std::move(id).error();
    Youth y;
    y.id = id_text(*id);
    const std::string who = " (youth \"" + y.id + "\")";
    if (!youth_index.emplace(y.id, static_cast<int>(i)).second) return invalid(field + ".id", "duplicate" + who);
    const json::value* max = o.if_contains("max_talks");
    if (max == nullptr) return invalid(field + ".max_talks", "missing" + who);
    auto max_talks = integer(*max, field + ".max_talks", 0, inst.slots, who);
    if (!max_talks) return std::move(max_talks).error();
    y.max_talks = static_cast<int>(*max_talks);
    if (const json::value* g = o.if_contains("guaranteed_min"); g != nullptr && !g->is_null()) {
      auto guaranteed = integer(*g, field + ".guaranteed_min", 0, y.max_talks, who);
      if (!guaranteed) return std::move(guaranteed).error();
      y.guaranteed_min = static_cast<int>(*guaranteed);
    }
    auto present = window(o, field, who);
    if (!present) return std::move(present).error();
    y.present = *present;
    inst.youths.push_back(std::move(y));
    out.youth_ids.push_back(*id);
  }

  auto companies = array_field(root, "companies");
  if (!companies) return std::move(companies).error();
  std::unordered_map<std::string, int> company_index;
  for (std::size_t i = 0; i < (*companies)->size(); ++i) {
    const std::string field = "companies[" + std::to_string(i) + "]";
    const json::value& item = (**companies)[i];
    if (!item.is_object()) return invalid(field, "must be an object");
    const json::object& o = item.get_object();
    auto id = id_field(o, "id", field);
    if (!id) return std::move(id).error();
    Company c;
    c.id = id_text(*id);
    const std::string who = " (company \"" + c.id + "\")";
    if (!company_index.emplace(c.id, static_cast<int>(i)).second) return invalid(field + ".id", "duplicate" + who);
    const json::value* tables = o.if_contains("tables");
    if (tables == nullptr) return invalid(field + ".tables", "missing" + who);
    auto t = integer(*tables, field + ".tables", 0, kMaxTables, who);
    if (!t) return std::move(t).error();
    c.tables = static_cast<int>(*t);
    auto present = window(o, field, who);
    if (!present) return std::move(present).error();
    c.present = *present;
    inst.companies.push_back(std::move(c));
    out.company_ids.push_back(*id);
  }

  auto pairs = array_field(root, "pairs");
  if (!pairs) return std::move(pairs).error();
  inst.pairs.reserve((*pairs)->size());
  for (std::size_t i = 0; i < (*pairs)->size(); ++i) {
    const std::string field = "pairs[" + std::to_string(i) + "]";
    const json::value& item = (**pairs)[i];
    if (!item.is_object()) return invalid(field, "must be an object");
    const json::object& o = item.get_object();
    auto youth = id_field(o, "youth", field);
    if (!youth) return std::move(youth).error();
    auto company = id_field(o, "company", field);
    if (!company) return std::move(company).error();
    const auto y = youth_index.find(id_text(*youth));
    if (y == youth_index.end()) return invalid(field + ".youth", "unknown youth \"" + id_text(*youth) + "\"");
    const auto c = company_index.find(id_text(*company));
    if (c == company_index.end()) return invalid(field + ".company", "unknown company \"" + id_text(*company) + "\"");
    const std::string who = " (youth \"" + y->first + "\", company \"" + c->first + "\")";
    const json::value* score = o.if_contains("score");
    if (score == nullptr) return invalid(field + ".score", "missing" + who);
    auto s = integer(*score, field + ".score", -kMaxAbsScore, kMaxAbsScore, who);
    if (!s) return std::move(s).error();
    inst.pairs.push_back({y->second, c->second, *s});
  }
  if (auto valid = validate(inst); !valid) return std::move(valid).error();
  return out;
}

namespace {

json::object to_json(const Plan& plan, const auto& youth_id, const auto& company_id) {
  json::array talks;
  talks.reserve(plan.talks.size());
  for (const Talk& t : plan.talks) {
    talks.push_back(json::object{{"youth", youth_id(t.youth)}, {"company", company_id(t.company)},
                                 {"table", t.table}, {"slot", t.slot}});
  }
  const Fairness& f = plan.fairness;
  return json::object{
      {"objective", plan.objective},
      {"bound", plan.bound},
      {"optimal", plan.optimal},
      {"method", to_string(plan.method)},
      {"slots_used", plan.slots_used},
      {"guarantee_shortfall", plan.guarantee_shortfall},
      {"talks", std::move(talks)},
      {"fairness", json::object{{"min_talks", f.min_talks},
                                {"mean_talks", f.mean_talks},
                                {"share_guaranteed_met", f.share_guaranteed_met},
                                {"share_first_choice_met", f.share_first_choice_met},
                                {"table_utilisation", f.table_utilisation}}},
  };
}

}  // namespace

json::object plan_to_json(const Plan& plan, const ParsedInstance& parsed) {
  return to_json(
      plan, [&](int y) { return parsed.youth_ids[static_cast<std::size_t>(y)]; },
      [&](int c) { return parsed.company_ids[static_cast<std::size_t>(c)]; });
}

json::object plan_to_json(const Plan& plan, const Instance& instance) {
  return to_json(
      plan, [&](int y) { return json::value(instance.youths[static_cast<std::size_t>(y)].id); },
      [&](int c) { return json::value(instance.companies[static_cast<std::size_t>(c)].id); });
}

}  // namespace bb::matching
