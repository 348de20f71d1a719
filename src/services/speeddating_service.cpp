#include "services/speeddating_service.hpp"

#include "domain/validation.hpp"
#include "matching/planner.hpp"
#include "services/audit.hpp"

#include <algorithm>

namespace bb::services {

namespace {

using domain::Id;
using domain::Role;
using storage::UnitOfWork;

Result<void> require_staff(const RegisterCaller& who) {
  if (who.role == Role::admin || who.role == Role::staff) return success();
  return Error::forbidden();
}

Error invalid(domain::FieldErrors fields) {
  return Error::invalid("validation.form", std::move(fields));
}

// The event, if it is in the caller's region and a speed-dating.
Result<domain::Event> speeddating_event(UnitOfWork& uow, Id region_id, Id event_id) {
  auto e = uow.events().find(region_id, event_id);
  if (!e) return e.error();
  if (!e->has_value()) return Error::not_found();
  if ((*e)->format != domain::EventFormat::azubi_speeddating) return Error::conflict("speeddating.error.not_speeddating");
  return std::move(**e);
}

Result<SpeeddatingData> load_in(UnitOfWork& uow, Id region_id, Id event_id) {
  SpeeddatingData d;
  auto e = speeddating_event(uow, region_id, event_id);
  if (!e) return e.error();
  d.event = std::move(*e);
  auto s = uow.speeddating().settings(region_id, event_id);
  if (!s) return s.error();
  if (s->has_value()) d.settings = **s;
  d.settings.event_id = event_id;
  auto y = uow.speeddating().youths(region_id, event_id);
  if (!y) return y.error();
  d.youths = std::move(*y);
  auto c = uow.speeddating().companies(region_id, event_id);
  if (!c) return c.error();
  d.companies = std::move(*c);
  auto p = uow.speeddating().preferences(region_id, event_id);
  if (!p) return p.error();
  d.preferences = std::move(*p);
  auto plan = uow.speeddating().plan(region_id, event_id);
  if (!plan) return plan.error();
  d.plan = std::move(*plan);
  return d;
}

Result<void> audit(UnitOfWork& uow, const RegisterCaller& who, std::string_view action, std::string_view type, Id id,
                   boost::json::object after, std::int64_t now) {
  return record_audit(uow, who.actor, AuditChange{action, type, std::to_string(id), {}, std::move(after), who.region_id},
                      now);
}

// Settings must exist before a plan is saved (the plan's figures live in that row).
Result<void> ensure_settings(UnitOfWork& uow, const RegisterCaller& who, const SpeeddatingData& d, std::int64_t now) {
  auto s = uow.speeddating().settings(who.region_id, d.event.id);
  if (!s) return s.error();
  if (s->has_value()) return success();
  return uow.speeddating().save_settings(who.region_id, d.settings, now);
}

boost::json::object plan_audit(const domain::SpeeddatingPlan& p) {
  return boost::json::object{{"talks", p.talks.size()}, {"objective", p.objective}, {"bound", p.bound},
                             {"method", p.method}, {"held_before", p.held_before}};
}

domain::SpeeddatingPlan to_domain(const SpeeddatingModel& model, const matching::Plan& plan) {
  domain::SpeeddatingPlan out;
  out.talks = from_engine(model, plan.talks);
  out.objective = plan.objective;
  out.bound = plan.bound;
  out.optimal = plan.optimal;
  out.method = matching::to_string(plan.method);
  return out;
}

std::int64_t objective_of(const matching::Instance& inst, const std::vector<matching::Talk>& talks) {
  std::int64_t total = 0;
  for (const auto& t : talks)
    for (const auto& p : inst.pairs)
      if (p.youth == t.youth && p.company == t.company) total += p.score;
  return total;
}

}  // namespace

// ----- model -----

SpeeddatingModel build_model(const SpeeddatingData& d) {
  SpeeddatingModel m;
  const int slots = d.settings.slots();
  m.instance.slots = slots;
  const auto window = [&](const std::optional<int>& first, const std::optional<int>& last) -> std::optional<matching::Window> {
    if (!first && !last) return std::nullopt;
    matching::Window w{std::clamp(first.value_or(0), 0, slots - 1), std::clamp(last.value_or(slots - 1), 0, slots - 1)};
    return w;
  };
  for (const auto& y : d.youths) {
    matching::Youth e;
    e.id = std::to_string(y.id);
    e.max_talks = std::clamp(y.max_talks, 0, slots);
    e.guaranteed_min = (y.prepared && !y.no_show) ? std::min(d.settings.guaranteed_min, e.max_talks) : 0;
    e.present = window(y.first_slot, y.last_slot);
    if (e.present) e.guaranteed_min = std::min(e.guaranteed_min, e.present->size());
    m.youth_index[y.id] = static_cast<int>(m.instance.youths.size());
    m.youth_ids.push_back(y.id);
    m.instance.youths.push_back(std::move(e));
  }
  for (const auto& c : d.companies) {
    matching::Company e;
    e.id = std::to_string(c.id);
    e.tables = c.tables;
    e.present = window(c.first_slot, c.last_slot);
    m.company_index[c.id] = static_cast<int>(m.instance.companies.size());
    m.company_ids.push_back(c.id);
    m.instance.companies.push_back(std::move(e));
  }
  std::map<std::pair<Id, Id>, std::vector<domain::SpeeddatingPreference>> by_pair;
  for (const auto& p : d.preferences) by_pair[{p.youth_id, p.company_id}].push_back(p);
  static const std::vector<domain::SpeeddatingPreference> none;
  for (std::size_t yi = 0; yi < d.youths.size(); ++yi) {
    const auto& y = d.youths[yi];
    if (y.no_show) continue;
    for (std::size_t ci = 0; ci < d.companies.size(); ++ci) {
      const auto& c = d.companies[ci];
      if (c.no_show) continue;
      auto it = by_pair.find({y.id, c.id});
      const auto facts = domain::pair_facts(y, c, it == by_pair.end() ? none : it->second);
      if (auto score = domain::pair_score(facts, d.settings.weights))
        m.instance.pairs.push_back({static_cast<int>(yi), static_cast<int>(ci), *score});
    }
  }
  return m;
}

std::vector<matching::Talk> to_engine(const SpeeddatingModel& m, const std::vector<domain::SpeeddatingTalk>& talks) {
  std::vector<matching::Talk> out;
  for (const auto& t : talks) {
    auto y = m.youth_index.find(t.youth_id);
    auto c = m.company_index.find(t.company_id);
    if (y == m.youth_index.end() || c == m.company_index.end()) continue;
    out.push_back({y->second, c->second, t.table, t.slot});
  }
  return out;
}

std::vector<domain::SpeeddatingTalk> from_engine(const SpeeddatingModel& m, const std::vector<matching::Talk>& talks) {
  std::vector<domain::SpeeddatingTalk> out;
  for (const auto& t : talks)
    out.push_back({m.youth_ids[static_cast<std::size_t>(t.youth)], m.company_ids[static_cast<std::size_t>(t.company)],
                   t.table, t.slot});
  return out;
}

matching::Fairness fairness_of(const SpeeddatingData& data) {
  const auto model = build_model(data);
  return matching::compute_fairness(model.instance, data.plan ? to_engine(model, data.plan->talks)
                                                              : std::vector<matching::Talk>{});
}

// ----- reads -----

Result<SpeeddatingData> SpeeddatingService::load(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return load_in(uow, region_id, event_id); });
}

// ----- settings and participants -----

Result<void> SpeeddatingService::save_settings(const RegisterCaller& who, domain::SpeeddatingSettings s, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto e = speeddating_event(uow, who.region_id, s.event_id);
    if (!e) return e.error();
    auto fields = domain::validate(s);
    if (!fields.empty()) return invalid(std::move(fields));
    if (auto r = uow.speeddating().save_settings(who.region_id, s, now); !r) return r.error();
    return audit(uow, who, "update", "speeddating_settings", s.event_id,
                 {{"slots", s.slots()}, {"weight_occupation", s.weights.occupation}, {"weight_wish", s.weights.wish},
                  {"weight_language", s.weights.language}, {"weight_distance", s.weights.distance}},
                 now);
  });
}

namespace {
void tidy(domain::SpeeddatingYouth& y) {
  y.name = domain::trim(y.name);
  y.school = domain::trim(y.school);
}
void tidy(domain::SpeeddatingCompany& c) {
  c.name = domain::trim(c.name);
}
}  // namespace

Result<Id> SpeeddatingService::add_youth(const RegisterCaller& who, domain::SpeeddatingYouth y, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(y);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto d = load_in(uow, who.region_id, y.event_id);
    if (!d) return d.error();
    auto fields = domain::validate(y, d->settings.slots());
    if (!fields.empty()) return invalid(std::move(fields));
    auto id = uow.speeddating().add_youth(who.region_id, y, now);
    if (!id) return id.error();
    if (auto a = audit(uow, who, "create", "speeddating_youth", *id, {{"name", y.name}}, now); !a) return a.error();
    return *id;
  });
}

Result<void> SpeeddatingService::update_youth(const RegisterCaller& who, domain::SpeeddatingYouth y, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(y);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto d = load_in(uow, who.region_id, y.event_id);
    if (!d) return d.error();
    auto fields = domain::validate(y, d->settings.slots());
    if (!fields.empty()) return invalid(std::move(fields));
    auto changed = uow.speeddating().update_youth(who.region_id, y, now);
    if (!changed) return changed.error();
    if (!*changed) return Error::not_found();
    return audit(uow, who, "update", "speeddating_youth", y.id, {{"name", y.name}, {"no_show", y.no_show}}, now);
  });
}

Result<void> SpeeddatingService::remove_youth(const RegisterCaller& who, Id event_id, Id youth_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto e = speeddating_event(uow, who.region_id, event_id);
    if (!e) return e.error();
    auto changed = uow.speeddating().remove_youth(who.region_id, event_id, youth_id);
    if (!changed) return changed.error();
    if (!*changed) return Error::not_found();
    return audit(uow, who, "delete", "speeddating_youth", youth_id, {}, now);
  });
}

Result<Id> SpeeddatingService::add_company(const RegisterCaller& who, domain::SpeeddatingCompany c, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(c);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto d = load_in(uow, who.region_id, c.event_id);
    if (!d) return d.error();
    auto fields = domain::validate(c, d->settings.slots());
    if (c.organisation_id) {
      auto o = uow.organisations().find(who.region_id, *c.organisation_id);
      if (!o) return o.error();
      if (!o->has_value()) fields["organisation_id"] = "speeddating.error.organisation";
    }
    if (!fields.empty()) return invalid(std::move(fields));
    auto id = uow.speeddating().add_company(who.region_id, c, now);
    if (!id) return id.error();
    if (auto a = audit(uow, who, "create", "speeddating_company", *id, {{"name", c.name}}, now); !a) return a.error();
    return *id;
  });
}

Result<void> SpeeddatingService::update_company(const RegisterCaller& who, domain::SpeeddatingCompany c, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(c);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto d = load_in(uow, who.region_id, c.event_id);
    if (!d) return d.error();
    auto fields = domain::validate(c, d->settings.slots());
    if (c.organisation_id) {
      auto o = uow.organisations().find(who.region_id, *c.organisation_id);
      if (!o) return o.error();
      if (!o->has_value()) fields["organisation_id"] = "speeddating.error.organisation";
    }
    if (!fields.empty()) return invalid(std::move(fields));
    auto changed = uow.speeddating().update_company(who.region_id, c, now);
    if (!changed) return changed.error();
    if (!*changed) return Error::not_found();
    return audit(uow, who, "update", "speeddating_company", c.id, {{"name", c.name}, {"no_show", c.no_show}}, now);
  });
}

Result<void> SpeeddatingService::remove_company(const RegisterCaller& who, Id event_id, Id company_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto e = speeddating_event(uow, who.region_id, event_id);
    if (!e) return e.error();
    auto changed = uow.speeddating().remove_company(who.region_id, event_id, company_id);
    if (!changed) return changed.error();
    if (!*changed) return Error::not_found();
    return audit(uow, who, "delete", "speeddating_company", company_id, {}, now);
  });
}

Result<void> SpeeddatingService::add_preference(const RegisterCaller& who, Id event_id, domain::SpeeddatingPreference p,
                                                std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto d = load_in(uow, who.region_id, event_id);
    if (!d) return d.error();
    domain::FieldErrors fields;
    if (std::none_of(d->youths.begin(), d->youths.end(), [&](const auto& y) { return y.id == p.youth_id; }))
      fields["youth_id"] = "speeddating.error.unknown_youth";
    if (std::none_of(d->companies.begin(), d->companies.end(), [&](const auto& c) { return c.id == p.company_id; }))
      fields["company_id"] = "speeddating.error.unknown_company";
    if (!fields.empty()) return invalid(std::move(fields));
    if (auto r = uow.speeddating().add_preference(who.region_id, event_id, p); !r) return r.error();
    return audit(uow, who, "create", "speeddating_preference", event_id,
                 {{"youth_id", p.youth_id}, {"company_id", p.company_id}, {"kind", std::string(domain::to_string(p.kind))}},
                 now);
  });
}

Result<void> SpeeddatingService::remove_preference(const RegisterCaller& who, Id event_id,
                                                   domain::SpeeddatingPreference p, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto e = speeddating_event(uow, who.region_id, event_id);
    if (!e) return e.error();
    auto changed = uow.speeddating().remove_preference(who.region_id, event_id, p);
    if (!changed) return changed.error();
    if (!*changed) return Error::not_found();
    return audit(uow, who, "delete", "speeddating_preference", event_id,
                 {{"youth_id", p.youth_id}, {"company_id", p.company_id}, {"kind", std::string(domain::to_string(p.kind))}},
                 now);
  });
}

// ----- planning -----

Result<domain::SpeeddatingPlan> SpeeddatingService::compute_plan(const RegisterCaller& who, Id event_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<domain::SpeeddatingPlan> {
    auto d = load_in(uow, who.region_id, event_id);
    if (!d) return d.error();
    if (d->youths.empty() || d->companies.empty()) return Error::conflict("speeddating.error.nobody");
    const auto model = build_model(*d);
    auto plan = matching::plan(model.instance);
    if (!plan) return Error::internal("speeddating: " + plan.error().message);
    auto out = to_domain(model, *plan);
    out.updated_at = now;
    if (auto r = ensure_settings(uow, who, *d, now); !r) return r.error();
    if (auto r = uow.speeddating().save_plan(who.region_id, event_id, out, now); !r) return r.error();
    if (auto a = audit(uow, who, "plan", "speeddating", event_id, plan_audit(out), now); !a) return a.error();
    return out;
  });
}

namespace {

EditOutcome describe(const SpeeddatingData& d, const SpeeddatingModel& m, const std::vector<matching::Conflict>& conflicts) {
  EditOutcome out;
  for (const auto& c : conflicts) {
    SpeeddatingConflict sc;
    sc.kind = matching::to_string(c.kind);
    sc.hard = c.hard;
    if (c.youth >= 0 && static_cast<std::size_t>(c.youth) < m.youth_ids.size())
      sc.youth = d.youths[static_cast<std::size_t>(c.youth)].name;
    if (c.company >= 0 && static_cast<std::size_t>(c.company) < m.company_ids.size())
      sc.company = d.companies[static_cast<std::size_t>(c.company)].name;
    sc.slot = c.slot;
    out.conflicts.push_back(std::move(sc));
  }
  return out;
}

// Saves the edited talks unless a hard conflict arose. The objective is recomputed; the
// bound stays that of the last computed plan (an edit cannot raise the optimum).
Result<EditOutcome> save_edit(UnitOfWork& uow, const RegisterCaller& who, const SpeeddatingData& d,
                              const SpeeddatingModel& m, const matching::EditResult& edit, std::int64_t now) {
  auto out = describe(d, m, edit.conflicts);
  if (std::any_of(edit.conflicts.begin(), edit.conflicts.end(), [](const auto& c) { return c.hard; })) return out;
  auto plan = *d.plan;
  plan.talks = from_engine(m, edit.talks);
  plan.objective = objective_of(m.instance, edit.talks);
  plan.optimal = plan.objective == plan.bound;
  plan.method = "edited";
  if (auto r = uow.speeddating().save_plan(who.region_id, d.event.id, plan, now); !r) return r.error();
  if (auto a = audit(uow, who, "edit", "speeddating", d.event.id, plan_audit(plan), now); !a) return a.error();
  out.saved = true;
  return out;
}

std::optional<std::size_t> talk_index(const std::vector<matching::Talk>& talks, const SpeeddatingModel& m, Id youth_id,
                                      Id company_id) {
  auto y = m.youth_index.find(youth_id);
  auto c = m.company_index.find(company_id);
  if (y == m.youth_index.end() || c == m.company_index.end()) return std::nullopt;
  for (std::size_t i = 0; i < talks.size(); ++i)
    if (talks[i].youth == y->second && talks[i].company == c->second) return i;
  return std::nullopt;
}

}  // namespace

Result<EditOutcome> SpeeddatingService::move_talk(const RegisterCaller& who, Id event_id, Id youth_id, Id company_id,
                                                  int slot, int table, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<EditOutcome> {
    auto d = load_in(uow, who.region_id, event_id);
    if (!d) return d.error();
    if (!d->plan) return Error::conflict("speeddating.error.no_plan");
    domain::FieldErrors fields;
    if (slot < 0 || slot >= d->settings.slots()) fields["slot"] = "speeddating.error.slot_range";
    if (table < 0) fields["table"] = "speeddating.error.table_range";
    if (!fields.empty()) return invalid(std::move(fields));
    const auto m = build_model(*d);
    const auto talks = to_engine(m, d->plan->talks);
    auto index = talk_index(talks, m, youth_id, company_id);
    if (!index) return Error::not_found("speeddating.error.no_talk");
    auto edit = matching::move_talk(m.instance, talks, *index, slot, table);
    if (!edit) return invalid({{"slot", "speeddating.error.slot_range"}});
    return save_edit(uow, who, *d, m, *edit, now);
  });
}

Result<EditOutcome> SpeeddatingService::swap_talks(const RegisterCaller& who, Id event_id, domain::SpeeddatingTalk a,
                                                   domain::SpeeddatingTalk b, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<EditOutcome> {
    auto d = load_in(uow, who.region_id, event_id);
    if (!d) return d.error();
    if (!d->plan) return Error::conflict("speeddating.error.no_plan");
    const auto m = build_model(*d);
    const auto talks = to_engine(m, d->plan->talks);
    auto ia = talk_index(talks, m, a.youth_id, a.company_id);
    auto ib = talk_index(talks, m, b.youth_id, b.company_id);
    if (!ia || !ib) return Error::not_found("speeddating.error.no_talk");
    auto edit = matching::swap_talks(m.instance, talks, *ia, *ib);
    if (!edit) return Error::conflict("speeddating.error.no_talk");
    return save_edit(uow, who, *d, m, *edit, now);
  });
}

Result<domain::SpeeddatingPlan> SpeeddatingService::replan(const RegisterCaller& who, Id event_id, int from_slot,
                                                           std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<domain::SpeeddatingPlan> {
    auto d = load_in(uow, who.region_id, event_id);
    if (!d) return d.error();
    if (!d->plan) return Error::conflict("speeddating.error.no_plan");
    if (from_slot < 0 || from_slot >= d->settings.slots())
      return invalid({{"from_slot", "speeddating.error.slot_range"}});
    // The model without the no-shows' absence: their talks before from_slot did happen and
    // must stay valid pairs; replan() itself keeps them out of the rest.
    SpeeddatingData present = *d;
    for (auto& y : present.youths) y.no_show = false;
    for (auto& c : present.companies) c.no_show = false;
    const auto m = build_model(present);
    matching::NoShows no_shows;
    for (std::size_t i = 0; i < d->youths.size(); ++i)
      if (d->youths[i].no_show) no_shows.youths.push_back(static_cast<int>(i));
    for (std::size_t i = 0; i < d->companies.size(); ++i)
      if (d->companies[i].no_show) no_shows.companies.push_back(static_cast<int>(i));
    auto plan = matching::replan(m.instance, to_engine(m, d->plan->talks), from_slot, no_shows);
    if (!plan) return Error::internal("speeddating: " + plan.error().message);
    auto out = to_domain(m, *plan);
    out.held_before = from_slot;
    out.updated_at = now;
    if (auto r = uow.speeddating().save_plan(who.region_id, event_id, out, now); !r) return r.error();
    if (auto a = audit(uow, who, "replan", "speeddating", event_id, plan_audit(out), now); !a) return a.error();
    return out;
  });
}

}  // namespace bb::services
