// The register's pages (issue 3, Akteure & Netzwerke): organisations and networks with their
// lists (filters, search, sorting, paging as a plain GET form), detail pages, forms and delete
// confirmations, and the memberships of a network. Reads are open to every regional role;
// writes are declared per route and checked again by the RegisterService (partners: their own
// organisation only). What a user cannot do is not offered.
#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "web/cookies.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <algorithm>
#include <map>

namespace bb::web {

namespace {

using domain::Role;

// "de, fa" for people; the forms split at commas again (domain::split_list trims).
std::string readable_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}
using namespace register_support;
constexpr int kPageSize = 25;

services::RegisterService service(Services& s) { return services::RegisterService(s.db); }

const std::string& text(const Services& s, const http::Request& req, std::string_view key) {
  return s.catalog.text(state(req).language, key);
}

void add_option(ctemplate::TemplateDictionary& dict, const char* section, const std::string& value,
                const std::string& label, bool selected) {
  auto* option = dict.AddSectionDictionary(section);
  option->SetValue("VALUE", value);
  option->SetValue("LABEL", label);
  if (selected) option->ShowSection("SELECTED");
}

int page_number(const http::Request& req) {
  return static_cast<int>(std::clamp<std::int64_t>(parse_int(req.query.get_or("page", "1")).value_or(1), 1, 1000000));
}

// The query string of the current filters with another page number.
std::string with_page(const http::Request& req, int page) {
  std::string out;
  for (const auto& [key, value] : req.query.all()) {
    if (key == "page" || key == "saved" || value.empty()) continue;
    out += (out.empty() ? "?" : "&") + url_encode(key) + "=" + url_encode(value);
  }
  return out + (out.empty() ? "?" : "&") + "page=" + std::to_string(page);
}

void add_pager(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c, const std::string& base,
               int page, std::int64_t total) {
  const auto pages = std::max<std::int64_t>(1, (total + kPageSize - 1) / kPageSize);
  c.SetValue("PAGE_INFO", s.catalog.format(state(req).language, "register.page_info",
                                           {{"page", std::to_string(page)}, {"pages", std::to_string(pages)},
                                            {"total", std::to_string(total)}}));
  if (page > 1) c.AddSectionDictionary("PREV")->SetValue("HREF", base + with_page(req, page - 1));
  if (page < pages) c.AddSectionDictionary("NEXT")->SetValue("HREF", base + with_page(req, page + 1));
}

void add_history(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                 const std::vector<domain::AuditEntry>& history) {
  const auto language = state(req).language;
  for (const auto& entry : history) {
    auto* row = c.AddSectionDictionary("HISTORY");
    row->SetValue("AT", format_time(entry.at, language));
    row->SetValue("WHO", entry.user_name.empty() ? s.catalog.text(language, "audit.system") : entry.user_name);
    row->SetValue("ACTION", s.catalog.text(language, "audit.action." + entry.action));
    row->SetValue("CHANGES", describe_changes(entry.before_json, entry.after_json));
  }
  if (history.empty()) c.ShowSection("NO_HISTORY");
}

// The reasons why a record cannot be deleted, one list item each.
void add_blockers(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                  const std::map<std::string, std::string>& fields) {
  for (const auto& [field, key] : fields) c.AddSectionDictionary("BLOCKER")->SetValue("REASON", text(s, req, key));
}

// Everything a register page needs to name things: municipalities and organisation types.
struct Names {
  std::vector<domain::Municipality> municipalities;
  std::vector<services::OrganisationTypeOption> types;

  std::string municipality(std::optional<domain::Id> id) const {
    if (!id) return {};
    for (const auto& m : municipalities)
      if (m.id == *id) return m.name;
    return {};
  }
};

Result<Names> load_names(Services& s, domain::Id region_id) {
  auto municipalities = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return municipalities.error();
  auto types = service(s).organisation_types(region_id);
  if (!types) return types.error();
  return Names{std::move(*municipalities), std::move(*types)};
}

std::string type_label(const Services& s, const http::Request& req, const Names& names, const std::string& key) {
  for (const auto& t : names.types)
    if (t.key == key) return t.label_key.empty() ? t.display_label(state(req).language) : text(s, req, t.label_key);
  return key;
}

void add_type_options(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c, const Names& names,
                      const std::string& selected) {
  for (const auto& t : names.types)
    add_option(c, "TYPE_OPTION", t.key,
               t.label_key.empty() ? t.display_label(state(req).language) : text(s, req, t.label_key),
               t.key == selected);
}

void add_municipality_options(ctemplate::TemplateDictionary& c, const Names& names, std::optional<domain::Id> selected,
                              const char* section = "MUNICIPALITY_OPTION") {
  for (const auto& m : names.municipalities)
    add_option(c, section, std::to_string(m.id), m.name, selected && *selected == m.id);
}

using register_pages::all_networks;
using register_pages::all_organisations;

bool may_edit_organisation(Services& s, const http::Request& req, domain::Id organisation_id) {
  if (is_staff(req)) return true;
  const auto& user = state(req).principal->user;
  if (user.role != Role::partner) return false;
  auto own = service(s).partner_organisation(region_of(req), user.id);
  return own && own->has_value() && **own == organisation_id;
}

// ======================================================================= organisations

http::Response list_organisations(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto names = load_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  auto networks = all_networks(s, region_id);
  if (!networks) return error_response(s, req, networks.error());

  const auto& q = req.query;
  storage::OrganisationQuery query = organisation_query_from(q);
  const auto sort = q.get_or("sort", "name");
  const int page_no = page_number(req);
  query.limit = kPageSize;
  query.offset = (page_no - 1) * kPageSize;
  auto found = service(s).list_organisations(region_id, query);
  if (!found) return error_response(s, req, found.error());

  Page page(s, req, "organisations", "register.organisations.title", "nav.actors");
  auto& c = page.content();
  if (is_staff(req)) c.ShowSection("MAY_CREATE");
  c.SetValue("Q", query.search);
  c.SetValue("TAG", query.tag.value_or(""));
  add_type_options(s, req, c, *names, query.type.value_or(""));
  add_municipality_options(c, *names, query.municipality_id);
  for (const auto& n : *networks)
    add_option(c, "NETWORK_OPTION", std::to_string(n.id), n.name, query.network_id && *query.network_id == n.id);
  const auto flag_options = [&](const char* section, const std::string& current) {
    add_option(c, section, "1", text(s, req, "register.filter.yes"), current == "1");
    add_option(c, section, "0", text(s, req, "register.filter.no"), current == "0");
  };
  flag_options("MIGRANT_LED_OPTION", q.get_or("migrant_led", ""));
  flag_options("ACTIVE_OPTION", q.get_or("active", ""));
  for (const char* key : {"name", "type", "municipality", "updated"})
    add_option(c, "SORT_OPTION", key, text(s, req, std::string("register.sort.") + key), sort == key);
  add_option(c, "ORDER_OPTION", "asc", text(s, req, "register.sort.asc"), !query.descending);
  add_option(c, "ORDER_OPTION", "desc", text(s, req, "register.sort.desc"), query.descending);

  for (const auto& o : found->items) {
    auto* row = c.AddSectionDictionary("ORGANISATION");
    row->SetIntValue("ID", static_cast<long>(o.id));
    row->SetValue("NAME", o.name);
    row->SetValue("TYPE", type_label(s, req, *names, o.type));
    row->SetValue("MUNICIPALITY", names->municipality(o.municipality_id));
    if (o.migrant_led) row->ShowSection("MIGRANT_LED");
    if (!o.active) row->ShowSection("INACTIVE");
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  add_pager(s, req, c, "/organisations", page_no, found->total);
  const auto saved = q.get_or("saved", "");
  if (saved == "deleted") page.set_notice("register.organisation.deleted");
  if (saved == "imported") page.set_notice("import.done");
  // The exports take the same filters (all pages).
  std::string filters;
  for (const auto& [key, value] : q.all()) {
    if (key == "page" || key == "saved" || value.empty()) continue;
    filters += (filters.empty() ? "?" : "&") + url_encode(key) + "=" + url_encode(value);
  }
  c.SetValue("EXPORT_CSV", "/organisations/export.csv" + filters);
  c.SetValue("EXPORT_XLSX", "/organisations/export.xlsx" + filters);
  return page.respond();
}

domain::Organisation organisation_from_form(const http::Params& form) {
  domain::Organisation o;
  o.name = form.get_or("name", "");
  o.type = form.get_or("type", "");
  if (const auto m = form.get_or("municipality_id", ""); !m.empty()) o.municipality_id = parse_int(m).value_or(0);
  o.address = form.get_or("address", "");
  o.website = domain::trim(form.get_or("website", ""));
  o.email = domain::trim(form.get_or("email", ""));
  o.phone = domain::trim(form.get_or("phone", ""));
  o.languages = domain::split_list(form.get_or("languages", ""));
  o.tags = domain::split_list(form.get_or("tags", ""));
  o.notes = form.get_or("notes", "");
  o.active = form.get_or("active", "") == "1";
  o.size = domain::parse_company_size(form.get_or("size", ""));
  o.sector = form.get_or("sector", "");
  o.migrant_led = form.get_or("migrant_led", "") == "1";
  o.may_train = form.get_or("may_train", "") == "1";
  o.trains_now = form.get_or("trains_now", "") == "1";
  return o;
}

// The form for a new organisation (id 0) or an existing one.
http::Response organisation_form(Services& s, http::Request& req, const domain::Organisation& o,
                                 const std::optional<Error>& error, http::Status status) {
  auto names = load_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  const bool is_new = o.id == 0;
  Page page(s, req, "organisation_form", is_new ? "register.organisation.new_title" : "register.organisation.edit_title",
            "nav.actors");
  auto& c = page.content();
  c.SetValue("HEADING", is_new ? text(s, req, "register.organisation.new_title") : o.name);
  c.SetValue("ACTION", is_new ? std::string("/organisations") : "/organisations/" + std::to_string(o.id));
  c.SetValue("CANCEL", is_new ? std::string("/organisations") : "/organisations/" + std::to_string(o.id));
  c.SetValue("SUBMIT", text(s, req, is_new ? "register.organisation.create" : "common.save"));
  if (!is_new) page.set_title(o.name);
  c.SetValue("NAME", o.name);
  c.SetValue("ADDRESS", o.address);
  c.SetValue("WEBSITE", o.website);
  c.SetValue("EMAIL", o.email);
  c.SetValue("PHONE", o.phone);
  c.SetValue("LANGUAGES", readable_list(o.languages));
  c.SetValue("TAGS", readable_list(o.tags));
  c.SetValue("NOTES", o.notes);
  c.SetValue("SECTOR", o.sector);
  if (is_staff(req)) {
    auto* staff = c.AddSectionDictionary("STAFF_FIELDS");
    add_type_options(s, req, *staff, *names, o.type);
    if (o.active) staff->ShowSection("ACTIVE_CHECKED");
  }
  add_municipality_options(c, *names, o.municipality_id);
  for (auto size : {domain::CompanySize::micro, domain::CompanySize::small, domain::CompanySize::medium,
                    domain::CompanySize::large}) {
    const std::string key(domain::to_string(size));
    add_option(c, "SIZE_OPTION", key, text(s, req, "register.size." + key), o.size == size);
  }
  if (o.migrant_led) c.ShowSection("MIGRANT_LED_CHECKED");
  if (o.may_train) c.ShowSection("MAY_TRAIN_CHECKED");
  if (o.trains_now) c.ShowSection("TRAINS_NOW_CHECKED");
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_organisation(Services& s, http::Request& req) {
  domain::Organisation o;
  o.active = true;
  return organisation_form(s, req, o, std::nullopt, http::Status::ok);
}

http::Response create_organisation(Services& s, http::Request& req) {
  auto o = organisation_from_form(req.form().value_or(http::Params{}));
  auto created = service(s).create_organisation(caller_of(req), o, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return organisation_form(s, req, o, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/organisations/" + std::to_string(*created) + "?saved=created");
}

http::Response show_organisation(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto region_id = region_of(req);
  auto svc = service(s);
  auto found = svc.find_organisation(region_id, id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  const auto& o = **found;
  auto names = load_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  std::string as_of = domain::trim(req.query.get_or("as_of", ""));
  if (as_of.empty() || !domain::is_iso_date(as_of)) as_of = today();
  auto networks = svc.networks_of(region_id, id, as_of);
  if (!networks) return error_response(s, req, networks.error());
  auto ties = svc.ties_of(region_id, id);
  if (!ties) return error_response(s, req, ties.error());
  storage::ContactQuery contact_query;
  contact_query.organisation_id = id;
  contact_query.limit = 500;
  auto contacts = svc.list_contacts(region_id, contact_query);
  if (!contacts) return error_response(s, req, contacts.error());
  auto history = svc.history(region_id, "organisation", id);
  if (!history) return error_response(s, req, history.error());

  Page page(s, req, "organisation", "register.organisation.title", "nav.actors");
  page.set_title(o.name);
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(o.id));
  c.SetValue("NAME", o.name);
  c.SetValue("TYPE", type_label(s, req, *names, o.type));
  c.SetValue("MUNICIPALITY", names->municipality(o.municipality_id));
  c.SetValue("ADDRESS", o.address);
  c.SetValue("WEBSITE", o.website);
  c.SetValue("EMAIL", o.email);
  c.SetValue("PHONE", o.phone);
  c.SetValue("LANGUAGES", readable_list(o.languages));
  c.SetValue("TAGS", readable_list(o.tags));
  c.SetValue("NOTES", o.notes);
  c.SetValue("STATUS", text(s, req, o.active ? "register.active" : "register.inactive"));
  if (o.website.starts_with("http://") || o.website.starts_with("https://"))
    c.AddSectionDictionary("WEBSITE_LINK")->SetValue("WEBSITE", o.website);
  if (o.type == "company") {
    auto* company = c.AddSectionDictionary("COMPANY");
    company->SetValue("SIZE", o.size ? text(s, req, "register.size." + std::string(domain::to_string(*o.size))) : "–");
    company->SetValue("SECTOR", o.sector);
    company->SetValue("MIGRANT_LED", text(s, req, o.migrant_led ? "register.filter.yes" : "register.filter.no"));
    company->SetValue("MAY_TRAIN", text(s, req, o.may_train ? "register.filter.yes" : "register.filter.no"));
    company->SetValue("TRAINS_NOW", text(s, req, o.trains_now ? "register.filter.yes" : "register.filter.no"));
  }
  c.SetValue("AS_OF", as_of);
  for (const auto& m : *networks) {
    auto* row = c.AddSectionDictionary("NETWORK");
    row->SetIntValue("NETWORK_ID", static_cast<long>(m.membership.network_id));
    row->SetValue("NETWORK_NAME", m.network_name);
    row->SetValue("ROLE", text(s, req, "register.membership_role." + std::string(domain::to_string(m.membership.role))));
    row->SetValue("SINCE", m.membership.since.empty() ? "–" : m.membership.since);
  }
  if (networks->empty()) c.ShowSection("NO_NETWORKS");
  for (const auto& t : *ties) {
    auto* row = c.AddSectionDictionary("TIE");
    const bool a = t.tie.organisation_a_id == id;
    row->SetIntValue("OTHER_ID", static_cast<long>(a ? t.tie.organisation_b_id : t.tie.organisation_a_id));
    row->SetValue("OTHER_NAME", a ? t.organisation_b_name : t.organisation_a_name);
    row->SetValue("KIND", text(s, req, "register.tie_kind." + std::string(domain::to_string(t.tie.kind))));
    row->SetIntValue("INTENSITY", t.tie.intensity);
    add_tie_details(s, req, *row, t.tie, id);  // tie_transfer_pages.cpp
  }
  if (ties->empty()) c.ShowSection("NO_TIES");
  for (const auto& contact : contacts->items) {
    auto* row = c.AddSectionDictionary("CONTACT");
    row->SetIntValue("CONTACT_ID", static_cast<long>(contact.id));
    row->SetValue("CONTACT_NAME", contact.anonymised ? text(s, req, "register.contact.anonymised") : contact.name);
    row->SetValue("FUNCTION", contact.function);
    row->SetValue("CONTACT_EMAIL", contact.email);
    row->SetValue("CONTACT_PHONE", contact.phone);
  }
  if (contacts->items.empty()) c.ShowSection("NO_CONTACTS");
  add_history(s, req, c, *history);
  // Likely duplicates (same normalised name in the same municipality), for staff to merge or correct.
  if (is_staff(req)) {
    auto duplicates = svc.likely_duplicates(region_id, o.name, o.municipality_id);
    if (!duplicates) return error_response(s, req, duplicates.error());
    for (const auto& d : *duplicates) {
      if (d.id == id) continue;
      auto* row = c.AddSectionDictionary("DUPLICATES")->AddSectionDictionary("DUPLICATE");
      row->SetIntValue("DUPLICATE_ID", static_cast<long>(d.id));
      row->SetValue("DUPLICATE_NAME", d.name);
    }
  }
  if (may_edit_organisation(s, req, id)) c.ShowSection("MAY_EDIT");
  if (is_staff(req)) c.ShowSection("MAY_DELETE");
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("register.organisation.created");
  if (saved == "1") page.set_notice("common.saved");
  if (saved == "archived") page.set_notice("register.organisation.archived");
  if (saved == "tie_added") page.set_notice("register.tie.added");
  if (saved == "tie_ended") page.set_notice("register.tie.ended");
  return page.respond();
}

http::Response show_edit_organisation(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto found = service(s).find_organisation(region_of(req), id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  if (!may_edit_organisation(s, req, id)) return error_response(s, req, Error::forbidden("error.partner_own_organisation"));
  return organisation_form(s, req, **found, std::nullopt, http::Status::ok);
}

http::Response update_organisation(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto o = organisation_from_form(req.form().value_or(http::Params{}));
  o.id = id;
  auto updated = service(s).update_organisation(caller_of(req), o, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input) {
      // The form shows what was typed; fields the user may not change keep their stored value.
      if (!is_staff(req)) {
        if (auto found = service(s).find_organisation(region_of(req), id); found && found->has_value()) {
          o.type = (*found)->type;
          o.active = (*found)->active;
        }
      }
      return organisation_form(s, req, o, updated.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/organisations/" + std::to_string(id) + "?saved=1");
}

http::Response delete_organisation_page(Services& s, http::Request& req, domain::Id id,
                                        const std::optional<Error>& blocked, http::Status status) {
  const auto region_id = region_of(req);
  auto found = service(s).find_organisation(region_id, id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  Page page(s, req, "organisation_delete", "register.organisation.delete_title", "nav.actors");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(id));
  c.SetValue("NAME", (*found)->name);
  std::map<std::string, std::string> fields;
  if (blocked) {
    fields = blocked->fields;
  } else {
    auto dependants = service(s).organisation_dependants(region_id, id);
    if (!dependants) return error_response(s, req, dependants.error());
    if (dependants->contacts) fields["contacts"] = "error.in_use.contacts";
    if (dependants->memberships) fields["memberships"] = "error.in_use.memberships";
    if (dependants->ties) fields["ties"] = "error.in_use.ties";
    if (dependants->led_networks) fields["led_networks"] = "error.in_use.led_networks";
    if (dependants->partner_users) fields["partner_users"] = "error.in_use.partner_users";
    if (dependants->offers) fields["offers"] = "error.in_use.offers";
    if (dependants->needs) fields["needs"] = "error.in_use.needs";
    if (dependants->plan_measures) fields["plan_measures"] = "error.in_use.plan_measures";
  }
  if (fields.empty()) {
    c.ShowSection("MAY_DELETE");
  } else {
    auto* blocked_section = c.AddSectionDictionary("BLOCKED");
    blocked_section->SetValue("MESSAGE", text(s, req, "error.organisation_in_use"));
    if ((*found)->active) blocked_section->ShowSection("ACTIVE");
    add_blockers(s, req, *blocked_section, fields);
  }
  return page.respond(status);
}

// Archive instead of delete: allowed while other records point to the organisation.
http::Response archive_organisation(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto archived = service(s).set_organisation_active(caller_of(req), id, false, unix_now());
  if (!archived) return error_response(s, req, archived.error());
  return http::Response::redirect("/organisations/" + std::to_string(id) + "?saved=archived");
}

http::Response show_delete_organisation(Services& s, http::Request& req) {
  return delete_organisation_page(s, req, *req.int_param("id"), std::nullopt, http::Status::ok);
}

http::Response delete_organisation(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto deleted = service(s).delete_organisation(caller_of(req), id, unix_now());
  if (!deleted) {
    if (deleted.error().code == ErrorCode::conflict)
      return delete_organisation_page(s, req, id, deleted.error(), http::Status::conflict);
    return error_response(s, req, deleted.error());
  }
  return http::Response::redirect("/organisations?saved=deleted");
}

// ======================================================================= networks

std::string focus_label(const Services& s, const http::Request& req, domain::NetworkFocus focus) {
  return text(s, req, "register.focus." + std::string(domain::to_string(focus)));
}
std::string status_label(const Services& s, const http::Request& req, domain::NetworkStatus status) {
  return text(s, req, "register.network_status." + std::string(domain::to_string(status)));
}

constexpr domain::NetworkFocus kFoci[] = {domain::NetworkFocus::migration, domain::NetworkFocus::local,
                                          domain::NetworkFocus::sector, domain::NetworkFocus::thematic};
constexpr domain::NetworkStatus kStatuses[] = {domain::NetworkStatus::active, domain::NetworkStatus::dormant,
                                               domain::NetworkStatus::ended};

http::Response list_networks(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto names = load_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  const auto& q = req.query;
  storage::NetworkQuery query = network_query_from(q);
  const auto sort = q.get_or("sort", "name");
  const int page_no = page_number(req);
  query.limit = kPageSize;
  query.offset = (page_no - 1) * kPageSize;
  auto found = service(s).list_networks(region_id, query);
  if (!found) return error_response(s, req, found.error());

  Page page(s, req, "networks", "register.networks.title", "nav.actors");
  auto& c = page.content();
  if (is_staff(req)) c.ShowSection("MAY_CREATE");
  c.SetValue("Q", query.search);
  for (auto f : kFoci)
    add_option(c, "FOCUS_OPTION", std::string(domain::to_string(f)), focus_label(s, req, f), query.focus == f);
  for (auto st : kStatuses)
    add_option(c, "STATUS_OPTION", std::string(domain::to_string(st)), status_label(s, req, st), query.status == st);
  add_municipality_options(c, *names, query.municipality_id);
  for (const char* key : {"name", "status", "updated"})
    add_option(c, "SORT_OPTION", key, text(s, req, std::string("register.sort.") + key), sort == key);
  add_option(c, "ORDER_OPTION", "asc", text(s, req, "register.sort.asc"), !query.descending);
  add_option(c, "ORDER_OPTION", "desc", text(s, req, "register.sort.desc"), query.descending);
  for (const auto& n : found->items) {
    auto* row = c.AddSectionDictionary("NETWORK");
    row->SetIntValue("ID", static_cast<long>(n.id));
    row->SetValue("NAME", n.name);
    row->SetValue("FOCUS", focus_label(s, req, n.focus));
    row->SetValue("STATUS", status_label(s, req, n.status));
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  add_pager(s, req, c, "/networks", page_no, found->total);
  if (q.get_or("saved", "") == "deleted") page.set_notice("register.network.deleted");
  c.SetValue("EXPORT_CSV", "/networks/export.csv" + register_pages::filter_query(q));
  c.SetValue("EXPORT_XLSX", "/networks/export.xlsx" + register_pages::filter_query(q));
  return page.respond();
}

// The network list as filtered (all pages), as CSV or XLSX.
http::Response export_networks(Services& s, http::Request& req, bool xlsx) {
  const auto region_id = region_of(req);
  auto names = load_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  const auto organisation_name = [&](std::optional<domain::Id> id) -> std::string {
    if (!id) return {};
    for (const auto& o : *organisations)
      if (o.id == *id) return o.name;
    return {};
  };
  services::Table table;
  table.header.push_back("ID");
  for (const char* key : {"name", "focus", "status", "goals", "rhythm", "format", "channels", "work_forms", "lead",
                          "municipalities", "started_on", "status_since"})
    table.header.push_back(text(s, req, std::string("register.network.") + key));
  storage::NetworkQuery query = network_query_from(req.query);
  query.limit = 1000;
  for (query.offset = 0;; query.offset += query.limit) {
    auto page = service(s).list_networks(region_id, query);
    if (!page) return error_response(s, req, page.error());
    for (const auto& n : page->items) {
      std::string channels, municipalities;
      for (const auto& ch : n.channels) channels += (channels.empty() ? "" : ", ") + text(s, req, "register.channel." + ch);
      for (auto m : n.municipality_ids) municipalities += (municipalities.empty() ? "" : ", ") + names->municipality(m);
      table.rows.push_back({std::to_string(n.id), n.name, focus_label(s, req, n.focus), status_label(s, req, n.status),
                            n.goals, text(s, req, "register.rhythm." + std::string(domain::to_string(n.meeting_rhythm))),
                            text(s, req, "register.format." + std::string(domain::to_string(n.meeting_format))), channels,
                            n.work_forms, organisation_name(n.lead_organisation_id), municipalities, n.started_on,
                            n.status_since});
    }
    if (page->items.size() < static_cast<std::size_t>(query.limit)) break;
  }
  return register_pages::table_download(table, xlsx, "networks", text(s, req, "register.networks.title"));
}

domain::Network network_from_form(const http::Params& form) {
  domain::Network n;
  n.name = form.get_or("name", "");
  n.focus = domain::parse_network_focus(form.get_or("focus", "")).value_or(domain::NetworkFocus::thematic);
  n.goals = form.get_or("goals", "");
  n.meeting_rhythm = domain::parse_meeting_rhythm(form.get_or("meeting_rhythm", "")).value_or(domain::MeetingRhythm::none);
  n.meeting_format = domain::parse_meeting_format(form.get_or("meeting_format", "")).value_or(domain::MeetingFormat::none);
  n.channels = form.get_all("channels");
  n.work_forms = form.get_or("work_forms", "");
  if (const auto lead = form.get_or("lead_organisation_id", ""); !lead.empty())
    n.lead_organisation_id = parse_int(lead).value_or(0);
  for (const auto& m : form.get_all("municipality_ids"))
    if (auto id = parse_int(m)) n.municipality_ids.push_back(*id);
  n.status = domain::parse_network_status(form.get_or("status", "")).value_or(domain::NetworkStatus::active);
  n.started_on = domain::trim(form.get_or("started_on", ""));
  n.status_since = domain::trim(form.get_or("status_since", ""));
  return n;
}

http::Response network_form(Services& s, http::Request& req, const domain::Network& n, const std::optional<Error>& error,
                            http::Status status) {
  const auto region_id = region_of(req);
  auto names = load_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  const bool is_new = n.id == 0;
  Page page(s, req, "network_form", is_new ? "register.network.new_title" : "register.network.edit_title", "nav.actors");
  if (!is_new) page.set_title(n.name);
  auto& c = page.content();
  c.SetValue("HEADING", is_new ? text(s, req, "register.network.new_title") : n.name);
  c.SetValue("ACTION", is_new ? std::string("/networks") : "/networks/" + std::to_string(n.id));
  c.SetValue("CANCEL", is_new ? std::string("/networks") : "/networks/" + std::to_string(n.id));
  c.SetValue("SUBMIT", text(s, req, is_new ? "register.network.create" : "common.save"));
  c.SetValue("NAME", n.name);
  c.SetValue("GOALS", n.goals);
  c.SetValue("WORK_FORMS", n.work_forms);
  c.SetValue("STARTED_ON", n.started_on);
  c.SetValue("STATUS_SINCE", n.status_since);
  for (auto f : kFoci) add_option(c, "FOCUS_OPTION", std::string(domain::to_string(f)), focus_label(s, req, f), n.focus == f);
  for (auto st : kStatuses)
    add_option(c, "STATUS_OPTION", std::string(domain::to_string(st)), status_label(s, req, st), n.status == st);
  for (auto r : {domain::MeetingRhythm::none, domain::MeetingRhythm::weekly, domain::MeetingRhythm::monthly,
                 domain::MeetingRhythm::quarterly, domain::MeetingRhythm::half_yearly, domain::MeetingRhythm::yearly,
                 domain::MeetingRhythm::irregular}) {
    const std::string key(domain::to_string(r));
    add_option(c, "RHYTHM_OPTION", key, text(s, req, "register.rhythm." + key), n.meeting_rhythm == r);
  }
  for (auto f : {domain::MeetingFormat::none, domain::MeetingFormat::in_person, domain::MeetingFormat::online,
                 domain::MeetingFormat::hybrid}) {
    const std::string key(domain::to_string(f));
    add_option(c, "FORMAT_OPTION", key, text(s, req, "register.format." + key), n.meeting_format == f);
  }
  for (auto channel : domain::kNetworkChannels) {
    const std::string key(channel);
    auto* box = c.AddSectionDictionary("CHANNEL");
    box->SetValue("VALUE", key);
    box->SetValue("LABEL", text(s, req, "register.channel." + key));
    if (std::find(n.channels.begin(), n.channels.end(), key) != n.channels.end()) box->ShowSection("CHECKED");
  }
  for (const auto& o : *organisations)
    add_option(c, "LEAD_OPTION", std::to_string(o.id), o.name, n.lead_organisation_id == o.id);
  for (const auto& m : names->municipalities) {
    auto* box = c.AddSectionDictionary("MUNICIPALITY");
    box->SetIntValue("VALUE", static_cast<long>(m.id));
    box->SetValue("LABEL", m.name);
    if (std::find(n.municipality_ids.begin(), n.municipality_ids.end(), m.id) != n.municipality_ids.end())
      box->ShowSection("CHECKED");
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_network(Services& s, http::Request& req) {
  return network_form(s, req, domain::Network{}, std::nullopt, http::Status::ok);
}

http::Response create_network(Services& s, http::Request& req) {
  auto n = network_from_form(req.form().value_or(http::Params{}));
  auto created = service(s).create_network(caller_of(req), n, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return network_form(s, req, n, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/networks/" + std::to_string(*created) + "?saved=created");
}

void add_transfers(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c, const char* section,
                   const std::vector<storage::TransferView>& transfers, bool incoming) {
  for (const auto& t : transfers) {
    auto* row = c.AddSectionDictionary(section);
    row->SetValue("DATE", t.transfer.date);
    row->SetValue("TOPIC", t.transfer.topic);
    const auto& other = incoming ? t.transfer.from : t.transfer.to;
    const auto& other_name = incoming ? t.from_network_name : t.to_network_name;
    row->SetValue("OTHER", other.network_id ? other_name : other.event);
    if (other.network_id) row->AddSectionDictionary("OTHER_LINK")->SetIntValue("OTHER_ID", static_cast<long>(*other.network_id));
    row->SetValue("RESULT", t.transfer.result);
  }
  (void)s;
  (void)req;
}

http::Response network_page(Services& s, http::Request& req, domain::Id id, const std::optional<Error>& error,
                            const domain::Membership& draft, http::Status status) {
  const auto region_id = region_of(req);
  auto svc = service(s);
  auto found = svc.find_network(region_id, id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  const auto& n = **found;
  auto names = load_names(s, region_id);
  if (!names) return error_response(s, req, names.error());
  std::string as_of = domain::trim(req.query.get_or("as_of", ""));
  if (as_of.empty() || !domain::is_iso_date(as_of)) as_of = today();
  auto members = svc.members_of(region_id, id, as_of);
  if (!members) return error_response(s, req, members.error());
  auto transfers = svc.transfers_of(region_id, id);
  if (!transfers) return error_response(s, req, transfers.error());
  auto history = svc.history(region_id, "network", id);
  if (!history) return error_response(s, req, history.error());

  Page page(s, req, "network", "register.network.title", "nav.actors");
  page.set_title(n.name);
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(n.id));
  c.SetValue("NAME", n.name);
  c.SetValue("FOCUS", focus_label(s, req, n.focus));
  c.SetValue("STATUS", status_label(s, req, n.status));
  c.SetValue("STATUS_SINCE", n.status_since);
  c.SetValue("STARTED_ON", n.started_on);
  c.SetValue("GOALS", n.goals);
  c.SetValue("RHYTHM", text(s, req, "register.rhythm." + std::string(domain::to_string(n.meeting_rhythm))));
  c.SetValue("FORMAT", text(s, req, "register.format." + std::string(domain::to_string(n.meeting_format))));
  std::string channels;
  for (const auto& ch : n.channels) channels += (channels.empty() ? "" : ", ") + text(s, req, "register.channel." + ch);
  c.SetValue("CHANNELS", channels);
  c.SetValue("WORK_FORMS", n.work_forms);
  if (n.lead_organisation_id) {
    if (auto lead = svc.find_organisation(region_id, *n.lead_organisation_id); lead && lead->has_value()) {
      auto* link = c.AddSectionDictionary("LEAD");
      link->SetIntValue("LEAD_ID", static_cast<long>((*lead)->id));
      link->SetValue("LEAD_NAME", (*lead)->name);
    }
  }
  std::string municipalities;
  for (auto m : n.municipality_ids) municipalities += (municipalities.empty() ? "" : ", ") + names->municipality(m);
  c.SetValue("MUNICIPALITIES", municipalities.empty() ? text(s, req, "register.network.whole_region") : municipalities);

  c.SetValue("AS_OF", as_of);
  const bool staff = is_staff(req);
  for (const auto& m : *members) {
    auto* row = c.AddSectionDictionary("MEMBER");
    row->SetIntValue("ORGANISATION_ID", static_cast<long>(m.membership.organisation_id));
    row->SetValue("ORGANISATION_NAME", m.organisation_name);
    row->SetValue("ROLE", text(s, req, "register.membership_role." + std::string(domain::to_string(m.membership.role))));
    row->SetValue("SINCE", m.membership.since.empty() ? "–" : m.membership.since);
    row->SetValue("UNTIL", m.membership.until.empty() ? "–" : m.membership.until);
    if (staff && m.membership.until.empty()) {
      auto* end = row->AddSectionDictionary("END_FORM");
      end->SetIntValue("ID", static_cast<long>(n.id));
      end->SetIntValue("MEMBERSHIP_ID", static_cast<long>(m.membership.id));
      end->SetValue("TODAY", today());
      end->SetValue("ORGANISATION_NAME", m.organisation_name);
    }
  }
  if (members->empty()) c.ShowSection("NO_MEMBERS");
  add_transfers(s, req, c, "INCOMING", transfers->incoming, true);
  add_transfers(s, req, c, "OUTGOING", transfers->outgoing, false);
  if (transfers->incoming.empty()) c.ShowSection("NO_INCOMING");
  if (transfers->outgoing.empty()) c.ShowSection("NO_OUTGOING");
  add_history(s, req, c, *history);

  if (staff) {
    c.ShowSection("MAY_EDIT");
    auto organisations = all_organisations(s, region_id);
    if (!organisations) return error_response(s, req, organisations.error());
    auto* add = c.AddSectionDictionary("ADD_MEMBER");
    for (const auto& o : *organisations)
      if (o.active || o.id == draft.organisation_id)
        add_option(*add, "ORGANISATION_OPTION", std::to_string(o.id), o.name, o.id == draft.organisation_id);
    for (auto r : {domain::MembershipRole::member, domain::MembershipRole::lead, domain::MembershipRole::guest}) {
      const std::string key(domain::to_string(r));
      add_option(*add, "ROLE_OPTION", key, text(s, req, "register.membership_role." + key), draft.role == r);
    }
    add->SetValue("SINCE", draft.since);
    add->SetValue("UNTIL", draft.until);
    if (error) {
      add->ShowSection("FORM_ERRORS");
      add->SetValue("FORM_MESSAGE", text(s, req, error->fields.empty() ? error->message : "validation.form"));
      set_field_errors(s, state(req).language, *add, *error);
    }
  }
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("register.network.created");
  if (saved == "1") page.set_notice("common.saved");
  if (saved == "member_added") page.set_notice("register.membership.added");
  if (saved == "member_ended") page.set_notice("register.membership.ended");
  if (saved == "transfer_added") page.set_notice("register.transfer.created");
  return page.respond(status);
}

http::Response show_network(Services& s, http::Request& req) {
  domain::Membership draft;
  draft.since = today();
  return network_page(s, req, *req.int_param("id"), std::nullopt, draft, http::Status::ok);
}

http::Response show_edit_network(Services& s, http::Request& req) {
  auto found = service(s).find_network(region_of(req), *req.int_param("id"));
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  return network_form(s, req, **found, std::nullopt, http::Status::ok);
}

http::Response update_network(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto n = network_from_form(req.form().value_or(http::Params{}));
  n.id = id;
  auto updated = service(s).update_network(caller_of(req), n, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return network_form(s, req, n, updated.error(), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/networks/" + std::to_string(id) + "?saved=1");
}

http::Response delete_network_page(Services& s, http::Request& req, domain::Id id, const std::optional<Error>& blocked,
                                   http::Status status) {
  const auto region_id = region_of(req);
  auto found = service(s).find_network(region_id, id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  Page page(s, req, "network_delete", "register.network.delete_title", "nav.actors");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(id));
  c.SetValue("NAME", (*found)->name);
  std::map<std::string, std::string> fields;
  if (blocked) {
    fields = blocked->fields;
  } else {
    auto dependants = service(s).network_dependants(region_id, id);
    if (!dependants) return error_response(s, req, dependants.error());
    if (dependants->memberships) fields["memberships"] = "error.in_use.memberships";
    if (dependants->transfers) fields["transfers"] = "error.in_use.transfers";
  }
  if (fields.empty()) {
    c.ShowSection("MAY_DELETE");
  } else {
    auto* blocked_section = c.AddSectionDictionary("BLOCKED");
    blocked_section->SetValue("MESSAGE", text(s, req, "error.network_in_use"));
    add_blockers(s, req, *blocked_section, fields);
  }
  return page.respond(status);
}

http::Response show_delete_network(Services& s, http::Request& req) {
  return delete_network_page(s, req, *req.int_param("id"), std::nullopt, http::Status::ok);
}

http::Response delete_network(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto deleted = service(s).delete_network(caller_of(req), id, unix_now());
  if (!deleted) {
    if (deleted.error().code == ErrorCode::conflict)
      return delete_network_page(s, req, id, deleted.error(), http::Status::conflict);
    return error_response(s, req, deleted.error());
  }
  return http::Response::redirect("/networks?saved=deleted");
}

http::Response add_membership(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::Membership m;
  m.network_id = id;
  m.organisation_id = parse_int(form.get_or("organisation_id", "")).value_or(0);
  m.role = domain::parse_membership_role(form.get_or("role", "")).value_or(domain::MembershipRole::member);
  m.since = domain::trim(form.get_or("since", ""));
  m.until = domain::trim(form.get_or("until", ""));
  auto created = service(s).create_membership(caller_of(req), m, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return network_page(s, req, id, created.error(), m, http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/networks/" + std::to_string(id) + "?saved=member_added");
}

http::Response end_membership(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto membership_id = *req.int_param("membership_id");
  const auto region_id = region_of(req);
  auto found = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.memberships().find(region_id, membership_id); });
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value() || (*found)->network_id != id) return error_response(s, req, Error::not_found());
  domain::Membership m = **found;
  const auto form = req.form().value_or(http::Params{});
  m.until = domain::trim(form.get_or("until", ""));
  if (m.until.empty()) m.until = today();
  auto updated = service(s).update_membership(caller_of(req), m, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input) {
      domain::Membership draft;
      draft.since = today();
      return network_page(s, req, id, updated.error(), draft, http::Status::unprocessable_entity);
    }
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/networks/" + std::to_string(id) + "?saved=member_ended");
}

}  // namespace

void register_register_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  const auto profile_editors = Access::roles_only({Role::admin, Role::staff, Role::partner});
  routes.get("/organisations", readers, list_organisations);
  routes.get("/organisations/new", staff, show_new_organisation);
  routes.post("/organisations", staff, create_organisation);
  routes.get("/organisations/{id:int}", readers, show_organisation);
  routes.get("/organisations/{id:int}/edit", profile_editors, show_edit_organisation);
  routes.post("/organisations/{id:int}", profile_editors, update_organisation);
  routes.get("/organisations/{id:int}/delete", staff, show_delete_organisation);
  routes.post("/organisations/{id:int}/delete", staff, delete_organisation);
  routes.post("/organisations/{id:int}/archive", staff, archive_organisation);

  routes.get("/networks", readers, list_networks);
  routes.get("/networks/export.csv", readers, [](Services& s, http::Request& r) { return export_networks(s, r, false); });
  routes.get("/networks/export.xlsx", readers, [](Services& s, http::Request& r) { return export_networks(s, r, true); });
  routes.get("/networks/new", staff, show_new_network);
  routes.post("/networks", staff, create_network);
  routes.get("/networks/{id:int}", readers, show_network);
  routes.get("/networks/{id:int}/edit", staff, show_edit_network);
  routes.post("/networks/{id:int}", staff, update_network);
  routes.get("/networks/{id:int}/delete", staff, show_delete_network);
  routes.post("/networks/{id:int}/delete", staff, delete_network);
  routes.post("/networks/{id:int}/memberships", staff, add_membership);
  routes.post("/networks/{id:int}/memberships/{membership_id:int}/end", staff, end_membership);
  register_register_api_routes(routes);
  register_contact_routes(routes);
  register_tie_transfer_routes(routes);
  register_import_export_routes(routes);
  register_register_admin_routes(routes);
}

}  // namespace bb::web
