// The migration-sensitivity check (issue 5): the criteria catalogue of a region and the
// assessments of offers against it; and the needs (Bedarfe) organisations report.
#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/offer_audit.hpp"
#include "services/offer_service.hpp"
#include "services/register_audit.hpp"

#include <algorithm>
#include <set>

namespace bb::services {

namespace {

using domain::FieldErrors;
using domain::Id;
using domain::Role;
using storage::UnitOfWork;

Result<void> require_admin(const OfferCaller& who) {
  if (who.role == Role::admin) return success();
  return Error::forbidden();
}

Result<void> require_staff(const OfferCaller& who) {
  if (who.role == Role::admin || who.role == Role::staff) return success();
  return Error::forbidden();
}

// Seeds the default catalogue into a region that never had one (inside the caller's transaction).
Result<void> seed_defaults(UnitOfWork& uow, Id region_id, std::int64_t now) {
  auto seeded = uow.criteria().seeded(region_id);
  if (!seeded) return seeded.error();
  if (*seeded) return success();
  int position = 0;
  for (auto key : domain::kDefaultCriteria) {
    domain::Criterion c;
    c.key = std::string(key);
    c.weight = 1;
    c.position = position++;
    if (auto id = uow.criteria().create(region_id, c); !id) return id.error();
  }
  return uow.criteria().mark_seeded(region_id, now);
}

void tidy(domain::Criterion& c) {
  c.label = domain::trim(c.label);
  c.description = domain::trim(c.description);
}

}  // namespace

CriterionLabel label_of(const domain::Criterion& c) {
  if (!c.label.empty() || !domain::is_default_criterion(c.key)) return {c.label, {}};
  return {{}, "offers.criterion." + c.key};
}

Result<std::vector<domain::Criterion>> AssessmentService::criteria(domain::Id region_id, std::int64_t now) {
  auto seeded = db_.read_value([&](UnitOfWork& uow) { return uow.criteria().seeded(region_id); });
  if (!seeded) return seeded.error();
  if (!*seeded) {
    auto done = db_.write([&](UnitOfWork& uow) { return seed_defaults(uow, region_id, now); });
    if (!done) return done.error();
  }
  return db_.read_value([&](UnitOfWork& uow) { return uow.criteria().list(region_id); });
}

Result<domain::Id> AssessmentService::create_criterion(const OfferCaller& who, domain::Criterion c, std::int64_t now) {
  if (auto r = require_admin(who); !r) return r.error();
  tidy(c);
  // A region's own criterion: "custom_" + a slug of its label, numbered if taken.
  const std::string base = "custom_" + domain::custom_type_key(c.label).substr(std::string("custom_").size());
  c.key = base;
  if (auto fields = domain::validate(c); !fields.empty()) return Error::invalid("validation.form", std::move(fields));
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = seed_defaults(uow, who.region_id, now); !r) return r.error();
    auto existing = uow.criteria().list(who.region_id);
    if (!existing) return existing.error();
    for (const auto& e : *existing)
      if (!e.label.empty() && domain::normalise_for_search(e.label) == domain::normalise_for_search(c.label))
        return Error::invalid("validation.form", {{"label", "validation.criterion_exists"}});
    for (int n = 2; std::any_of(existing->begin(), existing->end(), [&](const auto& e) { return e.key == c.key; }); ++n)
      c.key = base + "_" + std::to_string(n);
    if (c.position == 0) c.position = static_cast<int>(existing->size());
    auto id = uow.criteria().create(who.region_id, c);
    if (!id) return id.error();
    auto audited = record_audit(uow, who.actor,
                                {"create", "criterion", std::to_string(*id), {}, audit_fields(c), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> AssessmentService::update_criterion(const OfferCaller& who, domain::Criterion c, std::int64_t now) {
  if (auto r = require_admin(who); !r) return r;
  tidy(c);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto all = uow.criteria().list(who.region_id);
    if (!all) return all.error();
    const auto found = std::find_if(all->begin(), all->end(), [&](const auto& e) { return e.id == c.id; });
    if (found == all->end()) return Error::not_found();
    c.key = found->key;  // the key never changes
    if (auto fields = domain::validate(c); !fields.empty()) return Error::invalid("validation.form", std::move(fields));
    const auto before = audit_fields(*found);
    const auto after = audit_fields(c);
    if (before == after) return success();
    auto updated = uow.criteria().update(who.region_id, c);
    if (!updated) return updated.error();
    auto [b, a] = changed_fields(before, after);
    return record_audit(uow, who.actor,
                        {"update", "criterion", std::to_string(c.id), std::move(b), std::move(a), who.region_id}, now);
  });
}

Result<void> AssessmentService::delete_criterion(const OfferCaller& who, domain::Id criterion_id, std::int64_t now) {
  if (auto r = require_admin(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto all = uow.criteria().list(who.region_id);
    if (!all) return all.error();
    const auto found = std::find_if(all->begin(), all->end(), [&](const auto& e) { return e.id == criterion_id; });
    if (found == all->end()) return Error::not_found();
    auto uses = uow.criteria().uses(who.region_id, criterion_id);
    if (!uses) return uses.error();
    if (*uses > 0) return Error::conflict("error.criterion_in_use", {{"assessments", "error.in_use.assessments"}});
    auto removed = uow.criteria().remove(who.region_id, criterion_id);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"delete", "criterion", std::to_string(criterion_id), audit_fields(*found), {}, who.region_id},
                        now);
  });
}

Result<domain::Id> AssessmentService::create_assessment(const OfferCaller& who, domain::Assessment a,
                                                        std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  a.assessed_on = domain::trim(a.assessed_on);
  a.next_review_on = domain::trim(a.next_review_on);
  a.note = domain::trim(a.note);
  a.assessor_name = domain::trim(a.assessor_name);
  a.assessor_id = who.actor.user_id;
  std::vector<std::string> actions;
  for (const auto& action : a.actions)
    if (auto t = domain::trim(action); !t.empty()) actions.push_back(std::move(t));
  a.actions = std::move(actions);
  for (auto& r : a.ratings) r.evidence = domain::trim(r.evidence);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = seed_defaults(uow, who.region_id, now); !r) return r.error();
    FieldErrors fields = domain::validate(a);
    if (a.offer_id > 0) {
      auto offer = uow.offers().find(who.region_id, a.offer_id);
      if (!offer) return offer.error();
      if (!offer->has_value()) fields["offer_id"] = "validation.offer";
    }
    auto criteria = uow.criteria().list(who.region_id);
    if (!criteria) return criteria.error();
    // Every active criterion once, nothing else; in the catalogue's order.
    std::vector<domain::Rating> ordered;
    std::vector<int> weights;
    std::set<Id> rated;
    for (const auto& r : a.ratings) {
      const auto c = std::find_if(criteria->begin(), criteria->end(), [&](const auto& e) { return e.id == r.criterion_id; });
      if (c == criteria->end() || !c->active || !rated.insert(r.criterion_id).second)
        fields["rating_" + std::to_string(r.criterion_id)] = "validation.criterion";
    }
    for (const auto& c : *criteria) {
      if (!c.active) continue;
      const auto r = std::find_if(a.ratings.begin(), a.ratings.end(), [&](const auto& e) { return e.criterion_id == c.id; });
      if (r == a.ratings.end()) {
        fields["rating_" + std::to_string(c.id)] = "validation.required";
        continue;
      }
      ordered.push_back(*r);
      weights.push_back(c.weight);
    }
    if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));
    a.ratings = std::move(ordered);
    a.score = domain::compute_score(a.ratings, weights);
    auto id = uow.assessments().create(who.region_id, a, now);
    if (!id) return id.error();
    auto audited = record_audit(uow, who.actor,
                                {"create", "assessment", std::to_string(*id), {}, audit_fields(a), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> AssessmentService::delete_assessment(const OfferCaller& who, domain::Id assessment_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.assessments().find(who.region_id, assessment_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto removed = uow.assessments().remove(who.region_id, assessment_id);
    if (!removed) return removed.error();
    return record_audit(
        uow, who.actor,
        {"delete", "assessment", std::to_string(assessment_id), audit_fields(**found), {}, who.region_id}, now);
  });
}

Result<std::optional<domain::Assessment>> AssessmentService::find_assessment(domain::Id region_id,
                                                                            domain::Id assessment_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.assessments().find(region_id, assessment_id); });
}

Result<std::vector<domain::Assessment>> AssessmentService::assessments_of(domain::Id region_id, domain::Id offer_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.assessments().of_offer(region_id, offer_id); });
}

Result<storage::PageOf<storage::AssessmentView>> AssessmentService::list_assessments(domain::Id region_id,
                                                                                     std::optional<domain::Id> offer_id,
                                                                                     int limit, int offset) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.assessments().list(region_id, offer_id, limit, offset); });
}

Result<std::vector<storage::OfferCheckState>> AssessmentService::never_checked(domain::Id region_id, int limit) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.assessments().never_checked(region_id, limit); });
}

Result<std::vector<storage::OfferCheckState>> AssessmentService::due_for_review(domain::Id region_id,
                                                                               std::string_view today, int limit) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.assessments().due_for_review(region_id, today, limit); });
}

Result<std::vector<storage::CriterionStanding>> AssessmentService::weakest_criteria(domain::Id region_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.assessments().criterion_standings(region_id); });
}

// ===== needs =====

namespace {

void tidy(domain::Need& n) {
  n.source_kind = domain::trim(n.source_kind);
  n.source_note = domain::trim(n.source_note);
  n.target_group = domain::trim(n.target_group);
  n.field = domain::trim(n.field);
  n.description = domain::trim(n.description);
  n.urgency = domain::trim(n.urgency);
  n.reported_on = domain::trim(n.reported_on);
  n.status = domain::trim(n.status);
  if (n.status != "addressed") n.offer_id.reset();
  if (n.status != "planned") n.measure_id.reset();
}

Result<void> validate_in_region(UnitOfWork& uow, Id region_id, const domain::Need& n) {
  FieldErrors fields = domain::validate(n);
  if (n.organisation_id) {
    auto found = uow.organisations().find(region_id, *n.organisation_id);
    if (!found) return found.error();
    if (!found->has_value()) fields["organisation_id"] = "validation.organisation";
  }
  if (n.municipality_id) {
    auto all = uow.regions().municipalities(region_id);
    if (!all) return all.error();
    if (std::none_of(all->begin(), all->end(), [&](const domain::Municipality& m) { return m.id == *n.municipality_id; }))
      fields["municipality_id"] = "validation.municipality";
  }
  if (n.offer_id) {
    auto found = uow.offers().find(region_id, *n.offer_id);
    if (!found) return found.error();
    if (!found->has_value()) fields["offer_id"] = "validation.offer";
  }
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));
  return success();
}

}  // namespace

Result<domain::Id> NeedService::create_need(const OfferCaller& who, domain::Need n, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(n);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, n); !r) return r.error();
    auto id = uow.needs().create(who.region_id, n, now);
    if (!id) return id.error();
    auto audited =
        record_audit(uow, who.actor, {"create", "need", std::to_string(*id), {}, audit_fields(n), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> NeedService::update_need(const OfferCaller& who, domain::Need n, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  tidy(n);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.needs().find(who.region_id, n.id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    if (!n.measure_id && n.status == "planned") n.measure_id = (*found)->measure_id;  // no UI sets it yet
    if (auto r = validate_in_region(uow, who.region_id, n); !r) return r;
    const auto before = audit_fields(**found);
    const auto after = audit_fields(n);
    if (before == after) return success();
    auto updated = uow.needs().update(who.region_id, n, now);
    if (!updated) return updated.error();
    auto [b, a] = changed_fields(before, after);
    return record_audit(uow, who.actor,
                        {"update", "need", std::to_string(n.id), std::move(b), std::move(a), who.region_id}, now);
  });
}

Result<void> NeedService::delete_need(const OfferCaller& who, domain::Id need_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r;
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.needs().find(who.region_id, need_id);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    auto removed = uow.needs().remove(who.region_id, need_id);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"delete", "need", std::to_string(need_id), audit_fields(**found), {}, who.region_id}, now);
  });
}

Result<std::optional<domain::Need>> NeedService::find_need(domain::Id region_id, domain::Id need_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.needs().find(region_id, need_id); });
}

Result<storage::PageOf<storage::NeedView>> NeedService::list_needs(domain::Id region_id,
                                                                  const storage::NeedQuery& query) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.needs().list(region_id, query); });
}

Result<std::vector<domain::AuditEntry>> NeedService::history(domain::Id region_id, domain::Id need_id) {
  return db_.read_value(
      [&](UnitOfWork& uow) { return uow.audit().list_for_object(region_id, "need", std::to_string(need_id)); });
}

}  // namespace bb::services
