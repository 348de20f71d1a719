// The public side of events (issue 7), without login:
//  - /e/<public id>: the event in the visitor's language (German source, a translation where
//    one exists, a visible note where the German text stands in for it), places left, and the
//    registration form with its consent text. CSRF applies as on the login form: the token is
//    bound to the pre-session cookie the middleware gives every browser.
//  - /r/<token>: the personal page behind the link each registrant gets (status, QR code for
//    the check-in, cancel button). The token is random; only its hash is stored.
//  - /calendar/<token>.ics: the region's calendar feed, for calendar clients that cannot log
//    in; the token is unguessable and staff can replace it (/events/feed).
//  - /e/<public id>/event.ics: the calendar file of one event.
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
using namespace event_pages;

// The content language of the public page: ?lang= if it is German or an event language, else
// the UI language.
std::string content_language(const http::Request& req) {
  const auto asked = req.query.get_or("lang", "");
  if (asked == "de" || domain::is_event_language(asked)) return asked;
  return std::string(domain::to_string(state(req).language));
}

void fill_event(Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                const services::PublicEvent& p, const std::string& language) {
  const auto& e = p.event;
  const auto text_of = domain::localised(e, language);
  auto* title = c.AddSectionDictionary("CONTENT_TITLE");
  title->SetValue("TEXT", text_of.title);
  title->SetValue("LANG", text_of.title_fallback ? "de" : language);
  title->SetValue("DIR", !text_of.title_fallback && domain::is_right_to_left(language) ? "rtl" : "ltr");
  if (!text_of.description.empty()) {
    auto* d = c.AddSectionDictionary("CONTENT_DESCRIPTION");
    d->SetValue("TEXT", text_of.description);
    d->SetValue("LANG", text_of.description_fallback ? "de" : language);
    d->SetValue("DIR", !text_of.description_fallback && domain::is_right_to_left(language) ? "rtl" : "ltr");
  }
  if (text_of.title_fallback || text_of.description_fallback) c.ShowSection("GERMAN_ONLY");
  c.SetValue("FORMAT", format_label(s, req, e.format));
  c.SetValue("WHEN", readable_span(req, e));
  c.SetValue("PLACE", e.place);
  c.SetValue("MUNICIPALITY", p.municipality_name);
  c.SetValue("ORGANISER", p.organiser_name);
  c.SetValue("AUDIENCE", e.audience);
  c.SetValue("PUBLIC_ID", e.public_id);
}

void add_language_links(Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                        const domain::Event& e, const std::string& current) {
  auto add = [&](const std::string& code) {
    auto* link = c.AddSectionDictionary("LANGUAGE_LINK");
    link->SetValue("CODE", code);
    link->SetValue("NAME", text(s, req, "events.language." + code));
    link->SetValue("HREF", "/e/" + e.public_id + "?lang=" + code);
    if (code == current) link->ShowSection("CURRENT");
  };
  add("de");
  for (const auto& t : e.translations) add(t.language);
}

http::Response public_page(Services& s, http::Request& req, const services::PublicEvent& p,
                           const domain::Registration& draft, const std::optional<Error>& error, http::Status status) {
  const auto language = content_language(req);
  Page page(s, req, "event_public", "events.public.title", "");
  page.set_title(domain::localised(p.event, language).title);
  auto& c = page.content();
  fill_event(s, req, c, p, language);
  add_language_links(s, req, c, p.event, language);
  c.SetValue("CONTENT_LANGUAGE", language);
  const auto& e = p.event;
  if (e.capacity > 0) {
    const auto left = std::max<std::int64_t>(0, e.capacity - p.taken);
    c.SetValue("PLACES", left > 0 ? s.catalog.format(state(req).language, "events.public.places_left",
                                                     {{"n", std::to_string(left)}})
                                  : text(s, req, "events.public.full"));
    if (left == 0) c.ShowSection("FULL");
  }
  if (!e.registration_open) {
    c.ShowSection("CLOSED");
  } else {
    auto* form = c.AddSectionDictionary("OPEN");
    form->SetValue("NAME", draft.name);
    form->SetValue("EMAIL", draft.email);
    form->SetValue("ORGANISATION_NAME", draft.organisation_name);
    if (draft.consent_given) form->ShowSection("CONSENT_CHECKED");
    if (error) set_field_errors(s, state(req).language, *form, *error);
  }
  if (error) {
    auto* summary = c.AddSectionDictionary("FORM_ERRORS");
    summary->SetValue("MESSAGE", text(s, req, error->fields.empty() ? error->message : "validation.form"));
  }
  return page.respond(status);
}

Result<services::PublicEvent> public_event_of_path(Services& s, const http::Request& req) {
  auto found = events(s).find_public(req.param("public_id"));
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

http::Response show_public(Services& s, http::Request& req) {
  auto p = public_event_of_path(s, req);
  if (!p) return error_response(s, req, p.error());
  return public_page(s, req, *p, {}, std::nullopt, http::Status::ok);
}

http::Response submit_public(Services& s, http::Request& req) {
  auto p = public_event_of_path(s, req);
  if (!p) return error_response(s, req, p.error());
  const auto form = req.form().value_or(http::Params{});
  domain::Registration r;
  r.name = form.get_or("name", "");
  r.email = form.get_or("email", "");
  r.organisation_name = form.get_or("organisation_name", "");
  r.consent_given = form.get_or("consent", "") == "1";
  auto receipt = events(s).register_publicly(p->event.public_id, r, req.request_id, unix_now());
  if (!receipt) {
    const auto code = receipt.error().code;
    if (code == ErrorCode::invalid_input || code == ErrorCode::conflict)
      return public_page(s, req, *p, r, receipt.error(),
                         code == ErrorCode::conflict ? http::Status::conflict : http::Status::unprocessable_entity);
    return error_response(s, req, receipt.error());
  }
  // The personal page is the confirmation: its address is the personal link.
  return http::Response::redirect("/r/" + receipt->cancel_token + "?new=1");
}

// ======================================================================= personal page

http::Response show_personal(Services& s, http::Request& req) {
  auto found = events(s).find_by_cancel_token(req.param("token"));
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  const auto& [r, p] = **found;
  const auto language = content_language(req);
  Page page(s, req, "event_personal", "events.personal.title", "");
  auto& c = page.content();
  fill_event(s, req, c, p, language);
  c.SetValue("NAME", r.name);
  c.SetValue("STATUS", status_label(s, req, r.status));
  c.SetValue("TOKEN", std::string(req.param("token")));
  c.SetValue("PERSONAL_URL", origin_of(req) + "/r/" + std::string(req.param("token")));
  switch (r.status) {
    case RegistrationStatus::registered:
      c.ShowSection("IS_REGISTERED");
      c.ShowSection("MAY_CANCEL");
      c.ShowSection("SHOW_QR");
      break;
    case RegistrationStatus::waiting:
      c.ShowSection("IS_WAITING");
      c.ShowSection("MAY_CANCEL");
      break;
    case RegistrationStatus::attended:
      c.ShowSection("IS_ATTENDED");
      break;
    case RegistrationStatus::cancelled:
      c.ShowSection("IS_CANCELLED");
      break;
  }
  const auto notice = req.query.get_or("new", "");
  if (notice == "1") page.set_notice(r.status == RegistrationStatus::waiting ? "events.public.confirm_waiting"
                                                                              : "events.public.confirm_registered");
  if (req.query.get_or("cancelled", "") == "1") page.set_notice("events.public.cancelled");
  return page.respond();
}

http::Response submit_cancel(Services& s, http::Request& req) {
  const std::string token(req.param("token"));
  auto outcome = events(s).cancel_by_token(token, req.request_id, unix_now());
  if (!outcome) return error_response(s, req, outcome.error());
  return http::Response::redirect("/r/" + token + "?cancelled=1");
}

// The QR code on the personal page: the staff check-in address of this registration.
http::Response personal_qr(Services& s, http::Request& req) {
  auto found = events(s).find_by_cancel_token(req.param("token"));
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  const auto& r = (*found)->first;
  const auto url = origin_of(req) + "/events/" + std::to_string(r.event_id) + "/registrations/" +
                   std::to_string(r.id) + "/check-in";
  auto svg = qr_svg(url, text(s, req, "events.qr.title"));
  if (!svg) return error_response(s, req, Error::internal("error.internal"));
  auto res = http::Response::text(std::move(*svg));
  res.headers.set("Content-Type", "image/svg+xml");
  return res;
}

// ======================================================================= calendar

http::Response calendar_response(std::string body, const std::string& filename) {
  auto res = http::Response::text(std::move(body));
  res.headers.set("Content-Type", "text/calendar; charset=utf-8");
  res.headers.set("Content-Disposition", "inline; filename=\"" + filename + "\"");
  return res;
}

http::Response public_event_ics(Services& s, http::Request& req) {
  auto p = public_event_of_path(s, req);
  if (!p) return error_response(s, req, p.error());
  services::CalendarEntry entry{p->event, p->municipality_name, origin_of(req) + "/e/" + p->event.public_id};
  return calendar_response(services::to_icalendar({entry}, ""), "event.ics");
}

// Every event of the region from a year ago on (a feed of all years would grow without bound).
http::Response region_feed(Services& s, http::Request& req) {
  std::string token(req.param("file"));
  if (!token.ends_with(".ics")) return error_response(s, req, Error::not_found());
  token.resize(token.size() - 4);
  auto region_id = events(s).region_of_feed(token);
  if (!region_id) return error_response(s, req, region_id.error());
  if (!region_id->has_value()) return error_response(s, req, Error::not_found());
  const auto rid = **region_id;
  auto region = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().find(rid); });
  if (!region || !region->has_value()) return error_response(s, req, Error::not_found());
  storage::EventQuery query;
  const auto year_ago = today();
  query.from = std::to_string(std::stoi(year_ago.substr(0, 4)) - 1) + year_ago.substr(4);
  query.limit = 500;
  std::vector<services::CalendarEntry> entries;
  for (query.offset = 0;; query.offset += query.limit) {
    auto page = events(s).list_events(rid, query);
    if (!page) return error_response(s, req, page.error());
    for (const auto& item : page->items)
      entries.push_back({item.event, item.municipality_name, origin_of(req) + "/e/" + item.event.public_id});
    if (static_cast<int>(page->items.size()) < query.limit) break;
  }
  return calendar_response(
      services::to_icalendar(entries, text(s, req, "events.feed.calendar_name") + " – " + (*region)->name),
      "events.ics");
}

}  // namespace

void register_event_public_routes(Routes& routes) {
  routes.get("/e/{public_id}", Access::anyone(), show_public);
  routes.post("/e/{public_id}", Access::anyone(), submit_public);
  routes.get("/e/{public_id}/event.ics", Access::anyone(), public_event_ics);
  routes.get("/r/{token}", Access::anyone(), show_personal);
  routes.post("/r/{token}/cancel", Access::anyone(), submit_cancel);
  routes.get("/r/{token}/qr.svg", Access::anyone(), personal_qr);
  routes.get("/calendar/{file}", Access::anyone(), region_feed);
}

}  // namespace bb::web
