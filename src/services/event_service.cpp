#include "services/event_service.hpp"

#include "auth/crypto.hpp"
#include "domain/validation.hpp"
#include "services/audit.hpp"
#include "services/register_audit.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

namespace bb::services {

namespace {

using domain::FieldErrors;
using domain::Id;
using domain::RegistrationStatus;
using domain::Role;
using storage::UnitOfWork;

Result<void> require_staff(const RegisterCaller& who) {
  if (who.role == Role::admin || who.role == Role::staff) return success();
  return Error::forbidden();
}

Error invalid(FieldErrors fields) {
  return Error::invalid("validation.form", std::move(fields));
}

boost::json::value optional_id(const std::optional<Id>& id) {
  return id ? boost::json::value(*id) : boost::json::value(nullptr);
}

boost::json::array ids(const std::vector<Id>& values) {
  boost::json::array out;
  for (Id v : values) out.emplace_back(v);
  return out;
}

boost::json::object audit_fields(const domain::Event& e) {
  boost::json::object j;
  j["format"] = std::string(domain::to_string(e.format));
  j["title"] = e.title;
  j["description"] = e.description;
  j["starts_at"] = e.starts_at;
  j["ends_at"] = e.ends_at;
  j["place"] = e.place;
  j["municipality_id"] = optional_id(e.municipality_id);
  j["organiser_id"] = optional_id(e.organiser_id);
  j["co_organiser_ids"] = ids(e.co_organiser_ids);
  j["network_ids"] = ids(e.network_ids);
  j["audience"] = e.audience;
  j["capacity"] = e.capacity;
  j["languages"] = domain::join_list(e.languages);
  j["registration_open"] = e.registration_open;
  for (const auto& t : e.translations) {
    j["title_" + t.language] = t.title;
    j["description_" + t.language] = t.description;
  }
  return j;
}

boost::json::object audit_fields(const domain::Registration& r) {
  boost::json::object j;
  j["event_id"] = r.event_id;
  j["name"] = r.name;
  j["email"] = r.email;
  j["organisation_id"] = optional_id(r.organisation_id);
  j["organisation_name"] = r.organisation_name;
  j["consent_given"] = r.consent_given;
  j["status"] = std::string(domain::to_string(r.status));
  j["registered_by"] = std::string(domain::to_string(r.registered_by));
  return j;
}

boost::json::object audit_fields(const domain::Invitation& i) {
  boost::json::object j;
  j["event_id"] = i.event_id;
  j["kind"] = std::string(domain::to_string(i.kind));
  j["target_id"] = i.target_id;
  j["invited_on"] = i.invited_on;
  j["note"] = i.note;
  return j;
}

boost::json::object audit_fields(const domain::EventTopic& t) {
  boost::json::object j;
  j["event_id"] = t.event_id;
  j["topic"] = t.topic;
  j["note"] = t.note;
  j["transfer_id"] = optional_id(t.transfer_id);
  return j;
}

Result<void> audit(UnitOfWork& uow, const Actor& actor, Id region_id, std::string_view action,
                   std::string_view type, Id id, boost::json::object before, boost::json::object after,
                   std::int64_t now) {
  return record_audit(uow, actor, {action, type, std::to_string(id), std::move(before), std::move(after), region_id},
                      now);
}

std::vector<std::string> lower_codes(const std::vector<std::string>& codes) {
  std::vector<std::string> out = domain::clean_list(codes);
  for (auto& code : out)
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

void tidy(domain::Event& e) {
  e.title = domain::trim(e.title);
  e.description = domain::trim(e.description);
  e.starts_at = domain::trim(e.starts_at);
  e.ends_at = domain::trim(e.ends_at);
  e.place = domain::trim(e.place);
  e.audience = domain::trim(e.audience);
  e.languages = lower_codes(e.languages);
  for (auto& t : e.translations) {
    t.title = domain::trim(t.title);
    t.description = domain::trim(t.description);
  }
  // One row per language, in the order of kEventLanguages; empty ones are not kept.
  std::vector<domain::EventTranslation> kept;
  for (auto language : domain::kEventLanguages) {
    for (const auto& t : e.translations)
      if (t.language == language && (!t.title.empty() || !t.description.empty())) {
        kept.push_back(t);
        break;
      }
  }
  for (const auto& t : e.translations)
    if (!domain::is_event_language(t.language)) kept.push_back(t);  // validation reports it
  e.translations = std::move(kept);
  std::sort(e.co_organiser_ids.begin(), e.co_organiser_ids.end());
  e.co_organiser_ids.erase(std::unique(e.co_organiser_ids.begin(), e.co_organiser_ids.end()),
                           e.co_organiser_ids.end());
  std::sort(e.network_ids.begin(), e.network_ids.end());
  e.network_ids.erase(std::unique(e.network_ids.begin(), e.network_ids.end()), e.network_ids.end());
}

void tidy(domain::Registration& r) {
  r.name = domain::trim(r.name);
  r.email = domain::normalise_email(r.email);
  r.organisation_name = domain::trim(r.organisation_name);
}

Result<bool> organisation_exists(UnitOfWork& uow, Id region_id, Id id) {
  auto found = uow.organisations().find(region_id, id);
  if (!found) return found.error();
  return found->has_value();
}

Result<bool> network_exists(UnitOfWork& uow, Id region_id, Id id) {
  auto found = uow.networks().find(region_id, id);
  if (!found) return found.error();
  return found->has_value();
}

Result<void> check_references(UnitOfWork& uow, Id region_id, const domain::Event& e, FieldErrors& fields) {
  if (e.municipality_id) {
    auto all = uow.regions().municipalities(region_id);
    if (!all) return all.error();
    if (std::none_of(all->begin(), all->end(), [&](const domain::Municipality& m) { return m.id == *e.municipality_id; }))
      fields["municipality_id"] = "validation.municipality";
  }
  if (e.organiser_id) {
    auto ok = organisation_exists(uow, region_id, *e.organiser_id);
    if (!ok) return ok.error();
    if (!*ok) fields["organiser_id"] = "validation.organisation";
  }
  for (Id o : e.co_organiser_ids) {
    auto ok = organisation_exists(uow, region_id, o);
    if (!ok) return ok.error();
    if (!*ok) fields["co_organiser_ids"] = "validation.organisation";
  }
  for (Id n : e.network_ids) {
    auto ok = network_exists(uow, region_id, n);
    if (!ok) return ok.error();
    if (!*ok) fields["network_ids"] = "validation.network";
  }
  return success();
}

Result<void> validate_event(UnitOfWork& uow, Id region_id, const domain::Event& e) {
  auto fields = domain::validate(e);
  if (auto r = check_references(uow, region_id, e, fields); !r) return r.error();
  if (!fields.empty()) return invalid(std::move(fields));
  return success();
}

Result<domain::Event> event_in_region(UnitOfWork& uow, Id region_id, Id event_id) {
  auto found = uow.events().find(region_id, event_id);
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

// Moves people up from the waiting list while places are free; returns who moved up.
Result<std::vector<Id>> fill_from_waiting_list(UnitOfWork& uow, const Actor& actor, const domain::Event& e,
                                               std::int64_t now) {
  std::vector<Id> moved;
  for (;;) {
    auto taken = uow.registrations().count_taken(e.region_id, e.id);
    if (!taken) return taken.error();
    if (e.capacity > 0 && *taken >= e.capacity) break;
    auto next = uow.registrations().first_waiting(e.region_id, e.id);
    if (!next) return next.error();
    if (!next->has_value()) break;
    const Id id = (*next)->id;
    auto set = uow.registrations().set_status(e.region_id, id, RegistrationStatus::registered, std::nullopt, now);
    if (!set) return set.error();
    boost::json::object before{{"status", "waiting"}};
    boost::json::object after{{"status", "registered"}};
    if (auto r = audit(uow, actor, e.region_id, "move_up", "event_registration", id, before, after, now); !r)
      return r.error();
    moved.push_back(id);
  }
  return moved;
}

// Registers one person (both ways in): validation, duplicate check, place or waiting list.
Result<RegistrationReceipt> add_registration(UnitOfWork& uow, const Actor& actor, const domain::Event& e,
                                             domain::Registration r, bool consent_required, std::int64_t now) {
  tidy(r);
  r.event_id = e.id;
  r.region_id = e.region_id;
  auto fields = domain::validate(r, consent_required);
  if (r.organisation_id) {
    auto ok = organisation_exists(uow, e.region_id, *r.organisation_id);
    if (!ok) return ok.error();
    if (!*ok) fields["organisation_id"] = "validation.organisation";
  }
  if (!fields.empty()) return invalid(std::move(fields));
  if (auto locked = uow.events().lock(e.region_id, e.id); !locked) return locked.error();
  auto existing = uow.registrations().active_by_email(e.region_id, e.id, r.email);
  if (!existing) return existing.error();
  if (existing->has_value())
    return Error::conflict("events.error.already_registered", {{"email", "events.error.already_registered"}});
  auto taken = uow.registrations().count_taken(e.region_id, e.id);
  if (!taken) return taken.error();
  r.status = (e.capacity > 0 && *taken >= e.capacity) ? RegistrationStatus::waiting : RegistrationStatus::registered;
  if (r.consent_given) r.consent_at = now;
  RegistrationReceipt receipt;
  receipt.cancel_token = auth::random_token(32);
  auto id = uow.registrations().create(e.region_id, r, auth::hash_token(receipt.cancel_token), now);
  if (!id) return id.error();
  if (auto a = audit(uow, actor, e.region_id, "create", "event_registration", *id, {}, audit_fields(r), now); !a)
    return a.error();
  receipt.registration_id = *id;
  receipt.event_id = e.id;
  receipt.status = r.status;
  return receipt;
}

Result<CancelOutcome> cancel(UnitOfWork& uow, const Actor& actor, const domain::Registration& r, std::int64_t now) {
  CancelOutcome out{r.region_id, r.event_id, r.id, false, std::nullopt};
  if (r.status == RegistrationStatus::cancelled) {
    out.was_cancelled_before = true;
    return out;
  }
  if (r.status == RegistrationStatus::attended) return Error::conflict("events.error.already_attended");
  if (auto locked = uow.events().lock(r.region_id, r.event_id); !locked) return locked.error();
  auto set = uow.registrations().set_status(r.region_id, r.id, RegistrationStatus::cancelled, std::nullopt, now);
  if (!set) return set.error();
  boost::json::object before{{"status", std::string(domain::to_string(r.status))}};
  boost::json::object after{{"status", "cancelled"}};
  if (auto a = audit(uow, actor, r.region_id, "cancel", "event_registration", r.id, before, after, now); !a)
    return a.error();
  auto e = event_in_region(uow, r.region_id, r.event_id);
  if (!e) return e.error();
  auto moved = fill_from_waiting_list(uow, actor, *e, now);
  if (!moved) return moved.error();
  if (!moved->empty()) out.moved_up = moved->front();
  return out;
}

Result<PublicEvent> public_event(UnitOfWork& uow, Id region_id, Id event_id) {
  auto e = event_in_region(uow, region_id, event_id);
  if (!e) return e.error();
  PublicEvent p;
  p.event = std::move(*e);
  if (p.event.municipality_id) {
    auto all = uow.regions().municipalities(region_id);
    if (!all) return all.error();
    for (const auto& m : *all)
      if (m.id == *p.event.municipality_id) p.municipality_name = m.name;
  }
  if (p.event.organiser_id) {
    auto o = uow.organisations().find(region_id, *p.event.organiser_id);
    if (!o) return o.error();
    if (o->has_value()) p.organiser_name = (*o)->name;
  }
  auto taken = uow.registrations().count_taken(region_id, event_id);
  if (!taken) return taken.error();
  p.taken = *taken;
  auto regs = uow.registrations().of_event(region_id, event_id);
  if (!regs) return regs.error();
  p.waiting = std::count_if(regs->begin(), regs->end(), [](const storage::RegistrationView& v) {
    return v.registration.status == RegistrationStatus::waiting;
  });
  return p;
}

}  // namespace

// ===== events =====

Result<Id> EventService::create_event(const RegisterCaller& who, domain::Event e, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(e);
  e.public_id = auth::random_token(12);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    if (auto r = validate_event(uow, who.region_id, e); !r) return r.error();
    auto id = uow.events().create(who.region_id, e, now);
    if (!id) return id.error();
    if (auto a = audit(uow, who.actor, who.region_id, "create", "event", *id, {}, audit_fields(e), now); !a)
      return a.error();
    return *id;
  });
}

Result<void> EventService::update_event(const RegisterCaller& who, domain::Event e, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  tidy(e);
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto before = event_in_region(uow, who.region_id, e.id);
    if (!before) return before.error();
    if (auto r = validate_event(uow, who.region_id, e); !r) return r.error();
    e.public_id = before->public_id;
    e.region_id = who.region_id;
    auto updated = uow.events().update(who.region_id, e, now);
    if (!updated) return updated.error();
    if (!*updated) return Error::not_found();
    auto [b, a] = changed_fields(audit_fields(*before), audit_fields(e));
    if (!b.empty() || !a.empty()) {
      if (auto r = audit(uow, who.actor, who.region_id, "update", "event", e.id, std::move(b), std::move(a), now); !r)
        return r.error();
    }
    auto moved = fill_from_waiting_list(uow, who.actor, e, now);
    if (!moved) return moved.error();
    return success();
  });
}

Result<void> EventService::delete_event(const RegisterCaller& who, Id event_id, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto before = event_in_region(uow, who.region_id, event_id);
    if (!before) return before.error();
    auto dependants = uow.events().dependants(who.region_id, event_id);
    if (!dependants) return dependants.error();
    if (dependants->any()) {
      FieldErrors fields;
      if (dependants->registrations > 0) fields["registrations"] = "events.error.in_use.registrations";
      if (dependants->transfers > 0) fields["transfers"] = "events.error.in_use.transfers";
      return Error::conflict("events.error.in_use", std::move(fields));
    }
    auto removed = uow.events().remove(who.region_id, event_id);
    if (!removed) return removed.error();
    if (!*removed) return Error::not_found();
    return audit(uow, who.actor, who.region_id, "delete", "event", event_id, audit_fields(*before), {}, now);
  });
}

Result<std::optional<domain::Event>> EventService::find_event(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().find(region_id, event_id); });
}

Result<storage::PageOf<storage::EventSummary>> EventService::list_events(Id region_id,
                                                                        const storage::EventQuery& query) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().list(region_id, query); });
}

Result<storage::EventDependants> EventService::event_dependants(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().dependants(region_id, event_id); });
}

// ===== invitations =====

Result<Id> EventService::invite(const RegisterCaller& who, domain::Invitation i, std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  i.invited_on = domain::trim(i.invited_on);
  i.note = domain::trim(i.note);
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto e = event_in_region(uow, who.region_id, i.event_id);
    if (!e) return e.error();
    auto fields = domain::validate(i);
    if (!fields.contains("target_id")) {
      bool exists = false;
      switch (i.kind) {
        case domain::InvitationKind::organisation: {
          auto ok = organisation_exists(uow, who.region_id, i.target_id);
          if (!ok) return ok.error();
          exists = *ok;
          break;
        }
        case domain::InvitationKind::network: {
          auto ok = network_exists(uow, who.region_id, i.target_id);
          if (!ok) return ok.error();
          exists = *ok;
          break;
        }
        case domain::InvitationKind::contact: {
          auto c = uow.contacts().find(who.region_id, i.target_id);
          if (!c) return c.error();
          exists = c->has_value() && !(*c)->anonymised;
          break;
        }
      }
      if (!exists) fields["target_id"] = "events.validation.invitation_target";
    }
    if (!fields.empty()) return invalid(std::move(fields));
    auto id = uow.events().add_invitation(who.region_id, i, now);
    if (!id) return id.error();
    if (auto a = audit(uow, who.actor, who.region_id, "create", "event_invitation", *id, {}, audit_fields(i), now); !a)
      return a.error();
    return *id;
  });
}

Result<void> EventService::remove_invitation(const RegisterCaller& who, Id event_id, Id invitation_id,
                                             std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto removed = uow.events().remove_invitation(who.region_id, event_id, invitation_id);
    if (!removed) return removed.error();
    if (!*removed) return Error::not_found();
    return audit(uow, who.actor, who.region_id, "delete", "event_invitation", invitation_id, {},
                 {}, now);
  });
}

Result<std::vector<storage::InvitationView>> EventService::invitations(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().invitations(region_id, event_id); });
}

// ===== registrations =====

Result<RegistrationReceipt> EventService::register_publicly(std::string_view public_id, domain::Registration r,
                                                            std::string request_id, std::int64_t now) {
  r.registered_by = domain::RegisteredBy::self;
  r.registered_by_user_id.reset();
  r.organisation_id.reset();  // the public form names an organisation in words only
  return db_.write_value([&](UnitOfWork& uow) -> Result<RegistrationReceipt> {
    auto ref = uow.events().find_public(public_id);
    if (!ref) return ref.error();
    if (!ref->has_value()) return Error::not_found();
    auto e = event_in_region(uow, (*ref)->region_id, (*ref)->event_id);
    if (!e) return e.error();
    if (!e->registration_open) return Error::conflict("events.error.registration_closed");
    const Actor actor{std::nullopt, e->region_id, std::move(request_id)};
    return add_registration(uow, actor, *e, r, true, now);
  });
}

Result<RegistrationReceipt> EventService::register_by_staff(const RegisterCaller& who, domain::Registration r,
                                                            std::int64_t now) {
  if (auto s = require_staff(who); !s) return s.error();
  r.registered_by = domain::RegisteredBy::staff;
  r.registered_by_user_id = who.actor.user_id;
  return db_.write_value([&](UnitOfWork& uow) -> Result<RegistrationReceipt> {
    auto e = event_in_region(uow, who.region_id, r.event_id);
    if (!e) return e.error();
    return add_registration(uow, who.actor, *e, r, false, now);
  });
}

Result<CancelOutcome> EventService::cancel_by_token(std::string_view token, std::string request_id,
                                                    std::int64_t now) {
  if (token.empty() || token.size() > 100) return Error::not_found();
  const auto hash = auth::hash_token(token);
  return db_.write_value([&](UnitOfWork& uow) -> Result<CancelOutcome> {
    auto found = uow.registrations().find_by_cancel_token(hash);
    if (!found) return found.error();
    if (!found->has_value()) return Error::not_found();
    const Actor actor{std::nullopt, (*found)->region_id, std::move(request_id)};
    return cancel(uow, actor, **found, now);
  });
}

Result<CancelOutcome> EventService::cancel_registration(const RegisterCaller& who, Id event_id, Id registration_id,
                                                        std::int64_t now) {
  if (auto s = require_staff(who); !s) return s.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<CancelOutcome> {
    auto found = uow.registrations().find(who.region_id, registration_id);
    if (!found) return found.error();
    if (!found->has_value() || (*found)->event_id != event_id) return Error::not_found();
    return cancel(uow, who.actor, **found, now);
  });
}

Result<void> EventService::check_in(const RegisterCaller& who, Id event_id, Id registration_id, bool attended,
                                    std::int64_t now) {
  if (auto s = require_staff(who); !s) return s.error();
  return db_.write([&](UnitOfWork& uow) -> Result<void> {
    auto found = uow.registrations().find(who.region_id, registration_id);
    if (!found) return found.error();
    if (!found->has_value() || (*found)->event_id != event_id) return Error::not_found();
    const auto& r = **found;
    if (r.status == RegistrationStatus::cancelled) return Error::conflict("events.error.cancelled");
    const auto target = attended ? RegistrationStatus::attended : RegistrationStatus::registered;
    if (r.status == target) return success();
    if (!attended && r.status != RegistrationStatus::attended) return success();
    auto set = uow.registrations().set_status(who.region_id, registration_id, target,
                                              attended ? std::optional<std::int64_t>(now) : std::nullopt, now);
    if (!set) return set.error();
    boost::json::object before{{"status", std::string(domain::to_string(r.status))}};
    boost::json::object after{{"status", std::string(domain::to_string(target))}};
    return audit(uow, who.actor, who.region_id, attended ? "check_in" : "undo_check_in", "event_registration",
                 registration_id, before, after, now);
  });
}

Result<std::vector<storage::RegistrationView>> EventService::registrations(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.registrations().of_event(region_id, event_id); });
}

Result<std::optional<domain::Registration>> EventService::find_registration(Id region_id, Id event_id,
                                                                           Id registration_id) {
  auto found = db_.read_value([&](UnitOfWork& uow) { return uow.registrations().find(region_id, registration_id); });
  if (!found) return found.error();
  if (found->has_value() && (*found)->event_id != event_id) return std::optional<domain::Registration>();
  return found;
}

Result<storage::AttendanceFigures> EventService::figures(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.registrations().figures(region_id, event_id); });
}

// ===== public page =====

Result<std::optional<PublicEvent>> EventService::find_public(std::string_view public_id) {
  return db_.read_value([&](UnitOfWork& uow) -> Result<std::optional<PublicEvent>> {
    auto ref = uow.events().find_public(public_id);
    if (!ref) return ref.error();
    if (!ref->has_value()) return std::optional<PublicEvent>();
    auto p = public_event(uow, (*ref)->region_id, (*ref)->event_id);
    if (!p) return p.error();
    return std::optional<PublicEvent>(std::move(*p));
  });
}

Result<std::optional<std::pair<domain::Registration, PublicEvent>>> EventService::find_by_cancel_token(
    std::string_view token) {
  using Out = std::optional<std::pair<domain::Registration, PublicEvent>>;
  if (token.empty() || token.size() > 100) return Out();
  const auto hash = auth::hash_token(token);
  return db_.read_value([&](UnitOfWork& uow) -> Result<Out> {
    auto found = uow.registrations().find_by_cancel_token(hash);
    if (!found) return found.error();
    if (!found->has_value()) return Out();
    auto p = public_event(uow, (*found)->region_id, (*found)->event_id);
    if (!p) return p.error();
    return Out(std::make_pair(std::move(**found), std::move(*p)));
  });
}

// ===== follow-up =====

Result<Id> EventService::add_topic(const RegisterCaller& who, domain::EventTopic t, std::int64_t now) {
  if (auto s = require_staff(who); !s) return s.error();
  t.topic = domain::trim(t.topic);
  t.note = domain::trim(t.note);
  t.transfer_id.reset();
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto e = event_in_region(uow, who.region_id, t.event_id);
    if (!e) return e.error();
    auto fields = domain::validate(t);
    if (!fields.empty()) return invalid(std::move(fields));
    auto id = uow.events().add_topic(who.region_id, t, now);
    if (!id) return id.error();
    if (auto a = audit(uow, who.actor, who.region_id, "create", "event_topic", *id, {}, audit_fields(t), now); !a)
      return a.error();
    return *id;
  });
}

Result<std::vector<domain::EventTopic>> EventService::topics(Id region_id, Id event_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().topics(region_id, event_id); });
}

Result<Id> EventService::follow_up_as_transfer(const RegisterCaller& who, Id event_id, Id topic_id,
                                               domain::TransferEnd to, std::string date, std::string result,
                                               std::int64_t now) {
  if (auto s = require_staff(who); !s) return s.error();
  return db_.write_value([&](UnitOfWork& uow) -> Result<Id> {
    auto e = event_in_region(uow, who.region_id, event_id);
    if (!e) return e.error();
    auto topic = uow.events().find_topic(who.region_id, topic_id);
    if (!topic) return topic.error();
    if (!topic->has_value() || (*topic)->event_id != event_id) return Error::not_found();
    if ((*topic)->transfer_id) return Error::conflict("events.error.topic_done");
    domain::Transfer t;
    t.date = domain::trim(date).empty() ? e->starts_at.substr(0, 10) : domain::trim(date);
    t.topic = (*topic)->topic;
    // The transfer names the event in words (the register's transfers know no event ids); the
    // topic row holds both ids, which is the link.
    std::string title = e->title;
    if (title.size() > 180) {  // a transfer end holds 200 bytes: cut at a UTF-8 character boundary
      title.resize(180);
      while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80) title.pop_back();
      if (!title.empty() && (static_cast<unsigned char>(title.back()) & 0x80)) title.pop_back();
    }
    t.from.event = title + " (" + e->starts_at.substr(0, 10) + ")";
    t.to.network_id = to.network_id;
    t.to.event = domain::trim(to.event);
    t.result = domain::trim(result);
    auto fields = domain::validate(t);
    if (t.to.network_id && !fields.contains("to")) {
      auto ok = network_exists(uow, who.region_id, *t.to.network_id);
      if (!ok) return ok.error();
      if (!*ok) fields["to"] = "validation.network";
    }
    if (!fields.empty()) return invalid(std::move(fields));
    auto id = uow.transfers().create(who.region_id, t, now);
    if (!id) return id.error();
    if (auto a = audit(uow, who.actor, who.region_id, "create", "transfer", *id, {}, audit_fields(t), now); !a)
      return a.error();
    auto linked = uow.events().set_topic_transfer(who.region_id, topic_id, *id);
    if (!linked) return linked.error();
    boost::json::object before{{"transfer_id", nullptr}};
    boost::json::object after{{"transfer_id", *id}};
    if (auto a = audit(uow, who.actor, who.region_id, "follow_up", "event_topic", topic_id, before, after, now); !a)
      return a.error();
    return *id;
  });
}

// ===== calendar feed =====

Result<std::string> EventService::rotate_feed_token(const RegisterCaller& who, std::int64_t now) {
  if (auto s = require_staff(who); !s) return s.error();
  const std::string token = auth::random_token(32);
  auto written = db_.write([&](UnitOfWork& uow) -> Result<void> {
    if (auto r = uow.events().set_feed_token(who.region_id, auth::hash_token(token), now); !r) return r.error();
    return audit(uow, who.actor, who.region_id, "rotate", "event_feed", who.region_id, {}, {}, now);
  });
  if (!written) return written.error();
  return token;
}

Result<bool> EventService::has_feed(Id region_id) {
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().has_feed(region_id); });
}

Result<std::optional<Id>> EventService::region_of_feed(std::string_view token) {
  if (token.empty() || token.size() > 100) return std::optional<Id>();
  const auto hash = auth::hash_token(token);
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().region_of_feed(hash); });
}

// ===== co-attendance =====

Result<std::vector<storage::CoAttendance>> EventService::co_attendance(Id region_id, std::string_view from,
                                                                       std::string_view to) {
  FieldErrors fields;
  if (!from.empty() && !domain::is_iso_date(from)) fields["from"] = "validation.date";
  if (!to.empty() && !domain::is_iso_date(to)) fields["to"] = "validation.date";
  if (!fields.empty()) return invalid(std::move(fields));
  return db_.read_value([&](UnitOfWork& uow) { return uow.events().co_attendance(region_id, from, to); });
}

}  // namespace bb::services
