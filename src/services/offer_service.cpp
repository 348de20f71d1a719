// Offers and their translations (issue 5).
#include "services/offer_service.hpp"

#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/offer_audit.hpp"
#include "services/register_audit.hpp"

#include <algorithm>
#include <cctype>

namespace bb::services {

namespace {

using domain::FieldErrors;
using domain::Id;
using domain::Role;
using storage::UnitOfWork;

bool is_staff(Role role) { return role == Role::admin || role == Role::staff; }

std::vector<std::string> lower_codes(const std::vector<std::string>& codes) {
  std::vector<std::string> out = domain::clean_list(codes);
  for (auto& code : out)
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

void tidy(domain::Offer& o) {
  o.title = domain::trim(o.title);
  o.description = domain::trim(o.description);
  o.target_groups = domain::clean_list(o.target_groups);
  o.field = domain::trim(o.field);
  o.format = domain::trim(o.format);
  std::sort(o.municipality_ids.begin(), o.municipality_ids.end());
  o.municipality_ids.erase(std::unique(o.municipality_ids.begin(), o.municipality_ids.end()), o.municipality_ids.end());
  o.languages = lower_codes(o.languages);
  o.cost = domain::trim(o.cost);
  o.schedule = domain::trim(o.schedule);
  o.starts_on = domain::trim(o.starts_on);
  o.ends_on = domain::trim(o.ends_on);
  o.funding_source = domain::trim(o.funding_source);
  o.funding_ends_on = domain::trim(o.funding_ends_on);
  o.status = domain::trim(o.status);
  o.last_verified_on = domain::trim(o.last_verified_on);
}

// Validation of the offer plus what it points to, as one Error.
Result<void> validate_in_region(UnitOfWork& uow, Id region_id, const domain::Offer& o) {
  FieldErrors fields = domain::validate(o);
  if (o.provider_id > 0) {
    auto provider = uow.organisations().find(region_id, o.provider_id);
    if (!provider) return provider.error();
    if (!provider->has_value()) fields["provider_id"] = "validation.organisation";
  }
  if (!o.municipality_ids.empty()) {
    auto all = uow.regions().municipalities(region_id);
    if (!all) return all.error();
    for (Id id : o.municipality_ids)
      if (std::none_of(all->begin(), all->end(), [&](const domain::Municipality& m) { return m.id == id; }))
        fields["municipality_ids"] = "validation.municipality";
  }
  if (o.contact_id) {
    auto contact = uow.contacts().find(region_id, *o.contact_id);
    if (!contact) return contact.error();
    if (!contact->has_value() || (*contact)->anonymised || (*contact)->organisation_id != o.provider_id)
      fields["contact_id"] = "validation.offer_contact";
  }
  if (!fields.empty()) return Error::invalid("validation.form", std::move(fields));
  return success();
}

Result<domain::Offer> load(UnitOfWork& uow, Id region_id, Id offer_id) {
  auto found = uow.offers().find(region_id, offer_id);
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

Result<void> record_update(UnitOfWork& uow, const OfferCaller& who, std::string_view type, Id id,
                           const boost::json::object& before, const boost::json::object& after, std::int64_t now) {
  auto [b, a] = changed_fields(before, after);
  if (b.empty() && a.empty()) return success();
  return record_audit(uow, who.actor, {"update", type, std::to_string(id), std::move(b), std::move(a), who.region_id},
                      now);
}

}  // namespace

Result<domain::Id> OfferService::create_offer(const OfferCaller& who, domain::Offer o, std::int64_t now) {
  if (!is_staff(who.role) && who.role != Role::partner) return Error::forbidden();
  tidy(o);
  if (!is_staff(who.role)) o.published = false;
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_in_region(uow, who.region_id, o); !r) return r.error();
    if (auto r = may_edit_organisation(uow, who, o.provider_id); !r) return r.error();
    auto id = uow.offers().create(who.region_id, o, now);
    if (!id) return id.error();
    auto audited =
        record_audit(uow, who.actor, {"create", "offer", std::to_string(*id), {}, audit_fields(o), who.region_id}, now);
    if (!audited) return audited.error();
    return *id;
  });
}

Result<void> OfferService::update_offer(const OfferCaller& who, domain::Offer o, std::int64_t now) {
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto before = load(uow, who.region_id, o.id);
    if (!before) return before.error();
    if (auto r = may_edit_organisation(uow, who, before->provider_id); !r) return r;
    if (!is_staff(who.role)) {  // partners keep the provider and the region's publishing decision
      o.provider_id = before->provider_id;
      o.published = before->published;
    }
    tidy(o);
    if (auto r = validate_in_region(uow, who.region_id, o); !r) return r;
    const auto before_fields = audit_fields(*before);
    const auto after_fields = audit_fields(o);
    if (before_fields == after_fields) return success();
    auto updated = uow.offers().update(who.region_id, o, now);
    if (!updated) return updated.error();
    if (!*updated) return Error::not_found();
    return record_update(uow, who, "offer", o.id, before_fields, after_fields, now);
  });
}

Result<void> OfferService::delete_offer(const OfferCaller& who, domain::Id offer_id, std::int64_t now) {
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto before = load(uow, who.region_id, offer_id);
    if (!before) return before.error();
    if (auto r = may_edit_organisation(uow, who, before->provider_id); !r) return r;
    auto needs = uow.offers().dependent_needs(who.region_id, offer_id);
    if (!needs) return needs.error();
    if (*needs > 0) return Error::conflict("error.offer_in_use", {{"needs", "error.in_use.needs_answered"}});
    auto removed = uow.offers().remove(who.region_id, offer_id);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"delete", "offer", std::to_string(offer_id), audit_fields(*before), {}, who.region_id}, now);
  });
}

Result<std::optional<domain::Offer>> OfferService::find_offer(domain::Id region_id, domain::Id offer_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.offers().find(region_id, offer_id); });
}

Result<storage::PageOf<storage::OfferView>> OfferService::list_offers(domain::Id region_id,
                                                                     const storage::OfferQuery& query) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.offers().list(region_id, query); });
}

Result<bool> OfferService::may_edit(const OfferCaller& who, domain::Id offer_id) {
  return db_.read_value([&](UnitOfWork& uow) -> Result<bool> {
    auto offer = load(uow, who.region_id, offer_id);
    if (!offer) return offer.error();
    auto allowed = may_edit_organisation(uow, who, offer->provider_id);
    if (!allowed && allowed.error().code != ErrorCode::forbidden) return allowed.error();
    return allowed.ok();
  });
}

Result<std::vector<domain::OfferTranslation>> OfferService::translations(domain::Id region_id, domain::Id offer_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.offers().translations(region_id, offer_id); });
}

Result<std::map<domain::Id, std::vector<std::string>>> OfferService::translated_languages(
    domain::Id region_id, const std::vector<domain::Id>& offer_ids) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.offers().translated_languages(region_id, offer_ids); });
}

Result<void> OfferService::put_translation(const OfferCaller& who, domain::OfferTranslation t, std::int64_t now) {
  t.language = domain::trim(t.language);
  t.title = domain::trim(t.title);
  t.description = domain::trim(t.description);
  if (auto fields = domain::validate(t); !fields.empty()) return Error::invalid("validation.form", std::move(fields));
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto offer = load(uow, who.region_id, t.offer_id);
    if (!offer) return offer.error();
    if (auto r = may_edit_organisation(uow, who, offer->provider_id); !r) return r;
    auto existing = uow.offers().translations(who.region_id, t.offer_id);
    if (!existing) return existing.error();
    boost::json::object before;
    for (const auto& e : *existing)
      if (e.language == t.language) before = audit_fields(e);
    const auto after = audit_fields(t);
    if (before == after) return success();
    if (auto r = uow.offers().put_translation(who.region_id, t, now); !r) return r;
    auto [b, a] = changed_fields(before, after);
    return record_audit(uow, who.actor,
                        {"translate", "offer", std::to_string(t.offer_id), std::move(b), std::move(a), who.region_id},
                        now);
  });
}

Result<void> OfferService::delete_translation(const OfferCaller& who, domain::Id offer_id, std::string_view language,
                                              std::int64_t now) {
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto offer = load(uow, who.region_id, offer_id);
    if (!offer) return offer.error();
    if (auto r = may_edit_organisation(uow, who, offer->provider_id); !r) return r;
    auto existing = uow.offers().translations(who.region_id, offer_id);
    if (!existing) return existing.error();
    const auto found = std::find_if(existing->begin(), existing->end(),
                                    [&](const domain::OfferTranslation& e) { return e.language == language; });
    if (found == existing->end()) return Error::not_found();
    auto removed = uow.offers().remove_translation(who.region_id, offer_id, language);
    if (!removed) return removed.error();
    return record_audit(uow, who.actor,
                        {"translate", "offer", std::to_string(offer_id), audit_fields(*found), {}, who.region_id}, now);
  });
}

Result<std::vector<domain::AuditEntry>> OfferService::history(domain::Id region_id, domain::Id offer_id) {
  return db_.read_value(
      [&](UnitOfWork& uow) { return uow.audit().list_for_object(region_id, "offer", std::to_string(offer_id)); });
}

}  // namespace bb::services
