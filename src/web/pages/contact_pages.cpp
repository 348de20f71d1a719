// The register's contacts (Ansprechpersonen, issue 3): a list with search and an organisation
// filter, a detail page with the change history, create/edit forms (errors next to the
// fields), anonymisation and deletion with a confirmation each. Reads are open to every
// regional role; partners change only their own organisation's contacts (offered only there,
// enforced by the RegisterService).
#include <algorithm>

#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "web/cookies.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using domain::Role;
using namespace register_pages;
constexpr int kPageSize = 25;

std::string contact_name(const Services& s, const http::Request& req, const domain::Contact& c) {
  return c.anonymised ? text(s, req, "register.contact.anonymised") : c.name;
}

std::string basis_label(const Services& s, const http::Request& req, const domain::Contact& c) {
  std::string out = text(s, req, "register.data_basis." + std::string(domain::to_string(c.data_basis)));
  if (c.data_basis == domain::DataBasis::consent && !c.consent_date.empty()) out += " (" + c.consent_date + ")";
  return out;
}

// The contact list as filtered (same parameters as /contacts, all pages), as CSV or XLSX.
// Anonymised contacts appear as such, without personal data.
http::Response export_contacts(Services& s, http::Request& req, bool xlsx) {
  const auto region_id = region_of(req);
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  std::map<domain::Id, std::string> names;
  for (const auto& o : *organisations) names[o.id] = o.name;
  storage::ContactQuery query;
  query.search = domain::trim(req.query.get_or("q", ""));
  if (auto o = parse_int(req.query.get_or("organisation", ""))) query.organisation_id = *o;
  services::Table table;
  table.header.push_back("ID");
  for (const char* key :
       {"name", "function", "organisation", "email", "phone", "languages", "data_basis", "consent_date"})
    table.header.push_back(text(s, req, std::string("register.contact.") + key));
  query.limit = 1000;
  for (query.offset = 0;; query.offset += query.limit) {
    auto page = service(s).list_contacts(region_id, query);
    if (!page) return error_response(s, req, page.error());
    for (const auto& contact : page->items) {
      table.rows.push_back({std::to_string(contact.id), contact_name(s, req, contact), contact.function,
                            names[contact.organisation_id], contact.email, contact.phone,
                            readable_list(contact.languages),
                            text(s, req, "register.data_basis." + std::string(domain::to_string(contact.data_basis))),
                            contact.consent_date});
    }
    if (page->items.size() < static_cast<std::size_t>(query.limit)) break;
  }
  return table_download(table, xlsx, "contacts", text(s, req, "register.contacts.title"));
}

http::Response list_contacts(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  const auto& q = req.query;
  storage::ContactQuery query;
  query.search = domain::trim(q.get_or("q", ""));
  if (auto o = parse_int(q.get_or("organisation", ""))) query.organisation_id = *o;
  const int page_no =
      static_cast<int>(std::clamp<std::int64_t>(parse_int(q.get_or("page", "1")).value_or(1), 1, 1000000));
  query.limit = kPageSize;
  query.offset = (page_no - 1) * kPageSize;
  auto found = service(s).list_contacts(region_id, query);
  if (!found) return error_response(s, req, found.error());

  Page page(s, req, "contacts", "register.contacts.title", "nav.actors");
  auto& c = page.content();
  if (is_staff(req) || own_organisation(s, req)) {
    auto* create = c.AddSectionDictionary("MAY_CREATE");
    if (is_staff(req)) create->ShowSection("MAY_IMPORT");  // imports are for staff only
  }
  c.SetValue("Q", query.search);
  std::map<domain::Id, std::string> names;
  for (const auto& o : *organisations) {
    names[o.id] = o.name;
    add_option(c, "ORGANISATION_OPTION", std::to_string(o.id), o.name,
               query.organisation_id && *query.organisation_id == o.id);
  }
  for (const auto& contact : found->items) {
    auto* row = c.AddSectionDictionary("CONTACT");
    row->SetIntValue("ID", static_cast<long>(contact.id));
    row->SetValue("NAME", contact_name(s, req, contact));
    row->SetValue("FUNCTION", contact.function);
    row->SetIntValue("ORGANISATION_ID", static_cast<long>(contact.organisation_id));
    row->SetValue("ORGANISATION_NAME", names[contact.organisation_id]);
    row->SetValue("EMAIL", contact.email);
    row->SetValue("PHONE", contact.phone);
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  c.SetValue("EXPORT_CSV", "/contacts/export.csv" + filter_query(q));
  c.SetValue("EXPORT_XLSX", "/contacts/export.xlsx" + filter_query(q));
  const auto pages = std::max<std::int64_t>(1, (found->total + kPageSize - 1) / kPageSize);
  c.SetValue("PAGE_INFO", s.catalog.format(state(req).language, "register.page_info",
                                           {{"page", std::to_string(page_no)},
                                            {"pages", std::to_string(pages)},
                                            {"total", std::to_string(found->total)}}));
  const auto base = [&](int p) {
    std::string href = "/contacts?";
    if (!query.search.empty()) href += "q=" + url_encode(query.search) + "&";
    if (query.organisation_id) href += "organisation=" + std::to_string(*query.organisation_id) + "&";
    return href + "page=" + std::to_string(p);
  };
  if (page_no > 1) c.AddSectionDictionary("PREV")->SetValue("HREF", base(page_no - 1));
  if (page_no < pages) c.AddSectionDictionary("NEXT")->SetValue("HREF", base(page_no + 1));
  if (q.get_or("saved", "") == "deleted") page.set_notice("register.contact.deleted");
  return page.respond();
}

domain::Contact contact_from_form(const http::Params& form) {
  domain::Contact c;
  c.organisation_id = parse_int(form.get_or("organisation_id", "")).value_or(0);
  c.name = form.get_or("name", "");
  c.function = form.get_or("function", "");
  c.email = domain::trim(form.get_or("email", ""));
  c.phone = domain::trim(form.get_or("phone", ""));
  c.languages = domain::split_list(form.get_or("languages", ""));
  c.data_basis =
      domain::parse_data_basis(form.get_or("data_basis", "")).value_or(domain::DataBasis::legitimate_interest);
  c.consent_date = domain::trim(form.get_or("consent_date", ""));
  return c;
}

http::Response contact_form(Services& s, http::Request& req, const domain::Contact& contact,
                            const std::optional<Error>& error, http::Status status) {
  const auto region_id = region_of(req);
  auto organisations = all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  const bool is_new = contact.id == 0;
  Page page(s, req, "contact_form", is_new ? "register.contact.new_title" : "register.contact.edit_title",
            "nav.actors");
  auto& c = page.content();
  if (!is_new) page.set_title(contact.name);
  c.SetValue("HEADING", is_new ? text(s, req, "register.contact.new_title") : contact.name);
  c.SetValue("ACTION", is_new ? std::string("/contacts") : "/contacts/" + std::to_string(contact.id));
  c.SetValue("CANCEL", is_new ? (contact.organisation_id ? "/organisations/" + std::to_string(contact.organisation_id)
                                                         : std::string("/contacts"))
                              : "/contacts/" + std::to_string(contact.id));
  c.SetValue("SUBMIT", text(s, req, is_new ? "register.contact.create" : "common.save"));
  c.SetValue("NAME", contact.name);
  c.SetValue("FUNCTION", contact.function);
  c.SetValue("EMAIL", contact.email);
  c.SetValue("PHONE", contact.phone);
  c.SetValue("LANGUAGES", readable_list(contact.languages));
  c.SetValue("CONSENT_DATE", contact.consent_date);
  const auto own = own_organisation(s, req);
  for (const auto& o : *organisations) {
    // Partners choose only their own organisation; staff any active one (or the current).
    if (!is_staff(req) && !(own && *own == o.id)) continue;
    if (!o.active && o.id != contact.organisation_id) continue;
    add_option(c, "ORGANISATION_OPTION", std::to_string(o.id), o.name, o.id == contact.organisation_id);
  }
  if (contact.data_basis == domain::DataBasis::consent) {
    c.ShowSection("CONSENT_CHECKED");
  } else {
    c.ShowSection("INTEREST_CHECKED");
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_contact(Services& s, http::Request& req) {
  domain::Contact c;
  c.organisation_id = parse_int(req.query.get_or("organisation_id", "")).value_or(0);
  if (!c.organisation_id) c.organisation_id = own_organisation(s, req).value_or(0);
  return contact_form(s, req, c, std::nullopt, http::Status::ok);
}

http::Response create_contact(Services& s, http::Request& req) {
  auto c = contact_from_form(req.form().value_or(http::Params{}));
  auto created = service(s).create_contact(caller_of(req), c, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return contact_form(s, req, c, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/contacts/" + std::to_string(*created) + "?saved=created");
}

Result<domain::Contact> find_contact(Services& s, const http::Request& req) {
  auto found = service(s).find_contact(region_of(req), *req.int_param("id"));
  if (!found) return found.error();
  if (!found->has_value()) return Error::not_found();
  return std::move(**found);
}

http::Response show_contact(Services& s, http::Request& req) {
  auto contact = find_contact(s, req);
  if (!contact) return error_response(s, req, contact.error());
  const auto region_id = region_of(req);
  auto organisation = service(s).find_organisation(region_id, contact->organisation_id);
  if (!organisation) return error_response(s, req, organisation.error());
  auto history = service(s).history(region_id, "contact", contact->id);
  if (!history) return error_response(s, req, history.error());
  Page page(s, req, "contact", "register.contact.title", "nav.actors");
  page.set_title(contact_name(s, req, *contact));
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(contact->id));
  c.SetValue("NAME", contact_name(s, req, *contact));
  c.SetValue("FUNCTION", contact->function);
  c.SetIntValue("ORGANISATION_ID", static_cast<long>(contact->organisation_id));
  c.SetValue("ORGANISATION_NAME", organisation->has_value() ? (*organisation)->name : std::string());
  c.SetValue("EMAIL", contact->email);
  c.SetValue("PHONE", contact->phone);
  c.SetValue("LANGUAGES", readable_list(contact->languages));
  c.SetValue("DATA_BASIS", contact->anonymised ? std::string("–") : basis_label(s, req, *contact));
  if (contact->anonymised) c.ShowSection("ANONYMISED");
  if (may_edit_contacts_of(s, req, contact->organisation_id)) {
    auto* actions = c.AddSectionDictionary("ACTIONS");
    if (!contact->anonymised) actions->ShowSection("MAY_EDIT");
  }
  add_history(s, req, c, *history);
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("register.contact.created");
  if (saved == "1") page.set_notice("common.saved");
  if (saved == "anonymised") page.set_notice("register.contact.anonymised_notice");
  return page.respond();
}

http::Response show_edit_contact(Services& s, http::Request& req) {
  auto contact = find_contact(s, req);
  if (!contact) return error_response(s, req, contact.error());
  if (!may_edit_contacts_of(s, req, contact->organisation_id))
    return error_response(s, req, Error::forbidden("error.partner_own_organisation"));
  if (contact->anonymised) return error_response(s, req, Error::conflict("error.contact_anonymised"));
  return contact_form(s, req, *contact, std::nullopt, http::Status::ok);
}

http::Response update_contact(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto c = contact_from_form(req.form().value_or(http::Params{}));
  c.id = id;
  auto updated = service(s).update_contact(caller_of(req), c, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return contact_form(s, req, c, updated.error(), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/contacts/" + std::to_string(id) + "?saved=1");
}

// The confirmation pages of anonymise and delete share one template.
http::Response confirm_page(Services& s, http::Request& req, bool anonymise) {
  auto contact = find_contact(s, req);
  if (!contact) return error_response(s, req, contact.error());
  if (!may_edit_contacts_of(s, req, contact->organisation_id))
    return error_response(s, req, Error::forbidden("error.partner_own_organisation"));
  Page page(s, req, "contact_confirm", anonymise ? "register.contact.anonymise_title" : "register.contact.delete_title",
            "nav.actors");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(contact->id));
  c.SetValue("HEADING", text(s, req, anonymise ? "register.contact.anonymise_title" : "register.contact.delete_title"));
  c.SetValue("NAME", contact_name(s, req, *contact));
  c.SetValue("EXPLANATION",
             text(s, req, anonymise ? "register.contact.anonymise_explained" : "register.delete_confirm"));
  c.SetValue("ACTION", "/contacts/" + std::to_string(contact->id) + (anonymise ? "/anonymise" : "/delete"));
  c.SetValue("SUBMIT", text(s, req, anonymise ? "register.contact.anonymise_submit" : "register.delete_submit"));
  return page.respond();
}

http::Response show_anonymise_contact(Services& s, http::Request& req) {
  return confirm_page(s, req, true);
}
http::Response show_delete_contact(Services& s, http::Request& req) {
  return confirm_page(s, req, false);
}

http::Response anonymise_contact(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto done = service(s).anonymise_contact(caller_of(req), id, unix_now());
  if (!done) return error_response(s, req, done.error());
  return http::Response::redirect("/contacts/" + std::to_string(id) + "?saved=anonymised");
}

http::Response delete_contact(Services& s, http::Request& req) {
  auto contact = find_contact(s, req);
  if (!contact) return error_response(s, req, contact.error());
  auto done = service(s).delete_contact(caller_of(req), contact->id, unix_now());
  if (!done) return error_response(s, req, done.error());
  return http::Response::redirect("/contacts?organisation=" + std::to_string(contact->organisation_id) +
                                  "&saved=deleted");
}

}  // namespace

void register_contact_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto editors = Access::roles_only({Role::admin, Role::staff, Role::partner});
  routes.get("/contacts", readers, list_contacts);
  routes.get("/contacts/export.csv", readers,
             [](Services& s, http::Request& r) { return export_contacts(s, r, false); });
  routes.get("/contacts/export.xlsx", readers,
             [](Services& s, http::Request& r) { return export_contacts(s, r, true); });
  routes.get("/contacts/new", editors, show_new_contact);
  routes.post("/contacts", editors, create_contact);
  routes.get("/contacts/{id:int}", readers, show_contact);
  routes.get("/contacts/{id:int}/edit", editors, show_edit_contact);
  routes.post("/contacts/{id:int}", editors, update_contact);
  routes.get("/contacts/{id:int}/anonymise", editors, show_anonymise_contact);
  routes.post("/contacts/{id:int}/anonymise", editors, anonymise_contact);
  routes.get("/contacts/{id:int}/delete", editors, show_delete_contact);
  routes.post("/contacts/{id:int}/delete", editors, delete_contact);
}

}  // namespace bb::web
