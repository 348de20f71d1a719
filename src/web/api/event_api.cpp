// The events JSON API (issue 7) under /api/v1/events: events (list with filters, get, create,
// patch, delete), invitations, registrations (staff register, cancel, attendance), the numbers
// after an event, topics and their follow-up as a transfer, and co-attendance for the network
// map layer. Same rules as the pages: every regional role reads, admin and staff write; ids of
// another region answer 404 because every lookup takes the caller's region.
#include <boost/json.hpp>

#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "services/event_service.hpp"
#include "web/api/json_body.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::Role;
using namespace register_support;
namespace json = boost::json;

services::EventService events(Services& s) {
  return services::EventService(s.db);
}

json::array id_array(const std::vector<domain::Id>& ids) {
  json::array out;
  for (auto id : ids) out.emplace_back(id);
  return out;
}

json::object event_json(const domain::Event& e) {
  json::object translations;
  for (const auto& t : e.translations)
    translations[t.language] = json::object{{"title", t.title}, {"description", t.description}};
  return json::object{{"id", e.id},
                      {"public_id", e.public_id},
                      {"format", std::string(domain::to_string(e.format))},
                      {"title", e.title},
                      {"description", e.description},
                      {"starts_at", e.starts_at},
                      {"ends_at", e.ends_at},
                      {"place", e.place},
                      {"municipality_id", optional_id(e.municipality_id)},
                      {"organiser_id", optional_id(e.organiser_id)},
                      {"co_organiser_ids", id_array(e.co_organiser_ids)},
                      {"network_ids", id_array(e.network_ids)},
                      {"audience", e.audience},
                      {"capacity", e.capacity},
                      {"languages", string_array(e.languages)},
                      {"registration_open", e.registration_open},
                      {"translations", translations},
                      {"created_at", e.created_at},
                      {"updated_at", e.updated_at}};
}

json::object summary_json(const storage::EventSummary& s) {
  return json::object{{"id", s.event.id},
                      {"public_id", s.event.public_id},
                      {"format", std::string(domain::to_string(s.event.format))},
                      {"title", s.event.title},
                      {"starts_at", s.event.starts_at},
                      {"ends_at", s.event.ends_at},
                      {"place", s.event.place},
                      {"municipality_id", optional_id(s.event.municipality_id)},
                      {"municipality_name", s.municipality_name},
                      {"organiser_id", optional_id(s.event.organiser_id)},
                      {"organiser_name", s.organiser_name},
                      {"capacity", s.event.capacity},
                      {"registered", s.registered},
                      {"waiting", s.waiting},
                      {"attended", s.attended}};
}

json::object registration_json(const domain::Registration& r) {
  return json::object{{"id", r.id},
                      {"event_id", r.event_id},
                      {"name", r.name},
                      {"email", r.email},
                      {"organisation_id", optional_id(r.organisation_id)},
                      {"organisation_name", r.organisation_name},
                      {"consent_given", r.consent_given},
                      {"consent_at", r.consent_at ? json::value(*r.consent_at) : json::value(nullptr)},
                      {"status", std::string(domain::to_string(r.status))},
                      {"registered_by", std::string(domain::to_string(r.registered_by))},
                      {"checked_in_at", r.checked_in_at ? json::value(*r.checked_in_at) : json::value(nullptr)},
                      {"created_at", r.created_at}};
}

json::object invitation_json(const storage::InvitationView& v) {
  return json::object{{"id", v.invitation.id},
                      {"event_id", v.invitation.event_id},
                      {"kind", std::string(domain::to_string(v.invitation.kind))},
                      {"target_id", v.invitation.target_id},
                      {"target_name", v.target_name},
                      {"invited_on", v.invitation.invited_on},
                      {"note", v.invitation.note}};
}

json::object topic_json(const domain::EventTopic& t) {
  return json::object{{"id", t.id},
                      {"event_id", t.event_id},
                      {"topic", t.topic},
                      {"note", t.note},
                      {"transfer_id", optional_id(t.transfer_id)}};
}

void read_event(JsonReader& r, domain::Event& e, const json::object& body) {
  r.choice("format", e.format, domain::parse_event_format);
  r.text("title", e.title);
  r.text("description", e.description);
  r.text("starts_at", e.starts_at);
  r.text("ends_at", e.ends_at);
  r.text("place", e.place);
  r.optional_id("municipality_id", e.municipality_id);
  r.optional_id("organiser_id", e.organiser_id);
  r.ids("co_organiser_ids", e.co_organiser_ids);
  r.ids("network_ids", e.network_ids);
  r.text("audience", e.audience);
  r.number("capacity", e.capacity);
  r.list("languages", e.languages);
  r.flag("registration_open", e.registration_open);
  // {"tr": {"title": "...", "description": "..."}, ...}: replaces all translations.
  if (const auto* v = body.if_contains("translations")) {
    if (!v->is_object()) {
      r.fail("translations", "validation.form");
      return;
    }
    e.translations.clear();
    for (const auto& [language, value] : v->as_object()) {
      domain::EventTranslation t;
      t.language = std::string(language);
      if (!value.is_object()) {
        r.fail("translations", "validation.form");
        continue;
      }
      JsonReader inner(value.as_object());
      inner.text("title", t.title);
      inner.text("description", t.description);
      if (!inner.errors().empty()) r.fail("translations", "validation.form");
      e.translations.push_back(std::move(t));
    }
  }
}

std::optional<http::Response> read_event_body(const Services& s, const http::Request& req, domain::Event& e) {
  auto body = body_object(s, req);
  if (auto* res = std::get_if<http::Response>(&body)) return std::move(*res);
  const auto& object = std::get<json::object>(body);
  JsonReader reader(object);
  read_event(reader, e, object);
  if (!reader.errors().empty()) return json_error(s, req, Error::invalid("validation.form", reader.errors()));
  return std::nullopt;
}

// ----- events -----

http::Response list_events(Services& s, http::Request& req) {
  const auto page = paging(req);
  if (!page) return paging_error(s, req);
  storage::EventQuery query;
  domain::FieldErrors fields;
  const auto& q = req.query;
  if (auto f = q.get_or("format", ""); !f.empty()) {
    query.format = domain::parse_event_format(f);
    if (!query.format) fields["format"] = "validation.form";
  }
  if (auto m = q.get_or("municipality_id", ""); !m.empty()) {
    if (auto id = parse_int(m)) query.municipality_id = *id;
    else fields["municipality_id"] = "validation.number";
  }
  query.from = q.get_or("from", "");
  query.to = q.get_or("to", "");
  if (!query.from.empty() && !domain::is_iso_date(query.from)) fields["from"] = "validation.date";
  if (!query.to.empty() && !domain::is_iso_date(query.to)) fields["to"] = "validation.date";
  if (!fields.empty()) return json_error(s, req, Error::invalid("validation.form", fields));
  query.search = q.get_or("q", "");
  query.descending = q.get_or("order", "") == "desc";
  query.limit = page->first;
  query.offset = page->second;
  auto found = events(s).list_events(region_of(req), query);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& item : found->items) items.push_back(summary_json(item));
  return json_response(
      json::object{{"items", items}, {"total", found->total}, {"limit", query.limit}, {"offset", query.offset}});
}

http::Response get_event(Services& s, http::Request& req) {
  auto found = events(s).find_event(region_of(req), *req.int_param("id"));
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  return json_response(event_json(**found));
}

http::Response create_event(Services& s, http::Request& req) {
  domain::Event input;
  if (auto res = read_event_body(s, req, input)) return std::move(*res);
  auto id = events(s).create_event(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto found = events(s).find_event(region_of(req), *id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return created(event_json(**found), "/api/v1/events/" + std::to_string(*id));
}

http::Response patch_event(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto current = events(s).find_event(region_of(req), id);
  if (!current) return json_error(s, req, current.error());
  if (!current->has_value()) return json_error(s, req, Error::not_found());
  domain::Event input = **current;
  if (auto res = read_event_body(s, req, input)) return std::move(*res);
  input.id = id;
  auto updated = events(s).update_event(caller_of(req), input, unix_now());
  if (!updated) return json_error(s, req, updated.error());
  return get_event(s, req);
}

http::Response delete_event(Services& s, http::Request& req) {
  auto deleted = events(s).delete_event(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return json_error(s, req, deleted.error());
  return no_content();
}

// ----- invitations -----

http::Response list_invitations(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto e = events(s).find_event(region_of(req), event_id);
  if (!e) return json_error(s, req, e.error());
  if (!e->has_value()) return json_error(s, req, Error::not_found());
  auto found = events(s).invitations(region_of(req), event_id);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : *found) items.push_back(invitation_json(v));
  return json_response(json::object{{"items", items}});
}

http::Response create_invitation(Services& s, http::Request& req) {
  domain::Invitation input;
  input.event_id = *req.int_param("id");
  input.invited_on = today();
  if (auto res = read_body(s, req, input, [](JsonReader& r, domain::Invitation& i) {
        r.choice("kind", i.kind, domain::parse_invitation_kind);
        r.number("target_id", i.target_id);
        r.text("invited_on", i.invited_on);
        r.text("note", i.note);
      }))
    return std::move(*res);
  auto id = events(s).invite(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  auto all = events(s).invitations(region_of(req), input.event_id);
  if (!all) return json_error(s, req, all.error());
  for (const auto& v : *all)
    if (v.invitation.id == *id)
      return created(invitation_json(v), "/api/v1/events/" + std::to_string(input.event_id) + "/invitations/" +
                                             std::to_string(*id));
  return json_error(s, req, Error::internal("error.internal"));
}

http::Response get_invitation(Services& s, http::Request& req) {
  auto all = events(s).invitations(region_of(req), *req.int_param("id"));
  if (!all) return json_error(s, req, all.error());
  for (const auto& v : *all)
    if (v.invitation.id == *req.int_param("invitation_id")) return json_response(invitation_json(v));
  return json_error(s, req, Error::not_found());
}

http::Response delete_invitation(Services& s, http::Request& req) {
  auto done =
      events(s).remove_invitation(caller_of(req), *req.int_param("id"), *req.int_param("invitation_id"), unix_now());
  if (!done) return json_error(s, req, done.error());
  return no_content();
}

// ----- registrations and attendance -----

http::Response list_registrations(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto e = events(s).find_event(region_of(req), event_id);
  if (!e) return json_error(s, req, e.error());
  if (!e->has_value()) return json_error(s, req, Error::not_found());
  auto found = events(s).registrations(region_of(req), event_id);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& v : *found) {
    auto j = registration_json(v.registration);
    j["organisation_display"] = v.organisation_display;
    items.push_back(std::move(j));
  }
  return json_response(json::object{{"items", items}});
}

http::Response get_registration_answer(Services& s, http::Request& req, domain::Id event_id, domain::Id id,
                                       http::Status status) {
  auto found = events(s).find_registration(region_of(req), event_id, id);
  if (!found) return json_error(s, req, found.error());
  if (!found->has_value()) return json_error(s, req, Error::not_found());
  auto res = json_response(registration_json(**found), status);
  if (status == http::Status::created)
    res.headers.set("Location", "/api/v1/events/" + std::to_string(event_id) + "/registrations/" + std::to_string(id));
  return res;
}

http::Response get_registration(Services& s, http::Request& req) {
  return get_registration_answer(s, req, *req.int_param("id"), *req.int_param("registration_id"), http::Status::ok);
}

// Staff register someone; the answer says whether they got a place or are waiting. The cancel
// token is not returned: staff cancel through the API, the person was registered in person.
http::Response create_registration(Services& s, http::Request& req) {
  domain::Registration input;
  input.event_id = *req.int_param("id");
  if (auto res = read_body(s, req, input, [](JsonReader& r, domain::Registration& x) {
        r.text("name", x.name);
        r.text("email", x.email);
        r.optional_id("organisation_id", x.organisation_id);
        r.text("organisation_name", x.organisation_name);
        r.flag("consent_given", x.consent_given);
      }))
    return std::move(*res);
  auto receipt = events(s).register_by_staff(caller_of(req), input, unix_now());
  if (!receipt) return json_error(s, req, receipt.error());
  return get_registration_answer(s, req, input.event_id, receipt->registration_id, http::Status::created);
}

http::Response cancel_registration(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto id = *req.int_param("registration_id");
  auto outcome = events(s).cancel_registration(caller_of(req), event_id, id, unix_now());
  if (!outcome) return json_error(s, req, outcome.error());
  auto found = events(s).find_registration(region_of(req), event_id, id);
  if (!found || !found->has_value()) return json_error(s, req, Error::internal("error.internal"));
  return json_response(json::object{{"registration", registration_json(**found)},
                                    {"moved_up", optional_id(outcome->moved_up)}});
}

// {"attended": true} checks in, false undoes it.
http::Response set_attendance(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto id = *req.int_param("registration_id");
  bool attended = true;
  if (auto res = read_body(s, req, attended, [](JsonReader& r, bool& a) { r.flag("attended", a); }))
    return std::move(*res);
  auto done = events(s).check_in(caller_of(req), event_id, id, attended, unix_now());
  if (!done) return json_error(s, req, done.error());
  return get_registration_answer(s, req, event_id, id, http::Status::ok);
}

json::array counts_json(const std::vector<storage::AttendanceFigures::Count>& counts) {
  json::array out;
  for (const auto& c : counts)
    out.push_back(json::object{{"key", c.key}, {"attendees", c.attendees}, {"organisations", c.organisations}});
  return out;
}

http::Response get_attendance(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto e = events(s).find_event(region_of(req), event_id);
  if (!e) return json_error(s, req, e.error());
  if (!e->has_value()) return json_error(s, req, Error::not_found());
  auto f = events(s).figures(region_of(req), event_id);
  if (!f) return json_error(s, req, f.error());
  return json_response(json::object{{"registered", f->registered},
                                    {"attended", f->attended},
                                    {"cancelled", f->cancelled},
                                    {"waiting", f->waiting},
                                    {"by_organisation_type", counts_json(f->by_type)},
                                    {"by_municipality", counts_json(f->by_municipality)}});
}

// ----- topics -----

http::Response list_topics(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto e = events(s).find_event(region_of(req), event_id);
  if (!e) return json_error(s, req, e.error());
  if (!e->has_value()) return json_error(s, req, Error::not_found());
  auto found = events(s).topics(region_of(req), event_id);
  if (!found) return json_error(s, req, found.error());
  json::array items;
  for (const auto& t : *found) items.push_back(topic_json(t));
  return json_response(json::object{{"items", items}});
}

http::Response create_topic(Services& s, http::Request& req) {
  domain::EventTopic input;
  input.event_id = *req.int_param("id");
  if (auto res = read_body(s, req, input, [](JsonReader& r, domain::EventTopic& t) {
        r.text("topic", t.topic);
        r.text("note", t.note);
      }))
    return std::move(*res);
  auto id = events(s).add_topic(caller_of(req), input, unix_now());
  if (!id) return json_error(s, req, id.error());
  input.id = *id;
  return created(topic_json(input),
                 "/api/v1/events/" + std::to_string(input.event_id) + "/topics/" + std::to_string(*id));
}

http::Response get_topic(Services& s, http::Request& req) {
  auto all = events(s).topics(region_of(req), *req.int_param("id"));
  if (!all) return json_error(s, req, all.error());
  for (const auto& t : *all)
    if (t.id == *req.int_param("topic_id")) return json_response(topic_json(t));
  return json_error(s, req, Error::not_found());
}

struct FollowUpInput {
  domain::TransferEnd to;
  std::string date;
  std::string result;
};

http::Response create_follow_up(Services& s, http::Request& req) {
  FollowUpInput input;
  if (auto res = read_body(s, req, input, [](JsonReader& r, FollowUpInput& f) {
        r.end("to", f.to);
        r.text("date", f.date);
        r.text("result", f.result);
      }))
    return std::move(*res);
  const auto event_id = *req.int_param("id");
  auto id = events(s).follow_up_as_transfer(caller_of(req), event_id, *req.int_param("topic_id"), input.to, input.date,
                                            input.result, unix_now());
  if (!id) return json_error(s, req, id.error());
  return created(json::object{{"transfer_id", *id}, {"topic_id", *req.int_param("topic_id")}},
                 "/api/v1/transfers/" + std::to_string(*id));
}

// ----- co-attendance -----

http::Response co_attendance(Services& s, http::Request& req) {
  const auto from = req.query.get_or("from", "");
  const auto to = req.query.get_or("to", "");
  auto pairs = events(s).co_attendance(region_of(req), from, to);
  if (!pairs) return json_error(s, req, pairs.error());
  json::array items;
  for (const auto& p : *pairs)
    items.push_back(json::object{{"organisation_a_id", p.organisation_a_id},
                                 {"organisation_a_name", p.organisation_a_name},
                                 {"organisation_b_id", p.organisation_b_id},
                                 {"organisation_b_name", p.organisation_b_name},
                                 {"events", p.events},
                                 {"last_date", p.last_date},
                                 {"formats", string_array(p.formats)}});
  return json_response(json::object{{"items", items}, {"from", from}, {"to", to}});
}

}  // namespace

void register_event_api_routes(Routes& routes) {
  const auto readers = Access::api(domain::RoleSet::regional());
  const auto staff = Access::api({Role::admin, Role::staff});
  using http::Method;
  routes.get("/api/v1/events", readers, list_events);
  routes.post("/api/v1/events", staff, create_event);
  routes.get("/api/v1/events/co-attendance", readers, co_attendance);
  routes.get("/api/v1/events/{id:int}", readers, get_event);
  routes.add(Method::patch, "/api/v1/events/{id:int}", staff, patch_event);
  routes.add(Method::delete_, "/api/v1/events/{id:int}", staff, delete_event);
  routes.get("/api/v1/events/{id:int}/invitations", readers, list_invitations);
  routes.post("/api/v1/events/{id:int}/invitations", staff, create_invitation);
  routes.get("/api/v1/events/{id:int}/invitations/{invitation_id:int}", readers, get_invitation);
  routes.add(Method::delete_, "/api/v1/events/{id:int}/invitations/{invitation_id:int}", staff, delete_invitation);
  routes.get("/api/v1/events/{id:int}/registrations", staff, list_registrations);
  routes.post("/api/v1/events/{id:int}/registrations", staff, create_registration);
  routes.get("/api/v1/events/{id:int}/registrations/{registration_id:int}", staff, get_registration);
  routes.post("/api/v1/events/{id:int}/registrations/{registration_id:int}/cancel", staff, cancel_registration);
  routes.post("/api/v1/events/{id:int}/registrations/{registration_id:int}/attendance", staff, set_attendance);
  routes.get("/api/v1/events/{id:int}/attendance", readers, get_attendance);
  routes.get("/api/v1/events/{id:int}/topics", readers, list_topics);
  routes.post("/api/v1/events/{id:int}/topics", staff, create_topic);
  routes.get("/api/v1/events/{id:int}/topics/{topic_id:int}", readers, get_topic);
  routes.post("/api/v1/events/{id:int}/topics/{topic_id:int}/transfer", staff, create_follow_up);
}

}  // namespace bb::web
