// Registrations and attendance of an event (issue 7), for staff: the registration list with the
// form to register someone by hand, cancelling, the printable check-in list, the QR code of each
// registration and the check-in page it leads to, the numbers after the event by organisation
// type and municipality, and the event's .ics file.
#include "core/clock.hpp"
#include "services/event_calendar.hpp"
#include "web/page.hpp"
#include "web/pages/event_page_helpers.hpp"
#include "web/qr_svg.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::RegistrationStatus;
using domain::Role;
using namespace event_pages;

Result<domain::Event> event_of_path(Services& s, const http::Request& req) {
  auto found = events(s).find_event(region_of(req), *req.int_param("id"));
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

// ======================================================================= registrations

struct ManualDraft {
  domain::Registration registration;
};

// `personal_link`: after registering someone by hand, their personal link (shown once, so staff
// can pass it on; the database keeps only its hash).
http::Response registrations_page(Services& s, http::Request& req, const domain::Event& e, const ManualDraft& d,
                                  const std::optional<Error>& error, http::Status status,
                                  const std::optional<services::RegistrationReceipt>& receipt = std::nullopt) {
  const auto region_id = region_of(req);
  auto list = events(s).registrations(region_id, e.id);
  if (!list) return error_response(s, req, list.error());
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  Page page(s, req, "event_registrations", "events.registrations.title", "nav.events");
  page.set_title(e.title + " – " + text(s, req, "events.registrations.title"));
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(e.id));
  c.SetValue("EVENT_TITLE", e.title);
  c.SetValue("CAPACITY", e.capacity > 0 ? std::to_string(e.capacity) : text(s, req, "events.capacity.unlimited"));
  int position = 0;
  for (const auto& v : *list) {
    const auto& r = v.registration;
    auto* row = c.AddSectionDictionary("REGISTRATION");
    row->SetIntValue("REGISTRATION_ID", static_cast<long>(r.id));
    row->SetValue("NAME", r.name);
    row->SetValue("EMAIL", r.email);
    row->SetValue("ORGANISATION", v.organisation_display);
    std::string status_text = status_label(s, req, r.status);
    if (r.status == RegistrationStatus::waiting)
      status_text += " (" + s.catalog.format(state(req).language, "events.registrations.position",
                                             {{"n", std::to_string(++position)}}) + ")";
    row->SetValue("STATUS", status_text);
    row->SetValue("BY", text(s, req, r.registered_by == domain::RegisteredBy::staff ? "events.registered_by.staff"
                                                                                   : "events.registered_by.self"));
    if (r.status != RegistrationStatus::cancelled && r.status != RegistrationStatus::attended)
      row->ShowSection("MAY_CANCEL");
    if (r.status != RegistrationStatus::cancelled) row->ShowSection("MAY_CHECK_IN");
  }
  if (list->empty()) c.ShowSection("EMPTY");
  const auto& r = d.registration;
  c.SetValue("NAME", r.name);
  c.SetValue("EMAIL", r.email);
  c.SetValue("ORGANISATION_NAME", r.organisation_name);
  for (const auto& o : *organisations)
    if (o.active) add_option(c, "ORGANISATION_OPTION", std::to_string(o.id), o.name, r.organisation_id == o.id);
  if (r.consent_given) c.ShowSection("CONSENT_CHECKED");
  if (error) page.set_form_errors(*error);
  if (receipt) {
    page.set_notice(receipt->status == RegistrationStatus::waiting ? "events.notice.waiting" : "events.notice.registered");
    c.AddSectionDictionary("PERSONAL_LINK")->SetValue("URL", origin_of(req) + "/r/" + receipt->cancel_token);
  }
  const auto saved = req.query.get_or("saved", "");
  if (saved == "registered") page.set_notice("events.notice.registered");
  else if (saved == "waiting") page.set_notice("events.notice.waiting");
  else if (saved == "cancelled") page.set_notice("events.notice.cancelled");
  else if (saved == "moved_up") page.set_notice("events.notice.moved_up");
  return page.respond(status);
}

http::Response show_registrations(Services& s, http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  return registrations_page(s, req, *e, {}, std::nullopt, http::Status::ok);
}

http::Response create_registration(Services& s, http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  const auto form = req.form().value_or(http::Params{});
  ManualDraft d;
  auto& r = d.registration;
  r.event_id = e->id;
  r.name = form.get_or("name", "");
  r.email = form.get_or("email", "");
  if (auto o = parse_int(form.get_or("organisation_id", ""))) r.organisation_id = *o;
  r.organisation_name = form.get_or("organisation_name", "");
  r.consent_given = form.get_or("consent", "") == "1";
  auto receipt = events(s).register_by_staff(caller_of(req), r, unix_now());
  if (!receipt) {
    const auto code = receipt.error().code;
    if (code == ErrorCode::invalid_input || (code == ErrorCode::conflict && !receipt.error().fields.empty()))
      return registrations_page(s, req, *e, d, receipt.error(),
                                code == ErrorCode::conflict ? http::Status::conflict : http::Status::unprocessable_entity);
    return error_response(s, req, receipt.error());
  }
  // No redirect: the personal link exists only in this answer.
  return registrations_page(s, req, *e, {}, std::nullopt, http::Status::ok, *receipt);
}

http::Response cancel_registration(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto outcome = events(s).cancel_registration(caller_of(req), event_id, *req.int_param("registration_id"), unix_now());
  if (!outcome) return error_response(s, req, outcome.error());
  return http::Response::redirect("/events/" + std::to_string(event_id) + "/registrations?saved=" +
                                  (outcome->moved_up ? "moved_up" : "cancelled"));
}

// ======================================================================= check-in

// The printable list: everyone registered or already checked in, by name, with a box to tick.
http::Response show_check_in_list(Services& s, http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  auto names = load_event_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  auto list = events(s).registrations(region_of(req), e->id);
  if (!list) return error_response(s, req, list.error());
  Page page(s, req, "event_check_in_list", "events.check_in_list.title", "nav.events");
  page.set_title(e->title + " – " + text(s, req, "events.check_in_list.title"));
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(e->id));
  c.SetValue("EVENT_TITLE", e->title);
  c.SetValue("WHEN", readable_span(req, *e));
  c.SetValue("PLACE", e->place + (e->municipality_id ? ", " + names->municipality(e->municipality_id) : ""));
  int n = 0;
  for (const auto& v : *list) {
    const auto st = v.registration.status;
    if (st != RegistrationStatus::registered && st != RegistrationStatus::attended) continue;
    auto* row = c.AddSectionDictionary("ROW");
    row->SetIntValue("N", ++n);
    row->SetIntValue("REGISTRATION_ID", static_cast<long>(v.registration.id));
    row->SetValue("NAME", v.registration.name);
    row->SetValue("ORGANISATION", v.organisation_display);
    row->ShowSection(st == RegistrationStatus::attended ? "ATTENDED" : "NOT_ATTENDED");
  }
  if (n == 0) c.ShowSection("EMPTY");
  return page.respond();
}

Result<std::pair<domain::Event, domain::Registration>> registration_of_path(Services& s, const http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return e.error();
  auto r = events(s).find_registration(region_of(req), e->id, *req.int_param("registration_id"));
  if (!r) return r.error();
  if (!r->has_value()) return Error::not_found();
  return std::make_pair(std::move(*e), std::move(**r));
}

// Where the QR code of a registration leads: staff who scan it see the person and one button.
http::Response show_check_in(Services& s, http::Request& req) {
  auto found = registration_of_path(s, req);
  if (!found) return error_response(s, req, found.error());
  const auto& [e, r] = *found;
  Page page(s, req, "event_check_in", "events.check_in.title", "nav.events");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(e.id));
  c.SetIntValue("REGISTRATION_ID", static_cast<long>(r.id));
  c.SetValue("EVENT_TITLE", e.title);
  c.SetValue("NAME", r.name);
  c.SetValue("ORGANISATION", r.organisation_name);
  c.SetValue("STATUS", status_label(s, req, r.status));
  if (r.status == RegistrationStatus::attended) {
    c.ShowSection("ATTENDED");
  } else if (r.status == RegistrationStatus::cancelled) {
    c.ShowSection("CANCELLED");
  } else {
    c.ShowSection("MAY_CHECK_IN");
    if (r.status == RegistrationStatus::waiting) c.ShowSection("WAS_WAITING");
  }
  if (req.query.get_or("saved", "") == "1") page.set_notice("events.notice.checked_in");
  return page.respond();
}

http::Response submit_check_in(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto registration_id = *req.int_param("registration_id");
  const auto form = req.form().value_or(http::Params{});
  const bool attended = form.get_or("attended", "1") != "0";
  auto done = events(s).check_in(caller_of(req), event_id, registration_id, attended, unix_now());
  if (!done) return error_response(s, req, done.error());
  const auto back = form.get_or("back", "");
  const auto base = "/events/" + std::to_string(event_id);
  if (back == "list") return http::Response::redirect(base + "/check-in#r" + std::to_string(registration_id));
  if (back == "registrations") return http::Response::redirect(base + "/registrations");
  return http::Response::redirect(base + "/registrations/" + std::to_string(registration_id) + "/check-in?saved=1");
}

// The QR code of a registration: the address of its check-in page.
http::Response registration_qr(Services& s, http::Request& req) {
  auto found = registration_of_path(s, req);
  if (!found) return error_response(s, req, found.error());
  const auto& [e, r] = *found;
  const auto url = origin_of(req) + "/events/" + std::to_string(e.id) + "/registrations/" + std::to_string(r.id) +
                   "/check-in";
  auto svg = qr_svg(url, text(s, req, "events.qr.title") + ": " + r.name);
  if (!svg) return error_response(s, req, Error::internal("error.internal"));
  auto res = http::Response::text(std::move(*svg));
  res.headers.set("Content-Type", "image/svg+xml");
  return res;
}

// ======================================================================= figures

std::string type_name(Services& s, const http::Request& req, const std::vector<services::OrganisationTypeOption>& types,
                      const std::string& key) {
  if (key.empty()) return text(s, req, "events.figures.no_organisation");
  for (const auto& t : types)
    if (t.key == key) return t.label_key.empty() ? t.label : text(s, req, t.label_key);
  return key;
}

http::Response show_figures(Services& s, http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  auto figures = events(s).figures(region_of(req), e->id);
  if (!figures) return error_response(s, req, figures.error());
  auto types = service(s).organisation_types(region_of(req));
  if (!types) return error_response(s, req, types.error());
  Page page(s, req, "event_figures", "events.figures.title", "nav.events");
  page.set_title(e->title + " – " + text(s, req, "events.figures.title"));
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(e->id));
  c.SetValue("EVENT_TITLE", e->title);
  c.SetIntValue("REGISTERED", static_cast<long>(figures->registered));
  c.SetIntValue("ATTENDED", static_cast<long>(figures->attended));
  c.SetIntValue("CANCELLED", static_cast<long>(figures->cancelled));
  c.SetIntValue("WAITING", static_cast<long>(figures->waiting));
  for (const auto& row : figures->by_type) {
    auto* r = c.AddSectionDictionary("BY_TYPE");
    r->SetValue("KEY", type_name(s, req, *types, row.key));
    r->SetIntValue("ATTENDEES", static_cast<long>(row.attendees));
    r->SetIntValue("ORGANISATIONS", static_cast<long>(row.organisations));
  }
  for (const auto& row : figures->by_municipality) {
    auto* r = c.AddSectionDictionary("BY_MUNICIPALITY");
    r->SetValue("KEY", row.key.empty() ? text(s, req, "events.figures.no_municipality") : row.key);
    r->SetIntValue("ATTENDEES", static_cast<long>(row.attendees));
    r->SetIntValue("ORGANISATIONS", static_cast<long>(row.organisations));
  }
  if (figures->by_type.empty()) c.ShowSection("NO_ATTENDEES");
  return page.respond();
}

// ======================================================================= calendar file

http::Response event_ics(Services& s, http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  auto names = load_event_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  services::CalendarEntry entry{*e, names->municipality(e->municipality_id), origin_of(req) + "/e/" + e->public_id};
  auto res = http::Response::text(services::to_icalendar({entry}, ""));
  res.headers.set("Content-Type", "text/calendar; charset=utf-8");
  res.headers.set("Content-Disposition", "attachment; filename=\"event-" + std::to_string(e->id) + ".ics\"");
  return res;
}

}  // namespace

void register_event_attendance_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  routes.get("/events/{id:int}/registrations", staff, show_registrations);
  routes.post("/events/{id:int}/registrations", staff, create_registration);
  routes.post("/events/{id:int}/registrations/{registration_id:int}/cancel", staff, cancel_registration);
  routes.get("/events/{id:int}/check-in", staff, show_check_in_list);
  routes.get("/events/{id:int}/registrations/{registration_id:int}/check-in", staff, show_check_in);
  routes.post("/events/{id:int}/registrations/{registration_id:int}/check-in", staff, submit_check_in);
  routes.get("/events/{id:int}/registrations/{registration_id:int}/qr.svg", staff, registration_qr);
  routes.get("/events/{id:int}/figures", readers, show_figures);
  routes.get("/events/{id:int}/event.ics", readers, event_ics);
}

}  // namespace bb::web
