#include "services/plan_audit.hpp"

#include "domain/plan_snapshot.hpp"

#include <boost/json/parse.hpp>

namespace bb::services {

boost::json::object audit_fields(const domain::Plan& p) {
  return {{"title", p.title},
          {"period_start", p.period_start},
          {"period_end", p.period_end},
          {"preamble", p.preamble},
          {"status", std::string(domain::to_string(p.status))}};
}

boost::json::object audit_fields(const domain::PlanField& f) {
  return {{"title", f.title}, {"description", f.description}, {"position", f.position}};
}

boost::json::object audit_fields(const domain::PlanGoal& g) {
  return {{"field_id", g.field_id}, {"title", g.title}, {"description", g.description}, {"position", g.position}};
}

boost::json::object audit_fields(const domain::PlanIndicator& i) {
  return {{"goal_id", i.goal_id}, {"name", i.name},           {"unit", i.unit},
          {"baseline", i.baseline}, {"target_value", i.target_value}, {"target_date", i.target_date}};
}

// The measure's fields as in a snapshot, without its id.
boost::json::object audit_fields(const domain::PlanMeasure& m) {
  auto parsed = boost::json::parse(domain::measure_to_json(m));
  auto& o = parsed.as_object();
  o.erase("id");
  return o;
}

}  // namespace bb::services
