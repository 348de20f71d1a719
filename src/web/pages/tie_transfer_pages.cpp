// The register's cooperation ties and bridge work (issue 3). Ties are added, edited and ended
// from an organisation's page (the other organisation, kind, direction, intensity 1-3, period,
// note); transfers are recorded from a network's page or /transfers/new (date, topic, from a
// network or an event, to a network or an event, result) and listed at /transfers. Staff
// only (declared per route, enforced by the RegisterService).
#include <algorithm>

#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::Role;
using namespace register_pages;
constexpr int kPageSize = 25;

// ======================================================================= ties

// A tie as seen from one organisation: the other one and the direction relative to it.
struct TieDraft {
  domain::Tie tie;
  domain::Id other_id = 0;
  std::string direction = "none";  // none, outgoing (this -> other), incoming (other -> this)
};

TieDraft draft_of(const domain::Tie& t, domain::Id perspective) {
  TieDraft d;
  d.tie = t;
  const bool is_a = t.organisation_a_id == perspective;
  d.other_id = is_a ? t.organisation_b_id : t.organisation_a_id;
  if (t.directed) d.direction = is_a ? "outgoing" : "incoming";
  return d;
}

TieDraft tie_from_form(const http::Params& form, domain::Id perspective) {
  TieDraft d;
  d.other_id = parse_int(form.get_or("other_id", "")).value_or(0);
  d.direction = form.get_or("direction", "none");
  if (d.direction != "outgoing" && d.direction != "incoming") d.direction = "none";
  auto& t = d.tie;
  t.kind = domain::parse_tie_kind(form.get_or("kind", "")).value_or(domain::TieKind::information_exchange);
  t.intensity = static_cast<int>(parse_int(form.get_or("intensity", "")).value_or(0));
  t.since = domain::trim(form.get_or("since", ""));
  t.until = domain::trim(form.get_or("until", ""));
  t.note = form.get_or("note", "");
  t.directed = d.direction != "none";
  if (d.direction == "incoming") {
    t.organisation_a_id = d.other_id;
    t.organisation_b_id = perspective;
  } else {
    t.organisation_a_id = perspective;
    t.organisation_b_id = d.other_id;
  }
  return d;
}

// The service names the two ends a and b; the form has only "the other organisation".
Error as_form_error(Error error) {
  std::map<std::string, std::string> fields;
  for (auto& [field, key] : error.fields) {
    if (field == "organisation_a_id" || field == "organisation_b_id") {
      fields["other_id"] = key;
    } else {
      fields[field] = key;
    }
  }
  error.fields = std::move(fields);
  return error;
}

http::Response tie_form(Services& s, http::Request& req, const domain::Organisation& o, const TieDraft& d,
                        const std::optional<Error>& error, http::Status status) {
  auto organisations = all_organisations(s, region_of(req));
  if (!organisations) return error_response(s, req, organisations.error());
  const bool is_new = d.tie.id == 0;
  Page page(s, req, "tie_form", is_new ? "register.tie.new_title" : "register.tie.edit_title", "nav.actors");
  auto& c = page.content();
  const auto base = "/organisations/" + std::to_string(o.id);
  c.SetValue("HEADING", text(s, req, is_new ? "register.tie.new_title" : "register.tie.edit_title"));
  c.SetValue("ORGANISATION_NAME", o.name);
  c.SetValue("ACTION", is_new ? base + "/ties" : base + "/ties/" + std::to_string(d.tie.id));
  c.SetValue("CANCEL", base);
  c.SetValue("SUBMIT", text(s, req, is_new ? "register.tie.create" : "common.save"));
  for (const auto& other : *organisations) {
    if (other.id == o.id || (!other.active && other.id != d.other_id)) continue;
    add_option(c, "OTHER_OPTION", std::to_string(other.id), other.name, other.id == d.other_id);
  }
  for (auto kind : {domain::TieKind::agreement, domain::TieKind::joint_offer, domain::TieKind::information_exchange,
                    domain::TieKind::referrals}) {
    const std::string key(domain::to_string(kind));
    add_option(c, "KIND_OPTION", key, text(s, req, "register.tie_kind." + key), d.tie.kind == kind);
  }
  for (const char* direction : {"none", "outgoing", "incoming"})
    add_option(c, "DIRECTION_OPTION", direction, text(s, req, std::string("register.tie.direction.") + direction),
               d.direction == direction);
  for (int i = 1; i <= 3; ++i)
    add_option(c, "INTENSITY_OPTION", std::to_string(i), text(s, req, "register.tie.intensity_" + std::to_string(i)),
               d.tie.intensity == i);
  c.SetValue("SINCE", d.tie.since);
  c.SetValue("UNTIL", d.tie.until);
  c.SetValue("NOTE", d.tie.note);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

Result<domain::Organisation> organisation_of_path(Services& s, const http::Request& req) {
  auto found = service(s).find_organisation(region_of(req), *req.int_param("id"));
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

// The tie of the path, if it involves the organisation of the path.
Result<domain::Tie> tie_of_path(Services& s, const http::Request& req) {
  const auto region_id = region_of(req);
  const auto tie_id = *req.int_param("tie_id");
  auto found = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.ties().find(region_id, tie_id); });
  if (!found) return found.error();
  const auto id = *req.int_param("id");
  if (!found->has_value() || ((*found)->organisation_a_id != id && (*found)->organisation_b_id != id))
    return Error::not_found();
  return std::move(**found);
}

http::Response show_new_tie(Services& s, http::Request& req) {
  auto o = organisation_of_path(s, req);
  if (!o) return error_response(s, req, o.error());
  TieDraft d;
  d.tie.intensity = 2;
  d.tie.since = today();
  return tie_form(s, req, *o, d, std::nullopt, http::Status::ok);
}

http::Response create_tie(Services& s, http::Request& req) {
  auto o = organisation_of_path(s, req);
  if (!o) return error_response(s, req, o.error());
  auto d = tie_from_form(req.form().value_or(http::Params{}), o->id);
  auto created = service(s).create_tie(caller_of(req), d.tie, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return tie_form(s, req, *o, d, as_form_error(created.error()), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/organisations/" + std::to_string(o->id) + "?saved=tie_added");
}

http::Response show_edit_tie(Services& s, http::Request& req) {
  auto o = organisation_of_path(s, req);
  if (!o) return error_response(s, req, o.error());
  auto t = tie_of_path(s, req);
  if (!t) return error_response(s, req, t.error());
  return tie_form(s, req, *o, draft_of(*t, o->id), std::nullopt, http::Status::ok);
}

http::Response update_tie(Services& s, http::Request& req) {
  auto o = organisation_of_path(s, req);
  if (!o) return error_response(s, req, o.error());
  auto t = tie_of_path(s, req);
  if (!t) return error_response(s, req, t.error());
  auto d = tie_from_form(req.form().value_or(http::Params{}), o->id);
  d.tie.id = t->id;
  auto updated = service(s).update_tie(caller_of(req), d.tie, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return tie_form(s, req, *o, d, as_form_error(updated.error()), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/organisations/" + std::to_string(o->id) + "?saved=1");
}

http::Response end_tie(Services& s, http::Request& req) {
  auto o = organisation_of_path(s, req);
  if (!o) return error_response(s, req, o.error());
  auto t = tie_of_path(s, req);
  if (!t) return error_response(s, req, t.error());
  auto tie = *t;
  tie.until = domain::trim(req.form().value_or(http::Params{}).get_or("until", ""));
  if (tie.until.empty()) tie.until = today();
  auto updated = service(s).update_tie(caller_of(req), tie, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return tie_form(s, req, *o, draft_of(tie, o->id), as_form_error(updated.error()),
                      http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/organisations/" + std::to_string(o->id) + "?saved=tie_ended");
}

// ======================================================================= transfers

std::string end_label(const domain::TransferEnd& end, const std::string& network_name) {
  return end.network_id ? network_name : end.event;
}

http::Response list_transfers(Services& s, http::Request& req) {
  const int page_no =
      static_cast<int>(std::clamp<std::int64_t>(parse_int(req.query.get_or("page", "1")).value_or(1), 1, 1000000));
  auto found = service(s).list_transfers(region_of(req), kPageSize, (page_no - 1) * kPageSize);
  if (!found) return error_response(s, req, found.error());
  Page page(s, req, "transfers", "register.transfers.title", "nav.actors");
  auto& c = page.content();
  const bool staff = is_staff(req);
  if (staff) c.ShowSection("MAY_CREATE");
  for (const auto& v : found->items) {
    auto* row = c.AddSectionDictionary("TRANSFER");
    row->SetIntValue("ID", static_cast<long>(v.transfer.id));
    row->SetValue("DATE", v.transfer.date);
    row->SetValue("TOPIC", v.transfer.topic);
    for (auto [section, end, name] : {std::tuple{"FROM", &v.transfer.from, &v.from_network_name},
                                      std::tuple{"TO", &v.transfer.to, &v.to_network_name}}) {
      auto* cell = row->AddSectionDictionary(section);
      cell->SetValue("LABEL", end_label(*end, *name));
      if (end->network_id)
        cell->AddSectionDictionary("LINK")->SetIntValue("NETWORK_ID", static_cast<long>(*end->network_id));
    }
    row->SetValue("RESULT", v.transfer.result);
    if (staff) row->ShowSection("MAY_EDIT");
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  const auto pages = std::max<std::int64_t>(1, (found->total + kPageSize - 1) / kPageSize);
  c.SetValue("PAGE_INFO", s.catalog.format(state(req).language, "register.page_info",
                                           {{"page", std::to_string(page_no)},
                                            {"pages", std::to_string(pages)},
                                            {"total", std::to_string(found->total)}}));
  if (page_no > 1) c.AddSectionDictionary("PREV")->SetValue("HREF", "/transfers?page=" + std::to_string(page_no - 1));
  if (page_no < pages)
    c.AddSectionDictionary("NEXT")->SetValue("HREF", "/transfers?page=" + std::to_string(page_no + 1));
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("register.transfer.created");
  if (saved == "1") page.set_notice("common.saved");
  if (saved == "deleted") page.set_notice("register.transfer.deleted");
  return page.respond();
}

// One end of the form: a network id ("from_network") or an event named in words ("from_event").
domain::TransferEnd end_from_form(const http::Params& form, const std::string& prefix) {
  domain::TransferEnd end;
  if (const auto n = form.get_or(prefix + "_network", ""); !n.empty()) end.network_id = parse_int(n).value_or(0);
  end.event = domain::trim(form.get_or(prefix + "_event", ""));
  return end;
}

domain::Transfer transfer_from_form(const http::Params& form) {
  domain::Transfer t;
  t.date = domain::trim(form.get_or("date", ""));
  t.topic = form.get_or("topic", "");
  t.from = end_from_form(form, "from");
  t.to = end_from_form(form, "to");
  t.result = form.get_or("result", "");
  return t;
}

http::Response transfer_form(Services& s, http::Request& req, const domain::Transfer& t, domain::Id back_network,
                             const std::optional<Error>& error, http::Status status) {
  auto networks = all_networks(s, region_of(req));
  if (!networks) return error_response(s, req, networks.error());
  const bool is_new = t.id == 0;
  Page page(s, req, "transfer_form", is_new ? "register.transfer.new_title" : "register.transfer.edit_title",
            "nav.actors");
  auto& c = page.content();
  c.SetValue("HEADING", text(s, req, is_new ? "register.transfer.new_title" : "register.transfer.edit_title"));
  c.SetValue("ACTION", is_new ? std::string("/transfers") : "/transfers/" + std::to_string(t.id));
  c.SetValue("CANCEL", back_network ? "/networks/" + std::to_string(back_network) : std::string("/transfers"));
  c.SetValue("SUBMIT", text(s, req, is_new ? "register.transfer.create" : "common.save"));
  if (back_network) c.SetIntValue("BACK_NETWORK", static_cast<long>(back_network));
  c.SetValue("DATE", t.date);
  c.SetValue("TOPIC", t.topic);
  c.SetValue("RESULT", t.result);
  c.SetValue("FROM_EVENT", t.from.event);
  c.SetValue("TO_EVENT", t.to.event);
  for (const auto& n : *networks) {
    add_option(c, "FROM_OPTION", std::to_string(n.id), n.name, t.from.network_id == n.id);
    add_option(c, "TO_OPTION", std::to_string(n.id), n.name, t.to.network_id == n.id);
  }
  if (!is_new) c.AddSectionDictionary("DELETE")->SetIntValue("ID", static_cast<long>(t.id));
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_transfer(Services& s, http::Request& req) {
  domain::Transfer t;
  t.date = today();
  const auto network = parse_int(req.query.get_or("network", "")).value_or(0);
  if (network) t.from.network_id = network;
  return transfer_form(s, req, t, network, std::nullopt, http::Status::ok);
}

// After saving: back to the network page the form came from, else to the list.
std::string after_save(const http::Params& form, const char* saved) {
  if (const auto back = parse_int(form.get_or("back_network", ""))) {
    return "/networks/" + std::to_string(*back) + "?saved=" + saved;
  }
  return std::string("/transfers?saved=") + (std::string(saved) == "transfer_added" ? "created" : "1");
}

http::Response create_transfer(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  auto t = transfer_from_form(form);
  auto created = service(s).create_transfer(caller_of(req), t, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return transfer_form(s, req, t, parse_int(form.get_or("back_network", "")).value_or(0), created.error(),
                           http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect(after_save(form, "transfer_added"));
}

Result<domain::Transfer> transfer_of_path(Services& s, const http::Request& req) {
  const auto region_id = region_of(req);
  const auto id = *req.int_param("id");
  auto found = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.transfers().find(region_id, id); });
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

http::Response show_edit_transfer(Services& s, http::Request& req) {
  auto t = transfer_of_path(s, req);
  if (!t) return error_response(s, req, t.error());
  return transfer_form(s, req, *t, 0, std::nullopt, http::Status::ok);
}

http::Response update_transfer(Services& s, http::Request& req) {
  auto current = transfer_of_path(s, req);
  if (!current) return error_response(s, req, current.error());
  const auto form = req.form().value_or(http::Params{});
  auto t = transfer_from_form(form);
  t.id = current->id;
  auto updated = service(s).update_transfer(caller_of(req), t, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return transfer_form(s, req, t, 0, updated.error(), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect(after_save(form, "1"));
}

http::Response delete_transfer(Services& s, http::Request& req) {
  auto deleted = service(s).delete_transfer(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return error_response(s, req, deleted.error());
  return http::Response::redirect("/transfers?saved=deleted");
}

}  // namespace

void add_tie_details(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& row,
                     const domain::Tie& tie, domain::Id perspective) {
  const auto d = draft_of(tie, perspective);
  row.SetIntValue("TIE_ID", static_cast<long>(tie.id));
  if (d.direction != "none") row.SetValue("DIRECTION", ", " + text(s, req, "register.tie.direction." + d.direction));
  std::string period;
  if (!tie.since.empty()) period += " " + text(s, req, "register.membership.since") + " " + tie.since;
  if (!tie.until.empty()) period += " " + text(s, req, "register.membership.until") + " " + tie.until;
  row.SetValue("PERIOD", period.empty() ? period : "," + period);
  if (is_staff(req)) {
    auto* actions = row.AddSectionDictionary("TIE_ACTIONS");
    if (tie.until.empty() || tie.until > today()) actions->ShowSection("TIE_END");
  }
}

void register_tie_transfer_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  routes.get("/organisations/{id:int}/ties/new", staff, show_new_tie);
  routes.post("/organisations/{id:int}/ties", staff, create_tie);
  routes.get("/organisations/{id:int}/ties/{tie_id:int}/edit", staff, show_edit_tie);
  routes.post("/organisations/{id:int}/ties/{tie_id:int}", staff, update_tie);
  routes.post("/organisations/{id:int}/ties/{tie_id:int}/end", staff, end_tie);
  routes.get("/transfers", readers, list_transfers);
  routes.get("/transfers/new", staff, show_new_transfer);
  routes.post("/transfers", staff, create_transfer);
  routes.get("/transfers/{id:int}/edit", staff, show_edit_transfer);
  routes.post("/transfers/{id:int}", staff, update_transfer);
  routes.post("/transfers/{id:int}/delete", staff, delete_transfer);
}

}  // namespace bb::web
