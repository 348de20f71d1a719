// The needs pages (issue 5, Bedarfe): the list with filters and paging, the detail page with
// its links (reporting organisation, the offer that answers it) and history, the form with
// errors next to the fields, and delete with confirmation. Staff write; every regional role reads.
// "Planned as measure" keeps its reference for the action plan module; there is no form field
// for it yet.
#include "core/clock.hpp"
#include "web/page.hpp"
#include "web/pages/offer_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using namespace offer_pages;
using domain::Role;

storage::NeedQuery need_query_from(const http::Params& q) {
  storage::NeedQuery query;
  auto pick = [&](const char* key, auto is_valid) -> std::optional<std::string> {
    auto v = q.get_or(key, "");
    if (v.empty() || !is_valid(v)) return std::nullopt;
    return v;
  };
  query.status = pick("status", domain::is_need_status);
  query.target_group = pick("target_group", domain::is_target_group);
  query.field = pick("field", domain::is_offer_field);
  query.urgency = pick("urgency", domain::is_urgency);
  if (auto m = parse_int(q.get_or("municipality", ""))) query.municipality_id = *m;
  if (auto o = parse_int(q.get_or("organisation", ""))) query.organisation_id = *o;
  return query;
}

http::Response list_needs(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto places = municipalities(s, region_id);
  if (!places) return error_response(s, req, places.error());
  auto query = need_query_from(req.query);
  const int page_no = page_number(req);
  query.limit = kPageSize;
  query.offset = (page_no - 1) * kPageSize;
  auto found = needs(s).list_needs(region_id, query);
  if (!found) return error_response(s, req, found.error());

  Page page(s, req, "needs", "offers.needs.title", "nav.offers");
  auto& c = page.content();
  if (is_staff(req)) c.ShowSection("MAY_CREATE");
  add_choices(s, req, c, "STATUS_OPTION", "need_status", domain::kNeedStatuses, query.status.value_or(""));
  add_choices(s, req, c, "TARGET_GROUP_OPTION", "target_group", domain::kTargetGroups, query.target_group.value_or(""));
  add_choices(s, req, c, "FIELD_OPTION", "field", domain::kOfferFields, query.field.value_or(""));
  add_choices(s, req, c, "URGENCY_OPTION", "urgency", domain::kUrgencies, query.urgency.value_or(""));
  for (const auto& m : *places)
    add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, query.municipality_id == m.id);
  for (const auto& v : found->items) {
    const auto& n = v.need;
    auto* row = c.AddSectionDictionary("NEED");
    row->SetIntValue("ID", static_cast<long>(n.id));
    row->SetValue("DESCRIPTION", n.description);
    row->SetValue("REPORTED_ON", n.reported_on);
    row->SetValue("SOURCE", n.source_kind == "organisation" ? v.organisation_name : label(s, req, "need_source", n.source_kind));
    row->SetValue("TARGET_GROUP", label(s, req, "target_group", n.target_group));
    row->SetValue("FIELD", label(s, req, "field", n.field));
    row->SetValue("MUNICIPALITY", n.municipality_id ? municipality_name(*places, n.municipality_id) : text(s, req, "offers.whole_region"));
    row->SetValue("URGENCY", label(s, req, "urgency", n.urgency));
    row->SetValue("STATUS", label(s, req, "need_status", n.status));
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  add_pager(s, req, c, "/needs", page_no, found->total);
  if (req.query.get_or("saved", "") == "deleted") page.set_notice("offers.need.deleted");
  return page.respond();
}

domain::Need need_from_form(const http::Params& form) {
  domain::Need n;
  n.source_kind = form.get_or("source_kind", "organisation");
  n.organisation_id = optional_id_param(form, "organisation_id");
  n.source_note = form.get_or("source_note", "");
  n.target_group = form.get_or("target_group", "");
  n.municipality_id = optional_id_param(form, "municipality_id");
  n.field = form.get_or("field", "");
  n.description = form.get_or("description", "");
  n.urgency = form.get_or("urgency", "medium");
  n.reported_on = domain::trim(form.get_or("reported_on", ""));
  n.status = form.get_or("status", "open");
  n.offer_id = optional_id_param(form, "offer_id");
  return n;
}

http::Response need_form(Services& s, http::Request& req, const domain::Need& n, const std::optional<Error>& error,
                         http::Status status) {
  const auto region_id = region_of(req);
  auto places = municipalities(s, region_id);
  if (!places) return error_response(s, req, places.error());
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  storage::OfferQuery offer_query;
  offer_query.limit = 1000;
  offer_query.sort = storage::OfferQuery::Sort::title;
  auto offer_list = offers(s).list_offers(region_id, offer_query);
  if (!offer_list) return error_response(s, req, offer_list.error());

  const bool is_new = n.id == 0;
  Page page(s, req, "need_form", is_new ? "offers.need.new_title" : "offers.need.edit_title", "nav.offers");
  auto& c = page.content();
  c.SetValue("HEADING", text(s, req, is_new ? "offers.need.new_title" : "offers.need.edit_title"));
  c.SetValue("ACTION", is_new ? std::string("/needs") : "/needs/" + std::to_string(n.id));
  c.SetValue("CANCEL", is_new ? std::string("/needs") : "/needs/" + std::to_string(n.id));
  c.SetValue("SUBMIT", text(s, req, is_new ? "offers.need.create" : "common.save"));
  add_choices(s, req, c, "SOURCE_OPTION", "need_source", domain::kNeedSources, n.source_kind);
  for (const auto& o : *organisations)
    add_option(c, "ORGANISATION_OPTION", std::to_string(o.id), o.name, n.organisation_id == o.id);
  c.SetValue("SOURCE_NOTE", n.source_note);
  add_choices(s, req, c, "TARGET_GROUP_OPTION", "target_group", domain::kTargetGroups, n.target_group);
  add_choices(s, req, c, "FIELD_OPTION", "field", domain::kOfferFields, n.field);
  for (const auto& m : *places)
    add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, n.municipality_id == m.id);
  c.SetValue("DESCRIPTION", n.description);
  add_choices(s, req, c, "URGENCY_OPTION", "urgency", domain::kUrgencies, n.urgency);
  c.SetValue("REPORTED_ON", n.reported_on);
  add_choices(s, req, c, "STATUS_OPTION", "need_status", domain::kNeedStatuses, n.status);
  for (const auto& v : offer_list->items)
    add_option(c, "OFFER_OPTION", std::to_string(v.offer.id), v.offer.title + " (" + v.provider_name + ")",
               n.offer_id == v.offer.id);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_need(Services& s, http::Request& req) {
  domain::Need n;
  n.reported_on = today();
  n.organisation_id = optional_id_param(req.query, "organisation");
  return need_form(s, req, n, std::nullopt, http::Status::ok);
}

http::Response create_need(Services& s, http::Request& req) {
  auto n = need_from_form(req.form().value_or(http::Params{}));
  auto created = needs(s).create_need(caller_of(req), n, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return need_form(s, req, n, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/needs/" + std::to_string(*created) + "?saved=created");
}

http::Response show_need(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto region_id = region_of(req);
  auto found = needs(s).find_need(region_id, id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  const auto& n = **found;
  auto places = municipalities(s, region_id);
  if (!places) return error_response(s, req, places.error());
  auto history = needs(s).history(region_id, id);
  if (!history) return error_response(s, req, history.error());
  Page page(s, req, "need", "offers.need.title", "nav.offers");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(n.id));
  c.SetValue("DESCRIPTION", n.description);
  c.SetValue("SOURCE_KIND", label(s, req, "need_source", n.source_kind));
  if (n.organisation_id) {
    auto organisation = services::RegisterService(s.db).find_organisation(region_id, *n.organisation_id);
    if (organisation && organisation->has_value()) {
      auto* link = c.AddSectionDictionary("ORGANISATION");
      link->SetIntValue("ORGANISATION_ID", static_cast<long>(*n.organisation_id));
      link->SetValue("ORGANISATION_NAME", (*organisation)->name);
    }
  }
  c.SetValue("SOURCE_NOTE", n.source_note);
  c.SetValue("TARGET_GROUP", label(s, req, "target_group", n.target_group));
  c.SetValue("FIELD", label(s, req, "field", n.field));
  c.SetValue("MUNICIPALITY", n.municipality_id ? municipality_name(*places, n.municipality_id) : text(s, req, "offers.whole_region"));
  c.SetValue("URGENCY", label(s, req, "urgency", n.urgency));
  c.SetValue("REPORTED_ON", n.reported_on);
  c.SetValue("STATUS", label(s, req, "need_status", n.status));
  if (n.offer_id) {
    auto offer = offers(s).find_offer(region_id, *n.offer_id);
    if (offer && offer->has_value()) {
      auto* link = c.AddSectionDictionary("OFFER");
      link->SetIntValue("OFFER_ID", static_cast<long>(*n.offer_id));
      link->SetValue("OFFER_TITLE", (*offer)->title);
    }
  }
  if (n.measure_id) c.AddSectionDictionary("MEASURE")->SetIntValue("MEASURE_ID", static_cast<long>(*n.measure_id));
  add_history(s, req, c, *history);
  if (is_staff(req)) c.ShowSection("MAY_EDIT");
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("offers.need.created");
  if (saved == "1") page.set_notice("common.saved");
  return page.respond();
}

http::Response show_edit_need(Services& s, http::Request& req) {
  auto found = needs(s).find_need(region_of(req), *req.int_param("id"));
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  return need_form(s, req, **found, std::nullopt, http::Status::ok);
}

http::Response update_need(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto n = need_from_form(req.form().value_or(http::Params{}));
  n.id = id;
  auto updated = needs(s).update_need(caller_of(req), n, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return need_form(s, req, n, updated.error(), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/needs/" + std::to_string(id) + "?saved=1");
}

http::Response show_delete_need(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto found = needs(s).find_need(region_of(req), id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  Page page(s, req, "need_delete", "offers.need.delete_title", "nav.offers");
  page.content().SetIntValue("ID", static_cast<long>(id));
  page.content().SetValue("DESCRIPTION", (*found)->description);
  return page.respond();
}

http::Response delete_need(Services& s, http::Request& req) {
  auto deleted = needs(s).delete_need(caller_of(req), *req.int_param("id"), unix_now());
  if (!deleted) return error_response(s, req, deleted.error());
  return http::Response::redirect("/needs?saved=deleted");
}

}  // namespace

void register_need_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  routes.get("/needs", readers, list_needs);
  routes.get("/needs/new", staff, show_new_need);
  routes.post("/needs", staff, create_need);
  routes.get("/needs/{id:int}", readers, show_need);
  routes.get("/needs/{id:int}/edit", staff, show_edit_need);
  routes.post("/needs/{id:int}", staff, update_need);
  routes.get("/needs/{id:int}/delete", staff, show_delete_need);
  routes.post("/needs/{id:int}/delete", staff, delete_need);
}

}  // namespace bb::web
