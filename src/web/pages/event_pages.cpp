// The events pages (issue 7): list with filters (format, municipality, period), detail,
// create/edit form with errors next to the fields (German title and description plus one
// block per further language), delete with confirmation, invitations, topics and their
// follow-up as a bridge-work transfer, and the region's calendar feed address.
// Reading: every regional role; writing: admin and staff (declared per route, decided again
// by the EventService).
#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "web/page.hpp"
#include "web/pages/event_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::Role;
using namespace event_pages;
constexpr int kPageSize = 25;

int page_number(const http::Request& req) {
  return static_cast<int>(std::clamp<std::int64_t>(parse_int(req.query.get_or("page", "1")).value_or(1), 1, 1000000));
}

storage::EventQuery query_from(const http::Params& q) {
  storage::EventQuery query;
  query.search = q.get_or("q", "");
  query.format = domain::parse_event_format(q.get_or("format", ""));
  if (auto m = parse_int(q.get_or("municipality", ""))) query.municipality_id = *m;
  if (auto from = domain::trim(q.get_or("from", "")); domain::is_iso_date(from)) query.from = from;
  if (auto to = domain::trim(q.get_or("to", "")); domain::is_iso_date(to)) query.to = to;
  query.descending = q.get_or("order", "") == "desc";
  return query;
}

Result<domain::Event> event_of_path(Services& s, const http::Request& req) {
  auto found = events(s).find_event(region_of(req), *req.int_param("id"));
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

// ======================================================================= list

http::Response list_events(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto names = load_event_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  const auto& q = req.query;
  auto query = query_from(q);
  const int page_no = page_number(req);
  query.limit = kPageSize;
  query.offset = (page_no - 1) * kPageSize;
  auto found = events(s).list_events(region_id, query);
  if (!found) return error_response(s, req, found.error());

  Page page(s, req, "events", "events.list.title", "nav.events");
  auto& c = page.content();
  if (is_staff(req)) c.ShowSection("MAY_CREATE");
  c.SetValue("Q", query.search);
  for (auto f : domain::kEventFormats)
    add_option(c, "FORMAT_OPTION", std::string(domain::to_string(f)), format_label(s, req, f), query.format == f);
  for (const auto& m : names->municipalities)
    add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, query.municipality_id == m.id);
  c.SetValue("FROM", q.get_or("from", ""));
  c.SetValue("TO", q.get_or("to", ""));
  // Field errors of the filter: a period that is not a date is named, not silently ignored.
  for (const char* key : {"from", "to"}) {
    const auto value = domain::trim(q.get_or(key, ""));
    if (!value.empty() && !domain::is_iso_date(value))
      c.AddSectionDictionary(upper(key) + "_ERROR")->SetValue("MESSAGE", text(s, req, "validation.date"));
  }
  add_option(c, "ORDER_OPTION", "asc", text(s, req, "events.list.order_asc"), !query.descending);
  add_option(c, "ORDER_OPTION", "desc", text(s, req, "events.list.order_desc"), query.descending);
  for (const auto& item : found->items) {
    const auto& e = item.event;
    auto* row = c.AddSectionDictionary("EVENT");
    row->SetIntValue("ID", static_cast<long>(e.id));
    row->SetValue("TITLE", e.title);
    row->SetValue("FORMAT", format_label(s, req, e.format));
    row->SetValue("WHEN", readable_span(req, e));
    row->SetValue("MUNICIPALITY", item.municipality_name);
    row->SetValue("REGISTERED", e.capacity > 0 ? std::to_string(item.registered) + " / " + std::to_string(e.capacity)
                                               : std::to_string(item.registered));
    row->SetIntValue("WAITING", static_cast<long>(item.waiting));
    row->SetIntValue("ATTENDED", static_cast<long>(item.attended));
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  const auto pages = std::max<std::int64_t>(1, (found->total + kPageSize - 1) / kPageSize);
  c.SetValue("PAGE_INFO", s.catalog.format(state(req).language, "register.page_info",
                                           {{"page", std::to_string(page_no)}, {"pages", std::to_string(pages)},
                                            {"total", std::to_string(found->total)}}));
  std::string filters = filter_query(q);
  const auto with_page = [&](int p) { return "/events" + filters + (filters.empty() ? "?" : "&") + "page=" + std::to_string(p); };
  if (page_no > 1) c.AddSectionDictionary("PREV")->SetValue("HREF", with_page(page_no - 1));
  if (page_no < pages) c.AddSectionDictionary("NEXT")->SetValue("HREF", with_page(page_no + 1));
  if (q.get_or("saved", "") == "deleted") page.set_notice("events.notice.deleted");
  return page.respond();
}

// ======================================================================= form

domain::Event event_from_form(const http::Params& form) {
  domain::Event e;
  e.format = domain::parse_event_format(form.get_or("format", "")).value_or(domain::EventFormat::informationsveranstaltung);
  e.title = form.get_or("title", "");
  e.description = form.get_or("description", "");
  e.starts_at = domain::trim(form.get_or("starts_at", ""));
  e.ends_at = domain::trim(form.get_or("ends_at", ""));
  e.place = form.get_or("place", "");
  if (auto m = parse_int(form.get_or("municipality_id", ""))) e.municipality_id = *m;
  if (auto o = parse_int(form.get_or("organiser_id", ""))) e.organiser_id = *o;
  for (const auto& v : form.get_all("co_organiser_ids"))
    if (auto id = parse_int(v)) e.co_organiser_ids.push_back(*id);
  for (const auto& v : form.get_all("network_ids"))
    if (auto id = parse_int(v)) e.network_ids.push_back(*id);
  e.audience = form.get_or("audience", "");
  const auto capacity = domain::trim(form.get_or("capacity", ""));
  e.capacity = capacity.empty() ? 0 : static_cast<int>(parse_int(capacity).value_or(-1));
  e.languages = domain::split_list(form.get_or("languages", ""));
  e.registration_open = form.get_or("registration_open", "") == "1";
  for (auto language : domain::kEventLanguages) {
    const std::string l(language);
    e.translations.push_back({l, form.get_or("title_" + l, ""), form.get_or("description_" + l, "")});
  }
  return e;
}

http::Response event_form(Services& s, http::Request& req, const domain::Event& e, const std::optional<Error>& error,
                          http::Status status) {
  auto names = load_event_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  const bool is_new = e.id == 0;
  Page page(s, req, "event_form", is_new ? "events.form.new_title" : "events.form.edit_title", "nav.events");
  auto& c = page.content();
  c.SetValue("HEADING", text(s, req, is_new ? "events.form.new_title" : "events.form.edit_title"));
  c.SetValue("ACTION", is_new ? "/events" : "/events/" + std::to_string(e.id));
  c.SetValue("CANCEL", is_new ? "/events" : "/events/" + std::to_string(e.id));
  c.SetValue("SUBMIT", text(s, req, is_new ? "events.form.create" : "common.save"));
  for (auto f : domain::kEventFormats)
    add_option(c, "FORMAT_OPTION", std::string(domain::to_string(f)), format_label(s, req, f), e.format == f);
  c.SetValue("TITLE", e.title);
  c.SetValue("DESCRIPTION", e.description);
  c.SetValue("STARTS_AT", e.starts_at);
  c.SetValue("ENDS_AT", e.ends_at);
  c.SetValue("PLACE", e.place);
  for (const auto& m : names->municipalities)
    add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, e.municipality_id == m.id);
  for (const auto& o : names->organisations) {
    if (!o.active && e.organiser_id != o.id) continue;
    add_option(c, "ORGANISER_OPTION", std::to_string(o.id), o.name, e.organiser_id == o.id);
    const bool co = std::find(e.co_organiser_ids.begin(), e.co_organiser_ids.end(), o.id) != e.co_organiser_ids.end();
    if (o.active || co) add_option(c, "CO_ORGANISER_OPTION", std::to_string(o.id), o.name, co);
  }
  for (const auto& n : names->networks) {
    const bool linked = std::find(e.network_ids.begin(), e.network_ids.end(), n.id) != e.network_ids.end();
    auto* box = c.AddSectionDictionary("NETWORK");
    box->SetValue("VALUE", std::to_string(n.id));
    box->SetValue("LABEL", n.name);
    if (linked) box->ShowSection("CHECKED");
  }
  c.SetValue("AUDIENCE", e.audience);
  c.SetValue("CAPACITY", e.capacity > 0 ? std::to_string(e.capacity) : "");
  c.SetValue("LANGUAGES", readable_list(e.languages));
  if (e.registration_open) c.ShowSection("REGISTRATION_OPEN");
  for (auto language : domain::kEventLanguages) {
    const std::string l(language);
    auto* block = c.AddSectionDictionary("TRANSLATION");
    block->SetValue("CODE", l);
    block->SetValue("LANGUAGE_NAME", text(s, req, "events.language." + l));
    block->SetValue("DIR", domain::is_right_to_left(l) ? "rtl" : "ltr");
    for (const auto& t : e.translations)
      if (t.language == l) {
        block->SetValue("T_TITLE", t.title);
        block->SetValue("T_DESCRIPTION", t.description);
      }
    if (error) {
      for (const char* field : {"title_", "description_"}) {
        auto it = error->fields.find(field + l);
        if (it != error->fields.end())
          block->AddSectionDictionary(std::string(field) == "title_" ? "T_TITLE_ERROR" : "T_DESCRIPTION_ERROR")
              ->SetValue("MESSAGE", text(s, req, it->second));
      }
    }
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_event(Services& s, http::Request& req) {
  domain::Event e;
  e.languages = {"de"};
  return event_form(s, req, e, std::nullopt, http::Status::ok);
}

http::Response create_event(Services& s, http::Request& req) {
  auto e = event_from_form(req.form().value_or(http::Params{}));
  auto id = events(s).create_event(caller_of(req), e, unix_now());
  if (!id) {
    if (id.error().code == ErrorCode::invalid_input)
      return event_form(s, req, e, id.error(), http::Status::unprocessable_entity);
    return error_response(s, req, id.error());
  }
  return http::Response::redirect("/events/" + std::to_string(*id) + "?saved=created");
}

http::Response show_edit_event(Services& s, http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  return event_form(s, req, *e, std::nullopt, http::Status::ok);
}

http::Response update_event(Services& s, http::Request& req) {
  auto current = event_of_path(s, req);
  if (!current) return error_response(s, req, current.error());
  auto e = event_from_form(req.form().value_or(http::Params{}));
  e.id = current->id;
  auto updated = events(s).update_event(caller_of(req), e, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return event_form(s, req, e, updated.error(), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/events/" + std::to_string(e.id) + "?saved=1");
}

// ======================================================================= detail

http::Response show_event(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  auto names = load_event_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  auto svc = events(s);
  auto registrations = svc.registrations(region_id, e->id);
  if (!registrations) return error_response(s, req, registrations.error());
  auto invitations = svc.invitations(region_id, e->id);
  if (!invitations) return error_response(s, req, invitations.error());
  auto topics = svc.topics(region_id, e->id);
  if (!topics) return error_response(s, req, topics.error());

  Page page(s, req, "event", "events.detail.title", "nav.events");
  page.set_title(e->title);
  auto& c = page.content();
  const bool staff = is_staff(req);
  if (staff) c.ShowSection("MAY_EDIT");
  c.SetIntValue("ID", static_cast<long>(e->id));
  c.SetValue("TITLE", e->title);
  c.SetValue("FORMAT", format_label(s, req, e->format));
  c.SetValue("WHEN", readable_span(req, *e));
  c.SetValue("PLACE", e->place);
  c.SetValue("MUNICIPALITY", names->municipality(e->municipality_id));
  c.SetValue("ORGANISER", names->organisation(e->organiser_id));
  std::vector<std::string> co;
  for (domain::Id id : e->co_organiser_ids) co.push_back(names->organisation(id));
  c.SetValue("CO_ORGANISERS", readable_list(co));
  for (domain::Id id : e->network_ids) {
    auto* n = c.AddSectionDictionary("LINKED_NETWORK");
    n->SetIntValue("NETWORK_ID", static_cast<long>(id));
    n->SetValue("NAME", names->network(id));
  }
  c.SetValue("AUDIENCE", e->audience);
  c.SetValue("CAPACITY", e->capacity > 0 ? std::to_string(e->capacity) : text(s, req, "events.capacity.unlimited"));
  c.SetValue("LANGUAGES", readable_list(e->languages));
  c.SetValue("DESCRIPTION", e->description);
  c.SetValue("REGISTRATION", text(s, req, e->registration_open ? "events.registration.open" : "events.registration.closed"));
  std::vector<std::string> translated;
  for (const auto& t : e->translations) translated.push_back(text(s, req, "events.language." + t.language));
  c.SetValue("TRANSLATIONS", translated.empty() ? text(s, req, "events.translations.none") : readable_list(translated));
  c.SetValue("PUBLIC_URL", origin_of(req) + "/e/" + e->public_id);
  c.SetValue("PUBLIC_PATH", "/e/" + e->public_id);
  if (e->format == domain::EventFormat::azubi_speeddating) c.ShowSection("SPEEDDATING");

  std::int64_t taken = 0, waiting = 0, attended = 0;
  for (const auto& v : *registrations) {
    const auto st = v.registration.status;
    if (st == domain::RegistrationStatus::registered || st == domain::RegistrationStatus::attended) ++taken;
    if (st == domain::RegistrationStatus::waiting) ++waiting;
    if (st == domain::RegistrationStatus::attended) ++attended;
  }
  c.SetIntValue("TAKEN", static_cast<long>(taken));
  c.SetIntValue("WAITING", static_cast<long>(waiting));
  c.SetIntValue("ATTENDED", static_cast<long>(attended));

  // Invitations.
  for (const auto& v : *invitations) {
    auto* row = c.AddSectionDictionary("INVITATION");
    row->SetIntValue("INVITATION_ID", static_cast<long>(v.invitation.id));
    row->SetValue("KIND", text(s, req, "events.invitation.kind." + std::string(domain::to_string(v.invitation.kind))));
    row->SetValue("TARGET", v.target_name);
    row->SetValue("INVITED_ON", v.invitation.invited_on);
    row->SetValue("NOTE", v.invitation.note);
    if (staff) row->ShowSection("MAY_EDIT");
  }
  if (invitations->empty()) c.ShowSection("NO_INVITATIONS");
  if (staff) {
    for (auto kind : {domain::InvitationKind::organisation, domain::InvitationKind::contact,
                      domain::InvitationKind::network})
      add_option(c, "KIND_OPTION", std::string(domain::to_string(kind)),
                 text(s, req, "events.invitation.kind." + std::string(domain::to_string(kind))), false);
    for (const auto& o : names->organisations)
      if (o.active) add_option(c, "INVITE_ORGANISATION_OPTION", std::to_string(o.id), o.name, false);
    for (const auto& n : names->networks) add_option(c, "INVITE_NETWORK_OPTION", std::to_string(n.id), n.name, false);
    storage::ContactQuery cq;
    cq.include_anonymised = false;
    cq.limit = 5000;
    auto contacts = service(s).list_contacts(region_id, cq);
    if (!contacts) return error_response(s, req, contacts.error());
    for (const auto& ct : contacts->items)
      add_option(c, "INVITE_CONTACT_OPTION", std::to_string(ct.id),
                 ct.name + " (" + names->organisation(ct.organisation_id) + ")", false);
    c.SetValue("TODAY", today());
  }

  // Topics and their follow-up.
  for (const auto& t : *topics) {
    auto* row = c.AddSectionDictionary("TOPIC");
    row->SetIntValue("TOPIC_ID", static_cast<long>(t.id));
    row->SetValue("TOPIC", t.topic);
    row->SetValue("NOTE", t.note);
    if (t.transfer_id) {
      row->AddSectionDictionary("TRANSFERRED")->SetIntValue("TRANSFER_ID", static_cast<long>(*t.transfer_id));
    } else if (staff) {
      row->ShowSection("MAY_FOLLOW_UP");
    }
  }
  if (topics->empty()) c.ShowSection("NO_TOPICS");

  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("events.notice.created");
  else if (saved == "invited") page.set_notice("events.notice.invited");
  else if (saved == "topic") page.set_notice("events.notice.topic_added");
  else if (saved == "transfer") page.set_notice("events.notice.transferred");
  else if (!saved.empty()) page.set_notice("common.saved");
  return page.respond();
}

// ======================================================================= delete

http::Response delete_page(Services& s, http::Request& req, const std::optional<Error>& blocked, http::Status status) {
  auto e = event_of_path(s, req);
  if (!e) return error_response(s, req, e.error());
  Page page(s, req, "event_delete", "events.delete.title", "nav.events");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(e->id));
  c.SetValue("TITLE", e->title);
  std::map<std::string, std::string> fields;
  if (blocked) {
    fields = blocked->fields;
  } else {
    auto dependants = events(s).event_dependants(region_of(req), e->id);
    if (!dependants) return error_response(s, req, dependants.error());
    if (dependants->registrations) fields["registrations"] = "events.error.in_use.registrations";
    if (dependants->transfers) fields["transfers"] = "events.error.in_use.transfers";
  }
  if (fields.empty()) {
    c.ShowSection("MAY_DELETE");
  } else {
    auto* section = c.AddSectionDictionary("BLOCKED");
    section->SetValue("MESSAGE", text(s, req, "events.error.in_use"));
    for (const auto& [field, key] : fields) section->AddSectionDictionary("BLOCKER")->SetValue("REASON", text(s, req, key));
  }
  return page.respond(status);
}

http::Response show_delete_event(Services& s, http::Request& req) {
  return delete_page(s, req, std::nullopt, http::Status::ok);
}

http::Response delete_event(Services& s, http::Request& req) {
  auto deleted = events(s).delete_event(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) {
    if (deleted.error().code == ErrorCode::conflict) return delete_page(s, req, deleted.error(), http::Status::conflict);
    return error_response(s, req, deleted.error());
  }
  return http::Response::redirect("/events?saved=deleted");
}

// ======================================================================= invitations

http::Response create_invitation(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  domain::Invitation i;
  i.event_id = *req.int_param("id");
  i.kind = domain::parse_invitation_kind(form.get_or("kind", "")).value_or(domain::InvitationKind::organisation);
  i.target_id = parse_int(form.get_or("target_" + std::string(domain::to_string(i.kind)), "")).value_or(0);
  i.invited_on = form.get_or("invited_on", "");
  i.note = form.get_or("note", "");
  auto id = events(s).invite(caller_of(req), i, unix_now());
  if (!id) return error_response(s, req, id.error());
  return http::Response::redirect("/events/" + std::to_string(i.event_id) + "?saved=invited#invitations");
}

http::Response delete_invitation(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto done = events(s).remove_invitation(caller_of(req), event_id, *req.int_param("invitation_id"), unix_now());
  if (!done) return error_response(s, req, done.error());
  return http::Response::redirect("/events/" + std::to_string(event_id) + "?saved=1#invitations");
}

// ======================================================================= topics

http::Response create_topic(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  domain::EventTopic t;
  t.event_id = *req.int_param("id");
  t.topic = form.get_or("topic", "");
  t.note = form.get_or("note", "");
  auto id = events(s).add_topic(caller_of(req), t, unix_now());
  if (!id) return error_response(s, req, id.error());
  return http::Response::redirect("/events/" + std::to_string(t.event_id) + "?saved=topic#topics");
}

struct FollowUpDraft {
  std::string to_kind = "network";
  domain::TransferEnd to;
  std::string date;
  std::string result;
};

http::Response follow_up_form(Services& s, http::Request& req, const domain::Event& e, const domain::EventTopic& t,
                              const FollowUpDraft& d, const std::optional<Error>& error, http::Status status) {
  auto networks = all_networks(s, region_of(req));
  if (!networks) return error_response(s, req, networks.error());
  Page page(s, req, "event_follow_up", "events.follow_up.title", "nav.events");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(e.id));
  c.SetIntValue("TOPIC_ID", static_cast<long>(t.id));
  c.SetValue("EVENT_TITLE", e.title);
  c.SetValue("TOPIC", t.topic);
  for (const auto& n : *networks)
    add_option(c, "NETWORK_OPTION", std::to_string(n.id), n.name, d.to.network_id == n.id);
  if (d.to_kind == "event") c.ShowSection("TO_EVENT_CHECKED");
  else c.ShowSection("TO_NETWORK_CHECKED");
  c.SetValue("TO_EVENT", d.to.event);
  c.SetValue("DATE", d.date.empty() ? e.starts_at.substr(0, 10) : d.date);
  c.SetValue("RESULT", d.result);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

Result<std::pair<domain::Event, domain::EventTopic>> topic_of_path(Services& s, const http::Request& req) {
  auto e = event_of_path(s, req);
  if (!e) return e.error();
  auto topics = events(s).topics(region_of(req), e->id);
  if (!topics) return topics.error();
  const auto topic_id = *req.int_param("topic_id");
  for (const auto& t : *topics)
    if (t.id == topic_id) return std::make_pair(std::move(*e), t);
  return Error::not_found();
}

http::Response show_follow_up(Services& s, http::Request& req) {
  auto found = topic_of_path(s, req);
  if (!found) return error_response(s, req, found.error());
  return follow_up_form(s, req, found->first, found->second, {}, std::nullopt, http::Status::ok);
}

http::Response create_follow_up(Services& s, http::Request& req) {
  auto found = topic_of_path(s, req);
  if (!found) return error_response(s, req, found.error());
  const auto form = req.form().value_or(http::Params{});
  FollowUpDraft d;
  d.to_kind = form.get_or("to_kind", "network") == "event" ? "event" : "network";
  if (d.to_kind == "network") {
    if (auto n = parse_int(form.get_or("to_network_id", ""))) d.to.network_id = *n;
  } else {
    d.to.event = form.get_or("to_event", "");
  }
  d.date = domain::trim(form.get_or("date", ""));
  d.result = form.get_or("result", "");
  auto id = events(s).follow_up_as_transfer(caller_of(req), found->first.id, found->second.id, d.to, d.date, d.result,
                                            unix_now());
  if (!id) {
    if (id.error().code == ErrorCode::invalid_input)
      return follow_up_form(s, req, found->first, found->second, d, id.error(), http::Status::unprocessable_entity);
    return error_response(s, req, id.error());
  }
  return http::Response::redirect("/events/" + std::to_string(found->first.id) + "?saved=transfer#topics");
}

// ======================================================================= calendar feed

http::Response show_feed(Services& s, http::Request& req) {
  auto has = events(s).has_feed(region_of(req));
  if (!has) return error_response(s, req, has.error());
  Page page(s, req, "event_feed", "events.feed.title", "nav.events");
  auto& c = page.content();
  if (*has) c.ShowSection("HAS_FEED");
  return page.respond();
}

// The new address is shown once, on this answer (the database keeps only the token's hash).
http::Response rotate_feed(Services& s, http::Request& req) {
  auto token = events(s).rotate_feed_token(caller_of(req), unix_now());
  if (!token) return error_response(s, req, token.error());
  Page page(s, req, "event_feed", "events.feed.title", "nav.events");
  auto& c = page.content();
  c.ShowSection("HAS_FEED");
  c.AddSectionDictionary("NEW_FEED")->SetValue("FEED_URL", origin_of(req) + "/calendar/" + *token + ".ics");
  return page.respond();
}

}  // namespace

void register_event_attendance_routes(Routes& routes);  // event_attendance_pages.cpp
void register_event_public_routes(Routes& routes);      // event_public_pages.cpp
void register_event_api_routes(Routes& routes);         // api/event_api.cpp

void register_event_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  routes.get("/events", readers, list_events);
  routes.get("/events/new", staff, show_new_event);
  routes.post("/events", staff, create_event);
  routes.get("/events/feed", staff, show_feed);
  routes.post("/events/feed", staff, rotate_feed);
  routes.get("/events/{id:int}", readers, show_event);
  routes.get("/events/{id:int}/edit", staff, show_edit_event);
  routes.post("/events/{id:int}", staff, update_event);
  routes.get("/events/{id:int}/delete", staff, show_delete_event);
  routes.post("/events/{id:int}/delete", staff, delete_event);
  routes.post("/events/{id:int}/invitations", staff, create_invitation);
  routes.post("/events/{id:int}/invitations/{invitation_id:int}/delete", staff, delete_invitation);
  routes.post("/events/{id:int}/topics", staff, create_topic);
  routes.get("/events/{id:int}/topics/{topic_id:int}/transfer", staff, show_follow_up);
  routes.post("/events/{id:int}/topics/{topic_id:int}/transfer", staff, create_follow_up);
  register_event_attendance_routes(routes);
  register_event_public_routes(routes);
  register_event_api_routes(routes);
  register_speeddating_routes(routes);
}

}  // namespace bb::web
