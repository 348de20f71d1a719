#include "services/plan_service.hpp"

#include "domain/plan_snapshot.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/plan_audit.hpp"
#include "services/plan_timeline.hpp"
#include "services/register_audit.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace bb::services {

namespace {

using domain::FieldErrors;
using domain::Id;
using domain::Role;
using storage::UnitOfWork;

bool is_staff(Role role) { return role == Role::admin || role == Role::staff; }

Result<void> require_staff(const PlanCaller& who) {
  if (is_staff(who.role)) return success();
  if (who.role == Role::partner) return Error::forbidden("plans.error.partner_propose");
  return Error::forbidden();
}

Error invalid(FieldErrors fields) { return Error::invalid("validation.form", std::move(fields)); }

Result<void> audit(UnitOfWork& uow, const PlanCaller& who, std::string_view action, std::string_view type, Id id,
                   boost::json::object before, boost::json::object after, std::int64_t now) {
  if (action == "update") {
    auto [b, a] = changed_fields(before, after);
    if (b.empty() && a.empty()) return success();
    before = std::move(b);
    after = std::move(a);
  }
  return record_audit(uow, who.actor,
                      {action, type, std::to_string(id), std::move(before), std::move(after), who.region_id}, now);
}

// The plan, which must exist in the caller's region and (for item writes) be editable.
Result<domain::PlanDocument> editable_document(UnitOfWork& uow, const PlanCaller& who, Id plan_id) {
  auto doc = uow.plans().document(who.region_id, plan_id);
  if (!doc) return doc.error();
  if (!doc->has_value()) return Error::not_found();
  if (!domain::is_editable((*doc)->plan.status)) return Error::conflict("plans.error.frozen");
  return std::move(**doc);
}

Result<domain::PlanDocument> existing_document(UnitOfWork& uow, Id region_id, Id plan_id) {
  auto doc = uow.plans().document(region_id, plan_id);
  if (!doc) return doc.error();
  if (!doc->has_value()) return Error::not_found();
  return std::move(**doc);
}

void tidy(domain::PlanMeasure& m) {
  m.title = domain::trim(m.title);
  m.description = domain::trim(m.description);
  m.target_groups = domain::trim(m.target_groups);
  m.start_on = domain::trim(m.start_on);
  m.end_on = domain::trim(m.end_on);
  m.resources = domain::trim(m.resources);
  m.risks = domain::trim(m.risks);
  m.anchoring_note = domain::trim(m.anchoring_note);
  auto unique = [](std::vector<Id>& ids) {
    std::vector<Id> out;
    for (Id id : ids)
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    ids = std::move(out);
  };
  unique(m.partner_organisation_ids);
  unique(m.municipality_ids);
}

// Every organisation, municipality and network a measure names must be in the region.
Result<void> check_measure_references(UnitOfWork& uow, Id region_id, const domain::PlanDocument& doc,
                                      const domain::PlanMeasure& m, FieldErrors& fields) {
  if (m.goal_id > 0 && !doc.goal(m.goal_id)) fields["goal_id"] = "validation.form";
  auto organisation_ok = [&](Id id) -> Result<bool> {
    auto found = uow.organisations().find(region_id, id);
    if (!found) return found.error();
    return found->has_value();
  };
  for (auto [field, id] : {std::pair<const char*, std::optional<Id>>{"lead_organisation_id", m.lead_organisation_id},
                           {"anchoring_organisation_id", m.anchoring_organisation_id}}) {
    if (!id) continue;
    auto ok = organisation_ok(*id);
    if (!ok) return ok.error();
    if (!*ok) fields[field] = "validation.organisation";
  }
  for (Id id : m.partner_organisation_ids) {
    auto ok = organisation_ok(id);
    if (!ok) return ok.error();
    if (!*ok) fields["partner_organisation_ids"] = "validation.organisation";
  }
  if (!m.municipality_ids.empty()) {
    auto all = uow.regions().municipalities(region_id);
    if (!all) return all.error();
    for (Id id : m.municipality_ids)
      if (std::none_of(all->begin(), all->end(), [&](const domain::Municipality& x) { return x.id == id; }))
        fields["municipality_ids"] = "validation.form";
  }
  for (const auto& link : m.links) {
    if (link.kind != domain::kLinkNetwork) {
      fields["links"] = "validation.form";
      continue;
    }
    auto found = uow.networks().find(region_id, link.target_id);
    if (!found) return found.error();
    if (!found->has_value()) fields["links"] = "validation.network";
  }
  return success();
}

Result<void> validate_measure(UnitOfWork& uow, Id region_id, const domain::PlanDocument& doc,
                              const domain::PlanMeasure& m) {
  FieldErrors fields = domain::validate(m);
  if (auto r = check_measure_references(uow, region_id, doc, m, fields); !r) return r;
  if (!fields.empty()) return invalid(std::move(fields));
  return success();
}

std::optional<Id> partner_organisation_of(UnitOfWork& uow, const PlanCaller& who) {
  if (who.role != Role::partner || !who.actor.user_id) return std::nullopt;
  auto own = uow.organisations().partner_organisation(who.region_id, *who.actor.user_id);
  if (!own || !own->has_value()) return std::nullopt;
  return **own;
}

int next_position(const auto& items) {
  int position = 0;
  for (const auto& item : items) position = std::max(position, item.position + 1);
  return position;
}

}  // namespace

// ===== the plan =====

Result<Id> PlanService::create_plan(const PlanCaller& who, domain::Plan p, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  p.title = domain::trim(p.title);
  p.preamble = domain::trim(p.preamble);
  p.status = domain::PlanStatus::draft;
  if (auto fields = domain::validate(p); !fields.empty()) return invalid(std::move(fields));
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto id = uow.plans().create(who.region_id, p, now);
    if (!id) return id.error();
    if (auto r = audit(uow, who, "create", "plan", *id, {}, audit_fields(p), now); !r) return r.error();
    return *id;
  });
}

Result<void> PlanService::update_plan(const PlanCaller& who, domain::Plan p, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  p.title = domain::trim(p.title);
  p.preamble = domain::trim(p.preamble);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.plans().find(who.region_id, p.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    // Frozen first: an adopted plan answers "adopted" whatever the input says.
    if (!domain::is_editable((*found)->status)) return Error::conflict("plans.error.frozen");
    auto fields = domain::validate(p);
    if (!domain::is_editable(p.status)) fields["status"] = "validation.form";
    if (!fields.empty()) return invalid(std::move(fields));
    auto updated = uow.plans().update(who.region_id, p, now);
    if (!updated) return updated.error();
    return audit(uow, who, "update", "plan", p.id, audit_fields(**found), audit_fields(p), now);
  });
}

Result<std::vector<domain::Plan>> PlanService::list_plans(Id region_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().list(region_id); });
}

Result<std::optional<domain::Plan>> PlanService::find_plan(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().find(region_id, plan_id); });
}

Result<std::optional<domain::PlanDocument>> PlanService::document(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().document(region_id, plan_id); });
}

// ===== items =====

Result<Id> PlanService::create_field(const PlanCaller& who, Id plan_id, domain::PlanField f, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  f.title = domain::trim(f.title);
  f.description = domain::trim(f.description);
  if (auto fields = domain::validate(f); !fields.empty()) return invalid(std::move(fields));
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    f.position = next_position(doc->fields);
    auto id = uow.plans().create_field(who.region_id, plan_id, f);
    if (!id) return id.error();
    if (auto r = audit(uow, who, "create", "plan_field", *id, {}, audit_fields(f), now); !r) return r.error();
    return *id;
  });
}

Result<void> PlanService::update_field(const PlanCaller& who, Id plan_id, domain::PlanField f, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  f.title = domain::trim(f.title);
  f.description = domain::trim(f.description);
  if (auto fields = domain::validate(f); !fields.empty()) return invalid(std::move(fields));
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->field(f.id);
    if (!old) return Error::not_found();
    f.position = old->position;
    if (auto r = uow.plans().update_field(who.region_id, plan_id, f); !r) return r.error();
    return audit(uow, who, "update", "plan_field", f.id, audit_fields(*old), audit_fields(f), now);
  });
}

Result<void> PlanService::delete_field(const PlanCaller& who, Id plan_id, Id field_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->field(field_id);
    if (!old) return Error::not_found();
    if (std::any_of(doc->goals.begin(), doc->goals.end(), [&](const auto& g) { return g.field_id == field_id; }))
      return Error::conflict("plans.error.field_has_goals");
    if (auto r = uow.plans().remove_field(who.region_id, plan_id, field_id); !r) return r.error();
    return audit(uow, who, "delete", "plan_field", field_id, audit_fields(*old), {}, now);
  });
}

Result<Id> PlanService::create_goal(const PlanCaller& who, Id plan_id, domain::PlanGoal g, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  g.title = domain::trim(g.title);
  g.description = domain::trim(g.description);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    auto fields = domain::validate(g);
    if (g.field_id > 0 && !doc->field(g.field_id)) fields["field_id"] = "validation.form";
    if (!fields.empty()) return invalid(std::move(fields));
    g.position = next_position(doc->goals);
    auto id = uow.plans().create_goal(who.region_id, plan_id, g);
    if (!id) return id.error();
    if (auto r = audit(uow, who, "create", "plan_goal", *id, {}, audit_fields(g), now); !r) return r.error();
    return *id;
  });
}

Result<void> PlanService::update_goal(const PlanCaller& who, Id plan_id, domain::PlanGoal g, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  g.title = domain::trim(g.title);
  g.description = domain::trim(g.description);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->goal(g.id);
    if (!old) return Error::not_found();
    auto fields = domain::validate(g);
    if (g.field_id > 0 && !doc->field(g.field_id)) fields["field_id"] = "validation.form";
    if (!fields.empty()) return invalid(std::move(fields));
    g.position = old->position;
    if (auto r = uow.plans().update_goal(who.region_id, plan_id, g); !r) return r.error();
    return audit(uow, who, "update", "plan_goal", g.id, audit_fields(*old), audit_fields(g), now);
  });
}

Result<void> PlanService::delete_goal(const PlanCaller& who, Id plan_id, Id goal_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->goal(goal_id);
    if (!old) return Error::not_found();
    if (std::any_of(doc->measures.begin(), doc->measures.end(), [&](const auto& m) { return m.goal_id == goal_id; }) ||
        std::any_of(doc->indicators.begin(), doc->indicators.end(), [&](const auto& i) { return i.goal_id == goal_id; }))
      return Error::conflict("plans.error.goal_has_items");
    if (auto r = uow.plans().remove_goal(who.region_id, plan_id, goal_id); !r) return r.error();
    return audit(uow, who, "delete", "plan_goal", goal_id, audit_fields(*old), {}, now);
  });
}

Result<Id> PlanService::create_indicator(const PlanCaller& who, Id plan_id, domain::PlanIndicator i, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  i.name = domain::trim(i.name);
  i.unit = domain::trim(i.unit);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    auto fields = domain::validate(i);
    if (!doc->goal(i.goal_id)) fields["goal_id"] = "validation.form";
    if (!fields.empty()) return invalid(std::move(fields));
    auto id = uow.plans().create_indicator(who.region_id, plan_id, i);
    if (!id) return id.error();
    if (auto r = audit(uow, who, "create", "plan_indicator", *id, {}, audit_fields(i), now); !r) return r.error();
    return *id;
  });
}

Result<void> PlanService::update_indicator(const PlanCaller& who, Id plan_id, domain::PlanIndicator i,
                                           std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  i.name = domain::trim(i.name);
  i.unit = domain::trim(i.unit);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->indicator(i.id);
    if (!old) return Error::not_found();
    auto fields = domain::validate(i);
    if (!doc->goal(i.goal_id)) fields["goal_id"] = "validation.form";
    if (!fields.empty()) return invalid(std::move(fields));
    if (auto r = uow.plans().update_indicator(who.region_id, plan_id, i); !r) return r.error();
    return audit(uow, who, "update", "plan_indicator", i.id, audit_fields(*old), audit_fields(i), now);
  });
}

Result<void> PlanService::delete_indicator(const PlanCaller& who, Id plan_id, Id indicator_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->indicator(indicator_id);
    if (!old) return Error::not_found();
    if (auto r = uow.plans().remove_indicator(who.region_id, plan_id, indicator_id); !r) return r.error();
    return audit(uow, who, "delete", "plan_indicator", indicator_id, audit_fields(*old), {}, now);
  });
}

Result<Id> PlanService::create_measure(const PlanCaller& who, Id plan_id, domain::PlanMeasure m, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(m);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    if (auto r = validate_measure(uow, who.region_id, *doc, m); !r) return r.error();
    m.position = next_position(doc->measures);
    auto id = uow.plans().create_measure(who.region_id, plan_id, m);
    if (!id) return id.error();
    if (auto r = uow.plans().add_status_change(who.region_id, *id, m.status, who.actor.user_id, now); !r)
      return r.error();
    if (auto r = audit(uow, who, "create", "plan_measure", *id, {}, audit_fields(m), now); !r) return r.error();
    return *id;
  });
}

namespace {
// Writes the new state of an existing measure with its audit entry and status history.
Result<void> write_measure(UnitOfWork& uow, const PlanCaller& who, Id plan_id, const domain::PlanMeasure& old,
                           domain::PlanMeasure m, std::int64_t now) {
  m.position = old.position;
  auto updated = uow.plans().update_measure(who.region_id, plan_id, m);
  if (!updated) return updated.error();
  if (m.status != old.status)
    if (auto r = uow.plans().add_status_change(who.region_id, m.id, m.status, who.actor.user_id, now); !r) return r;
  return audit(uow, who, "update", "plan_measure", m.id, audit_fields(old), audit_fields(m), now);
}
}  // namespace

Result<void> PlanService::update_measure(const PlanCaller& who, Id plan_id, domain::PlanMeasure m, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  tidy(m);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->measure(m.id);
    if (!old) return Error::not_found();
    if (auto r = validate_measure(uow, who.region_id, *doc, m); !r) return r;
    return write_measure(uow, who, plan_id, *old, m, now);
  });
}

Result<void> PlanService::delete_measure(const PlanCaller& who, Id plan_id, Id measure_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* old = doc->measure(measure_id);
    if (!old) return Error::not_found();
    if (auto r = uow.plans().remove_measure(who.region_id, plan_id, measure_id); !r) return r.error();
    return audit(uow, who, "delete", "plan_measure", measure_id, audit_fields(*old), {}, now);
  });
}

Result<void> PlanService::set_measure_status(const PlanCaller& who, Id plan_id, Id measure_id,
                                             domain::MeasureStatus status, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = existing_document(uow, who.region_id, plan_id);
    if (!doc) return doc.error();
    if (doc->plan.status == domain::PlanStatus::superseded) return Error::conflict("plans.error.frozen");
    const auto* old = doc->measure(measure_id);
    if (!old) return Error::not_found();
    if (old->status == status) return success();
    domain::PlanMeasure m = *old;
    m.status = status;
    return write_measure(uow, who, plan_id, *old, m, now);
  });
}

Result<void> PlanService::record_indicator_value(const PlanCaller& who, Id plan_id, domain::IndicatorValue v,
                                                 std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  v.period = domain::trim(v.period);
  v.note = domain::trim(v.note);
  if (auto fields = domain::validate(v); !fields.empty()) return invalid(std::move(fields));
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = existing_document(uow, who.region_id, plan_id);
    if (!doc) return doc.error();
    if (!doc->indicator(v.indicator_id)) return Error::not_found();
    if (auto r = uow.plans().put_indicator_value(who.region_id, v, now); !r) return r;
    return audit(uow, who, "create", "plan_indicator_value", v.indicator_id, {},
                 {{"period", v.period}, {"value", v.value}, {"note", v.note}}, now);
  });
}

// ===== versions =====

Result<int> PlanService::adopt(const PlanCaller& who, Id plan_id, domain::PlanVersion v, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  v.adopted_on = domain::trim(v.adopted_on);
  v.occasion = domain::trim(v.occasion);
  for (auto& a : v.agreements) {
    a.person = domain::trim(a.person);
    a.agreed_on = domain::trim(a.agreed_on);
  }
  return db_.write_value([&](UnitOfWork& uow) -> Result<int> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    auto fields = domain::validate(v);
    std::set<Id> seen;
    for (auto& a : v.agreements) {
      auto found = uow.organisations().find(who.region_id, a.organisation_id);
      if (!found) return found.error();
      if (!found->has_value() || !seen.insert(a.organisation_id).second) {
        fields["agreements"] = "validation.organisation";
        continue;
      }
      a.organisation_name = (*found)->name;
    }
    if (!fields.empty()) return invalid(std::move(fields));
    v.plan_id = plan_id;
    v.number = doc->plan.version_count + 1;
    v.snapshot_json = domain::to_snapshot_json(*doc);
    auto id = uow.plans().add_version(who.region_id, v, now);
    if (!id) return id.error();
    domain::Plan plan = doc->plan;
    plan.status = domain::PlanStatus::adopted;
    if (auto r = uow.plans().update(who.region_id, plan, now); !r) return r.error();
    boost::json::array agreed;
    for (const auto& a : v.agreements)
      agreed.push_back(boost::json::object{{"organisation", a.organisation_name}, {"person", a.person},
                                           {"agreed_on", a.agreed_on}});
    if (auto r = audit(uow, who, "adopt", "plan", plan_id, {},
                       {{"version", v.number}, {"adopted_on", v.adopted_on}, {"occasion", v.occasion},
                        {"agreements", std::move(agreed)}},
                       now);
        !r)
      return r.error();
    return v.number;
  });
}

Result<void> PlanService::start_revision(const PlanCaller& who, Id plan_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.plans().find(who.region_id, plan_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if ((*found)->status != domain::PlanStatus::adopted) return Error::conflict("plans.error.not_adopted");
    domain::Plan plan = **found;
    plan.status = domain::PlanStatus::draft;
    if (auto r = uow.plans().update(who.region_id, plan, now); !r) return r.error();
    return audit(uow, who, "revise", "plan", plan_id, {{"status", "adopted"}}, {{"status", "draft"}}, now);
  });
}

Result<std::vector<domain::PlanVersion>> PlanService::versions(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().versions(region_id, plan_id); });
}

Result<std::optional<domain::PlanVersion>> PlanService::version(Id region_id, Id plan_id, int number) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().version(region_id, plan_id, number); });
}

Result<domain::PlanDocument> PlanService::document_at(Id region_id, Id plan_id, int number) {
  if (number == 0) {
    auto doc = document(region_id, plan_id);
    if (!doc) return doc.error();
    if (!doc->has_value()) return Error::not_found();
    return std::move(**doc);
  }
  auto v = version(region_id, plan_id, number);
  if (!v) return v.error();
  if (!v->has_value()) return Error::not_found();
  auto doc = domain::from_snapshot_json((*v)->snapshot_json);
  if (!doc) return doc.error();
  doc->plan.region_id = region_id;
  doc->plan.version_count = number;
  return std::move(*doc);
}

Result<std::vector<domain::PlanChange>> PlanService::diff(Id region_id, Id plan_id, int from, int to) {
  auto older = document_at(region_id, plan_id, from);
  if (!older) return older.error();
  auto newer = document_at(region_id, plan_id, to);
  if (!newer) return newer.error();
  return domain::diff(*older, *newer);
}

// ===== partners =====

Result<Id> PlanService::add_comment(const PlanCaller& who, Id plan_id, domain::PlanComment c, std::int64_t now) {
  if (!is_staff(who.role) && who.role != Role::partner) return Error::forbidden();
  c.body = domain::trim(c.body);
  if (auto fields = domain::validate(c); !fields.empty()) return invalid(std::move(fields));
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto doc = existing_document(uow, who.region_id, plan_id);
    if (!doc) return doc.error();
    const bool exists = (c.item_type == "plan" && c.item_id == plan_id) ||
                        (c.item_type == "field" && doc->field(c.item_id)) ||
                        (c.item_type == "goal" && doc->goal(c.item_id)) ||
                        (c.item_type == "indicator" && doc->indicator(c.item_id)) ||
                        (c.item_type == "measure" && doc->measure(c.item_id));
    if (!exists) return Error::not_found();
    c.plan_id = plan_id;
    c.user_id = who.actor.user_id;
    c.created_at = now;
    auto id = uow.plans().add_comment(who.region_id, c);
    if (!id) return id.error();
    if (auto r = audit(uow, who, "create", "plan_comment", *id, {},
                       {{"item_type", c.item_type}, {"item_id", c.item_id}, {"body", c.body}}, now);
        !r)
      return r.error();
    return *id;
  });
}

Result<std::vector<domain::PlanComment>> PlanService::comments(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().comments(region_id, plan_id); });
}

Result<bool> PlanService::may_propose(const PlanCaller& who, const domain::PlanMeasure& measure) {
  return db_.read_value([&](UnitOfWork& uow) -> Result<bool> {
    const auto own = partner_organisation_of(uow, who);
    return own.has_value() && measure.involves(*own);
  });
}

Result<Id> PlanService::propose(const PlanCaller& who, Id plan_id, domain::PlanMeasure proposed, std::string reason,
                                std::int64_t now) {
  if (who.role != Role::partner) return Error::forbidden("plans.error.staff_edit_directly");
  tidy(proposed);
  reason = domain::trim(reason);
  if (reason.size() > 5000) return invalid({{"reason", "validation.too_long"}});
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    const auto* current = doc->measure(proposed.id);
    if (!current) return Error::not_found();
    const auto own = partner_organisation_of(uow, who);
    // Only measures the partner's organisation is part of, judged by the measure as it is now.
    if (!own || !current->involves(*own)) return Error::forbidden("plans.error.not_your_measure");
    proposed.goal_id = current->goal_id;
    proposed.position = current->position;
    if (auto r = validate_measure(uow, who.region_id, *doc, proposed); !r) return r.error();
    domain::PlanProposal p;
    p.plan_id = plan_id;
    p.measure_id = current->id;
    p.organisation_id = own;
    p.user_id = who.actor.user_id;
    p.proposed = proposed;
    p.reason = reason;
    p.created_at = now;
    auto id = uow.plans().add_proposal(who.region_id, p);
    if (!id) return id.error();
    auto [before, after] = changed_fields(audit_fields(*current), audit_fields(proposed));
    after["measure_id"] = current->id;
    if (auto r = audit(uow, who, "create", "plan_proposal", *id, std::move(before), std::move(after), now); !r)
      return r.error();
    return *id;
  });
}

Result<void> PlanService::decide(const PlanCaller& who, Id plan_id, Id proposal_id, bool accept, std::string note,
                                 std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  note = domain::trim(note);
  if (note.size() > 5000) return invalid({{"decision_note", "validation.too_long"}});
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto doc = editable_document(uow, who, plan_id);
    if (!doc) return doc.error();
    auto proposal = uow.plans().find_proposal(who.region_id, plan_id, proposal_id);
    if (!proposal) return proposal.error();
    if (!proposal->has_value()) return Error::not_found();
    if ((*proposal)->state != domain::ProposalState::open) return Error::conflict("plans.error.decided");
    if (accept) {
      const auto* current = doc->measure((*proposal)->measure_id);
      if (!current) return Error::not_found();
      domain::PlanMeasure m = (*proposal)->proposed;
      m.id = current->id;
      m.goal_id = current->goal_id;
      if (auto r = validate_measure(uow, who.region_id, *doc, m); !r) return r;
      if (auto r = write_measure(uow, who, plan_id, *current, m, now); !r) return r;
    }
    const auto state = accept ? domain::ProposalState::accepted : domain::ProposalState::rejected;
    auto decided = uow.plans().decide_proposal(who.region_id, proposal_id, state, who.actor.user_id.value_or(0), note, now);
    if (!decided) return decided.error();
    if (!*decided) return Error::conflict("plans.error.decided");
    return audit(uow, who, "update", "plan_proposal", proposal_id, {{"state", "open"}},
                 {{"state", std::string(domain::to_string(state))}, {"decision_note", note}}, now);
  });
}

Result<std::vector<domain::PlanProposal>> PlanService::proposals(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().proposals(region_id, plan_id); });
}

Result<std::vector<OrganisationMeasure>> PlanService::organisation_measures(Id region_id, Id organisation_id) {
  return db_.read_value([&](UnitOfWork& uow) -> Result<std::vector<OrganisationMeasure>> {
    auto plans = uow.plans().list(region_id);
    if (!plans) return plans.error();
    std::vector<OrganisationMeasure> out;
    for (const auto& plan : *plans) {
      if (plan.status == domain::PlanStatus::superseded) continue;
      auto doc = uow.plans().document(region_id, plan.id);
      if (!doc) return doc.error();
      if (!doc->has_value()) continue;
      for (const auto& m : (*doc)->measures) {
        std::string role;
        if (m.lead_organisation_id == organisation_id) {
          role = "lead";
        } else if (m.involves(organisation_id)) {
          role = "partner";
        } else if (m.anchoring_organisation_id == organisation_id) {
          role = "anchoring";
        } else {
          continue;
        }
        const auto* goal = (*doc)->goal(m.goal_id);
        out.push_back({plan, m, goal ? goal->title : std::string(), role});
      }
    }
    // What is due first: by end date (open ends last).
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      const auto& x = a.measure.end_on;
      const auto& y = b.measure.end_on;
      if (x.empty() != y.empty()) return y.empty();
      return x < y;
    });
    return out;
  });
}

// ===== progress =====

Result<std::vector<domain::IndicatorValue>> PlanService::indicator_values(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().indicator_values(region_id, plan_id); });
}

Result<std::vector<domain::MeasureStatusChange>> PlanService::status_history(Id region_id, Id plan_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.plans().status_history(region_id, plan_id); });
}


Result<PlanDashboard> PlanService::dashboard(Id region_id, Id plan_id, const std::string& today) {
  auto doc = document(region_id, plan_id);
  if (!doc) return doc.error();
  if (!doc->has_value()) return Error::not_found();
  auto values = indicator_values(region_id, plan_id);
  if (!values) return values.error();
  const auto& d = **doc;
  std::map<Id, double> latest;  // indicator -> latest actual (values come by period)
  for (const auto& v : *values) latest[v.indicator_id] = v.value;
  PlanDashboard out;
  const auto today_days = days_from_iso(today);
  const std::string soon = today_days ? iso_from_days(*today_days + 90) : today;
  std::map<Id, PartnerLoad> load;
  for (const auto& f : d.fields) {
    FieldProgress p;
    p.field = f;
    double sum = 0;
    int counted = 0;
    for (const auto& g : d.goals) {
      if (g.field_id != f.id) continue;
      for (const auto& m : d.measures) {
        if (m.goal_id != g.id) continue;
        ++p.measures;
        if (m.status == domain::MeasureStatus::done) ++p.done;
        if (m.status == domain::MeasureStatus::running) ++p.running;
      }
      for (const auto& i : d.indicators) {
        if (i.goal_id != g.id || !latest.contains(i.id) || i.target_value == i.baseline) continue;
        sum += std::clamp((latest[i.id] - i.baseline) / (i.target_value - i.baseline), 0.0, 1.0);
        ++counted;
      }
    }
    if (counted > 0) p.indicator_progress = sum / counted;
    out.fields.push_back(std::move(p));
  }
  for (const auto& m : d.measures) {
    const bool finished = m.status == domain::MeasureStatus::done || m.status == domain::MeasureStatus::stopped;
    if (!finished && !m.end_on.empty() && m.end_on < today) {
      out.overdue.push_back(m);
    } else if (m.status == domain::MeasureStatus::planned && !m.end_on.empty() && m.end_on <= soon) {
      out.at_risk.push_back(m);
    } else if (m.status == domain::MeasureStatus::planned && !m.start_on.empty() && m.start_on < today) {
      out.at_risk.push_back(m);  // should have started
    }
    if (m.anchoring_state == domain::AnchoringState::open || m.anchoring_state == domain::AnchoringState::talks)
      out.not_anchored.push_back(m);
    if (m.lead_organisation_id) ++load[*m.lead_organisation_id].leads;
    for (Id id : m.partner_organisation_ids) ++load[id].supports;
  }
  for (auto& [id, l] : load) {
    l.organisation_id = id;
    auto it = d.organisation_names.find(id);
    l.name = it != d.organisation_names.end() ? it->second : std::string();
    out.workload.push_back(l);
  }
  std::stable_sort(out.workload.begin(), out.workload.end(), [](const auto& a, const auto& b) {
    return a.leads + a.supports > b.leads + b.supports;
  });
  return out;
}

}  // namespace bb::services
