// The offer pages (issue 5, Angebote): the list with filters (target group, field, municipality,
// status, provider, language), full-text search and paging; the detail page with translations,
// assessments, linked needs and the history; create/edit forms with errors next to the fields;
// translations per language; delete with confirmation. Reads are open to every regional role;
// partners edit the offers of their own organisation (the service decides; pages only hide).
#include "core/clock.hpp"
#include "web/page.hpp"
#include "web/pages/offer_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <map>

namespace bb::web {

namespace {

using namespace offer_pages;
using domain::Role;

storage::OfferQuery offer_query_from(const http::Params& q) {
  storage::OfferQuery query;
  query.search = q.get_or("q", "");
  auto pick = [&](const char* key, auto is_valid) -> std::optional<std::string> {
    auto v = q.get_or(key, "");
    if (v.empty() || !is_valid(v)) return std::nullopt;
    return v;
  };
  query.target_group = pick("target_group", domain::is_target_group);
  query.field = pick("field", domain::is_offer_field);
  query.format = pick("format", domain::is_offer_format);
  query.status = pick("status", domain::is_offer_status);
  query.language = pick("language", [](std::string_view v) { return !domain::check_language_codes({std::string(v)}); });
  if (auto m = parse_int(q.get_or("municipality", ""))) query.municipality_id = *m;
  if (auto p = parse_int(q.get_or("provider", ""))) query.provider_id = *p;
  const auto sort = q.get_or("sort", "");
  if (sort == "title") query.sort = storage::OfferQuery::Sort::title;
  if (sort == "updated") query.sort = storage::OfferQuery::Sort::updated;
  if (sort == "provider") query.sort = storage::OfferQuery::Sort::provider;
  query.descending = q.get_or("order", "") == "desc";
  return query;
}

// The organisations a user may name as provider: all for staff, their own for a partner.
Result<std::vector<storage::OrganisationName>> provider_choices(Services& s, const http::Request& req) {
  auto all = all_organisations(s, region_of(req));
  if (!all || is_staff(req)) return all;
  const auto own = own_organisation(s, req);
  std::vector<storage::OrganisationName> out;
  for (auto& o : *all)
    if (own && o.id == *own) out.push_back(std::move(o));
  return out;
}

http::Response list_offers(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto places = municipalities(s, region_id);
  if (!places) return error_response(s, req, places.error());
  auto providers = all_organisations(s, region_id);
  if (!providers) return error_response(s, req, providers.error());
  const auto& q = req.query;
  auto query = offer_query_from(q);
  const int page_no = page_number(req);
  query.limit = kPageSize;
  query.offset = (page_no - 1) * kPageSize;
  auto found = offers(s).list_offers(region_id, query);
  if (!found) return error_response(s, req, found.error());
  std::vector<domain::Id> ids;
  for (const auto& v : found->items) ids.push_back(v.offer.id);
  auto translated = offers(s).translated_languages(region_id, ids);
  if (!translated) return error_response(s, req, translated.error());

  Page page(s, req, "offers", "offers.list.title", "nav.offers");
  auto& c = page.content();
  const auto role = state(req).principal->user.role;
  if (is_staff(req) || (role == Role::partner && own_organisation(s, req))) c.ShowSection("MAY_CREATE");
  if (is_staff(req)) c.ShowSection("MAY_CHECK");
  c.SetValue("Q", query.search);
  add_choices(s, req, c, "TARGET_GROUP_OPTION", "target_group", domain::kTargetGroups, query.target_group.value_or(""));
  add_choices(s, req, c, "FIELD_OPTION", "field", domain::kOfferFields, query.field.value_or(""));
  add_choices(s, req, c, "FORMAT_OPTION", "format", domain::kOfferFormats, query.format.value_or(""));
  add_choices(s, req, c, "STATUS_OPTION", "status", domain::kOfferStatuses, query.status.value_or(""));
  add_choices(s, req, c, "LANGUAGE_OPTION", "language", domain::kContentLanguages, query.language.value_or(""));
  for (const auto& m : *places)
    add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, query.municipality_id == m.id);
  for (const auto& o : *providers)
    add_option(c, "PROVIDER_OPTION", std::to_string(o.id), o.name, query.provider_id == o.id);
  const auto sort = q.get_or("sort", "");
  for (const char* key : {"relevance", "title", "provider", "updated"})
    add_option(c, "SORT_OPTION", key, text(s, req, std::string("offers.sort.") + key), sort == key);
  add_option(c, "ORDER_OPTION", "asc", text(s, req, "register.sort.asc"), !query.descending);
  add_option(c, "ORDER_OPTION", "desc", text(s, req, "register.sort.desc"), query.descending);

  const auto day = today();
  for (const auto& v : found->items) {
    const auto& o = v.offer;
    auto* row = c.AddSectionDictionary("OFFER");
    row->SetIntValue("ID", static_cast<long>(o.id));
    row->SetValue("TITLE", o.title);
    row->SetIntValue("PROVIDER_ID", static_cast<long>(o.provider_id));
    row->SetValue("PROVIDER", v.provider_name);
    row->SetValue("FIELD", label(s, req, "field", o.field));
    row->SetValue("TARGET_GROUPS", labels(s, req, "target_group", o.target_groups));
    row->SetValue("MUNICIPALITIES", served_names(s, req, *places, o.municipality_ids));
    row->SetValue("STATUS", label(s, req, "status", o.status));
    if (domain::funding_nearing_end(o, day)) row->ShowSection("FUNDING_ENDS");
    if (o.published) row->ShowSection("PUBLISHED");
    const auto& langs = (*translated)[o.id];
    row->SetValue("TRANSLATIONS", readable_list(langs));
  }
  if (found->items.empty()) c.ShowSection("EMPTY");
  add_pager(s, req, c, "/offers", page_no, found->total);
  if (q.get_or("saved", "") == "deleted") page.set_notice("offers.offer.deleted");
  return page.respond();
}

domain::Offer offer_from_form(const http::Params& form) {
  domain::Offer o;
  o.provider_id = parse_int(form.get_or("provider_id", "")).value_or(0);
  o.title = form.get_or("title", "");
  o.description = form.get_or("description", "");
  o.target_groups = form.get_all("target_groups");
  o.field = form.get_or("field", "");
  o.format = form.get_or("format", "");
  for (const auto& m : form.get_all("municipality_ids"))
    if (auto id = parse_int(m)) o.municipality_ids.push_back(*id);
  o.languages = domain::split_list(form.get_or("languages", ""));
  o.cost = form.get_or("cost", "");
  o.free_of_charge = form.get_or("free_of_charge", "") == "1";
  o.schedule = form.get_or("schedule", "");
  o.starts_on = domain::trim(form.get_or("starts_on", ""));
  o.ends_on = domain::trim(form.get_or("ends_on", ""));
  if (auto v = domain::trim(form.get_or("capacity", "")); !v.empty()) o.capacity = parse_int(v).value_or(-1);
  o.funding_source = form.get_or("funding_source", "");
  o.funding_ends_on = domain::trim(form.get_or("funding_ends_on", ""));
  o.contact_id = optional_id_param(form, "contact_id");
  o.status = form.get_or("status", "running");
  o.last_verified_on = domain::trim(form.get_or("last_verified_on", ""));
  o.published = form.get_or("published", "") == "1";
  return o;
}

http::Response offer_form(Services& s, http::Request& req, const domain::Offer& o, const std::optional<Error>& error,
                          http::Status status) {
  const auto region_id = region_of(req);
  auto places = municipalities(s, region_id);
  if (!places) return error_response(s, req, places.error());
  auto providers = provider_choices(s, req);
  if (!providers) return error_response(s, req, providers.error());
  storage::ContactQuery contact_query;
  contact_query.include_anonymised = false;
  contact_query.limit = 1000;
  if (o.provider_id > 0) contact_query.organisation_id = o.provider_id;
  auto contacts = services::RegisterService(s.db).list_contacts(region_id, contact_query);
  if (!contacts) return error_response(s, req, contacts.error());

  const bool is_new = o.id == 0;
  Page page(s, req, "offer_form", is_new ? "offers.offer.new_title" : "offers.offer.edit_title", "nav.offers");
  auto& c = page.content();
  const std::string self = "/offers/" + std::to_string(o.id);
  c.SetValue("HEADING", is_new ? text(s, req, "offers.offer.new_title") : o.title);
  c.SetValue("ACTION", is_new ? std::string("/offers") : self);
  c.SetValue("CANCEL", is_new ? std::string("/offers") : self);
  c.SetValue("SUBMIT", text(s, req, is_new ? "offers.offer.create" : "common.save"));
  if (!is_new) page.set_title(o.title);
  for (const auto& p : *providers) add_option(c, "PROVIDER_OPTION", std::to_string(p.id), p.name, p.id == o.provider_id);
  c.SetValue("TITLE", o.title);
  c.SetValue("DESCRIPTION", o.description);
  for (auto key : domain::kTargetGroups) {
    auto* box = c.AddSectionDictionary("TARGET_GROUP");
    box->SetValue("VALUE", std::string(key));
    box->SetValue("LABEL", label(s, req, "target_group", key));
    if (std::find(o.target_groups.begin(), o.target_groups.end(), key) != o.target_groups.end()) box->ShowSection("CHECKED");
  }
  add_choices(s, req, c, "FIELD_OPTION", "field", domain::kOfferFields, o.field);
  add_choices(s, req, c, "FORMAT_OPTION", "format", domain::kOfferFormats, o.format);
  add_choices(s, req, c, "STATUS_OPTION", "status", domain::kOfferStatuses, o.status);
  for (const auto& m : *places) {
    auto* box = c.AddSectionDictionary("MUNICIPALITY");
    box->SetValue("VALUE", std::to_string(m.id));
    box->SetValue("LABEL", m.name);
    if (std::find(o.municipality_ids.begin(), o.municipality_ids.end(), m.id) != o.municipality_ids.end())
      box->ShowSection("CHECKED");
  }
  c.SetValue("LANGUAGES", readable_list(o.languages));
  c.SetValue("COST", o.cost);
  if (o.free_of_charge) c.ShowSection("FREE_CHECKED");
  c.SetValue("SCHEDULE", o.schedule);
  c.SetValue("STARTS_ON", o.starts_on);
  c.SetValue("ENDS_ON", o.ends_on);
  c.SetValue("CAPACITY", o.capacity ? std::to_string(*o.capacity) : "");
  c.SetValue("FUNDING_SOURCE", o.funding_source);
  c.SetValue("FUNDING_ENDS_ON", o.funding_ends_on);
  for (const auto& contact : contacts->items)
    add_option(c, "CONTACT_OPTION", std::to_string(contact.id), contact.name, o.contact_id == contact.id);
  c.SetValue("LAST_VERIFIED_ON", o.last_verified_on);
  if (is_staff(req)) {
    auto* staff = c.AddSectionDictionary("STAFF_FIELDS");
    if (o.published) staff->ShowSection("PUBLISHED_CHECKED");
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_offer(Services& s, http::Request& req) {
  domain::Offer o;
  o.status = "running";
  if (auto own = own_organisation(s, req)) o.provider_id = *own;
  if (auto p = parse_int(req.query.get_or("provider", ""))) o.provider_id = *p;
  return offer_form(s, req, o, std::nullopt, http::Status::ok);
}

http::Response create_offer(Services& s, http::Request& req) {
  auto o = offer_from_form(req.form().value_or(http::Params{}));
  auto created = offers(s).create_offer(caller_of(req), o, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return offer_form(s, req, o, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/offers/" + std::to_string(*created) + "?saved=created");
}

http::Response show_offer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  const auto region_id = region_of(req);
  auto svc = offers(s);
  auto found = svc.find_offer(region_id, id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  const auto& o = **found;
  auto places = municipalities(s, region_id);
  if (!places) return error_response(s, req, places.error());
  auto register_service = services::RegisterService(s.db);
  auto provider = register_service.find_organisation(region_id, o.provider_id);
  if (!provider) return error_response(s, req, provider.error());
  auto translations = svc.translations(region_id, id);
  if (!translations) return error_response(s, req, translations.error());
  auto assessments = checks(s).assessments_of(region_id, id);
  if (!assessments) return error_response(s, req, assessments.error());
  auto criteria = checks(s).criteria(region_id, unix_now());
  if (!criteria) return error_response(s, req, criteria.error());
  storage::NeedQuery need_query;
  need_query.offer_id = id;
  need_query.limit = 100;
  auto answered = needs(s).list_needs(region_id, need_query);
  if (!answered) return error_response(s, req, answered.error());
  auto history = svc.history(region_id, id);
  if (!history) return error_response(s, req, history.error());
  auto may_edit = svc.may_edit(caller_of(req), id);
  if (!may_edit) return error_response(s, req, may_edit.error());

  Page page(s, req, "offer", "offers.offer.title", "nav.offers");
  page.set_title(o.title);
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(o.id));
  // The UI language's text (English: the translation if there is one, else German, marked).
  const std::string ui_language(domain::to_string(state(req).language));
  const auto shown = domain::localise(o, *translations, ui_language);
  c.SetValue("TITLE", shown.title);
  c.SetValue("DESCRIPTION", shown.description);
  if (shown.fallback()) c.ShowSection("FALLBACK");
  c.SetIntValue("PROVIDER_ID", static_cast<long>(o.provider_id));
  c.SetValue("PROVIDER", provider->has_value() ? (*provider)->name : "");
  c.SetValue("TARGET_GROUPS", labels(s, req, "target_group", o.target_groups));
  c.SetValue("FIELD", label(s, req, "field", o.field));
  c.SetValue("FORMAT", label(s, req, "format", o.format));
  c.SetValue("MUNICIPALITIES", served_names(s, req, *places, o.municipality_ids));
  c.SetValue("LANGUAGES", readable_list(o.languages));
  c.SetValue("COST", o.cost);
  c.SetValue("FREE", text(s, req, o.free_of_charge ? "register.filter.yes" : "register.filter.no"));
  c.SetValue("SCHEDULE", o.schedule);
  c.SetValue("PERIOD", (o.starts_on.empty() ? std::string("…") : o.starts_on) + " – " +
                           (o.ends_on.empty() ? std::string("…") : o.ends_on));
  c.SetValue("CAPACITY", o.capacity ? std::to_string(*o.capacity) : "–");
  c.SetValue("FUNDING_SOURCE", o.funding_source);
  c.SetValue("FUNDING_ENDS_ON", o.funding_ends_on);
  if (domain::funding_nearing_end(o, today())) c.ShowSection("FUNDING_ENDS");
  if (o.contact_id) {
    auto contact = register_service.find_contact(region_id, *o.contact_id);
    if (contact && contact->has_value() && !(*contact)->anonymised) {
      auto* section = c.AddSectionDictionary("CONTACT");
      section->SetValue("CONTACT_NAME", (*contact)->name);
      section->SetValue("CONTACT_EMAIL", (*contact)->email);
      section->SetValue("CONTACT_PHONE", (*contact)->phone);
    }
  }
  c.SetValue("STATUS", label(s, req, "status", o.status));
  c.SetValue("LAST_VERIFIED_ON", o.last_verified_on.empty() ? "–" : o.last_verified_on);
  c.SetValue("PUBLISHED", text(s, req, o.published ? "register.filter.yes" : "register.filter.no"));

  // Content languages: the German source and each translation (or the visible fallback).
  for (auto language : domain::kContentLanguages) {
    if (language == "de") continue;
    auto* row = c.AddSectionDictionary("TRANSLATION");
    row->SetValue("LANGUAGE", std::string(language));
    row->SetValue("LANGUAGE_NAME", label(s, req, "language", language));
    row->SetValue("DIR", domain::is_rtl_language(language) ? "rtl" : "ltr");
    const auto t = std::find_if(translations->begin(), translations->end(),
                                [&](const domain::OfferTranslation& e) { return e.language == language; });
    const auto text_in = domain::localise(o, *translations, language);
    row->SetValue("T_TITLE", text_in.title);
    row->SetValue("T_DESCRIPTION", text_in.description);
    if (t == translations->end()) {
      row->ShowSection("MISSING");
    } else if (text_in.fallback()) {
      row->ShowSection("PARTLY");
    }
    if (*may_edit) row->ShowSection("MAY_TRANSLATE");
    // The fallback text is German: marked as such for screen readers and the direction.
    const bool has_title = t != translations->end() && !t->title.empty();
    const bool has_description = t != translations->end() && !t->description.empty();
    row->SetValue("TITLE_LANG", has_title ? std::string(language) : "de");
    row->SetValue("TITLE_DIR", has_title && domain::is_rtl_language(language) ? "rtl" : "ltr");
    row->SetValue("DESCRIPTION_LANG", has_description ? std::string(language) : "de");
    row->SetValue("DESCRIPTION_DIR", has_description && domain::is_rtl_language(language) ? "rtl" : "ltr");
  }

  // Assessments (newest first) with their ratings.
  std::map<domain::Id, const domain::Criterion*> criterion_by_id;
  for (const auto& cr : *criteria) criterion_by_id[cr.id] = &cr;
  for (const auto& a : *assessments) {
    auto* row = c.AddSectionDictionary("ASSESSMENT");
    row->SetIntValue("ASSESSMENT_ID", static_cast<long>(a.id));
    row->SetValue("ASSESSED_ON", a.assessed_on);
    row->SetValue("ASSESSOR", a.assessor_name);
    row->SetValue("SCORE", a.score ? std::to_string(*a.score) : "–");
    row->SetValue("NEXT_REVIEW_ON", a.next_review_on.empty() ? "–" : a.next_review_on);
    for (const auto& r : a.ratings) {
      auto* rating = row->AddSectionDictionary("RATING");
      const auto found_criterion = criterion_by_id.find(r.criterion_id);
      if (found_criterion != criterion_by_id.end()) {
        const auto name = services::label_of(*found_criterion->second);
        rating->SetValue("CRITERION", name.label.empty() ? text(s, req, name.label_key) : name.label);
      }
      rating->SetValue("LEVEL", label(s, req, "rating", r.level));
      rating->SetValue("EVIDENCE", r.evidence);
    }
    auto* actions = a.actions.empty() ? nullptr : row->AddSectionDictionary("ACTIONS");
    for (const auto& action : a.actions) actions->AddSectionDictionary("ACTION_ITEM")->SetValue("ACTION_TEXT", action);
    if (!a.note.empty()) row->AddSectionDictionary("NOTE")->SetValue("NOTE_TEXT", a.note);
    if (is_staff(req)) row->ShowSection("MAY_DELETE_ASSESSMENT");
  }
  if (assessments->empty()) c.ShowSection("NO_ASSESSMENTS");
  if (is_staff(req)) c.ShowSection("MAY_ASSESS");
  for (const auto& n : answered->items) {
    auto* row = c.AddSectionDictionary("NEED");
    row->SetIntValue("NEED_ID", static_cast<long>(n.need.id));
    row->SetValue("NEED_DESCRIPTION", n.need.description);
    row->SetValue("NEED_STATUS", label(s, req, "need_status", n.need.status));
  }
  if (answered->items.empty()) c.ShowSection("NO_NEEDS");
  add_history(s, req, c, *history);
  if (*may_edit) c.ShowSection("MAY_EDIT");
  const auto saved = req.query.get_or("saved", "");
  if (saved == "created") page.set_notice("offers.offer.created");
  if (saved == "1") page.set_notice("common.saved");
  if (saved == "translated") page.set_notice("offers.translation.saved");
  if (saved == "translation_deleted") page.set_notice("offers.translation.deleted");
  if (saved == "assessed") page.set_notice("offers.assessment.created");
  if (saved == "assessment_deleted") page.set_notice("offers.assessment.deleted");
  return page.respond();
}

http::Response show_edit_offer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto found = offers(s).find_offer(region_of(req), id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  auto may_edit = offers(s).may_edit(caller_of(req), id);
  if (!may_edit) return error_response(s, req, may_edit.error());
  if (!*may_edit) return error_response(s, req, Error::forbidden("error.partner_own_organisation"));
  return offer_form(s, req, **found, std::nullopt, http::Status::ok);
}

http::Response update_offer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto o = offer_from_form(req.form().value_or(http::Params{}));
  o.id = id;
  auto updated = offers(s).update_offer(caller_of(req), o, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input) {
      if (!is_staff(req)) {  // what a partner cannot change shows its stored value
        if (auto found = offers(s).find_offer(region_of(req), id); found && found->has_value()) {
          o.provider_id = (*found)->provider_id;
          o.published = (*found)->published;
        }
      }
      return offer_form(s, req, o, updated.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/offers/" + std::to_string(id) + "?saved=1");
}

http::Response delete_offer_page(Services& s, http::Request& req, domain::Id id, const std::optional<Error>& blocked,
                                 http::Status status) {
  auto found = offers(s).find_offer(region_of(req), id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  Page page(s, req, "offer_delete", "offers.offer.delete_title", "nav.offers");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(id));
  c.SetValue("TITLE", (*found)->title);
  if (blocked) {
    auto* section = c.AddSectionDictionary("BLOCKED");
    section->SetValue("MESSAGE", text(s, req, blocked->message));
    for (const auto& [field, key] : blocked->fields) section->AddSectionDictionary("BLOCKER")->SetValue("REASON", text(s, req, key));
  } else {
    c.ShowSection("MAY_DELETE");
  }
  return page.respond(status);
}

http::Response show_delete_offer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto may_edit = offers(s).may_edit(caller_of(req), id);
  if (!may_edit) return error_response(s, req, may_edit.error());
  if (!*may_edit) return error_response(s, req, Error::forbidden("error.partner_own_organisation"));
  return delete_offer_page(s, req, id, std::nullopt, http::Status::ok);
}

http::Response delete_offer(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto deleted = offers(s).delete_offer(caller_of(req), id, unix_now());
  if (!deleted) {
    if (deleted.error().code == ErrorCode::conflict)
      return delete_offer_page(s, req, id, deleted.error(), http::Status::conflict);
    return error_response(s, req, deleted.error());
  }
  return http::Response::redirect("/offers?saved=deleted");
}

// ----- translations -----

http::Response translation_form(Services& s, http::Request& req, const domain::OfferTranslation& t,
                                const std::optional<Error>& error, http::Status status) {
  auto found = offers(s).find_offer(region_of(req), t.offer_id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  auto may_edit = offers(s).may_edit(caller_of(req), t.offer_id);
  if (!may_edit) return error_response(s, req, may_edit.error());
  if (!*may_edit) return error_response(s, req, Error::forbidden("error.partner_own_organisation"));
  auto existing = offers(s).translations(region_of(req), t.offer_id);
  if (!existing) return error_response(s, req, existing.error());
  Page page(s, req, "offer_translation_form", "offers.translation.title", "nav.offers");
  auto& c = page.content();
  const std::string language_name = label(s, req, "language", t.language);
  page.set_title((*found)->title + " – " + language_name);
  c.SetIntValue("ID", static_cast<long>(t.offer_id));
  c.SetValue("OFFER_TITLE", (*found)->title);
  c.SetValue("SOURCE_DESCRIPTION", (*found)->description);
  c.SetValue("LANGUAGE", t.language);
  c.SetValue("LANGUAGE_NAME", language_name);
  c.SetValue("DIR", domain::is_rtl_language(t.language) ? "rtl" : "ltr");
  c.SetValue("T_TITLE", t.title);
  c.SetValue("T_DESCRIPTION", t.description);
  if (std::any_of(existing->begin(), existing->end(), [&](const auto& e) { return e.language == t.language; }))
    c.ShowSection("MAY_DELETE");
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

std::optional<std::string> translation_language(const http::Request& req) {
  const std::string language(req.param("lang"));
  if (!domain::is_translation_language(language)) return std::nullopt;
  return language;
}

http::Response show_translation(Services& s, http::Request& req) {
  const auto language = translation_language(req);
  if (!language) return error_response(s, req, Error::not_found());
  domain::OfferTranslation t;
  t.offer_id = *req.int_param("id");
  t.language = *language;
  auto existing = offers(s).translations(region_of(req), t.offer_id);
  if (!existing) return error_response(s, req, existing.error());
  for (const auto& e : *existing)
    if (e.language == t.language) t = e;
  return translation_form(s, req, t, std::nullopt, http::Status::ok);
}

http::Response save_translation(Services& s, http::Request& req) {
  const auto language = translation_language(req);
  if (!language) return error_response(s, req, Error::not_found());
  const auto form = req.form().value_or(http::Params{});
  domain::OfferTranslation t;
  t.offer_id = *req.int_param("id");
  t.language = *language;
  t.title = form.get_or("title", "");
  t.description = form.get_or("description", "");
  auto saved = offers(s).put_translation(caller_of(req), t, unix_now());
  if (!saved) {
    if (saved.error().code == ErrorCode::invalid_input)
      return translation_form(s, req, t, saved.error(), http::Status::unprocessable_entity);
    return error_response(s, req, saved.error());
  }
  return http::Response::redirect("/offers/" + std::to_string(t.offer_id) + "?saved=translated");
}

http::Response delete_translation(Services& s, http::Request& req) {
  const auto language = translation_language(req);
  if (!language) return error_response(s, req, Error::not_found());
  const auto id = *req.int_param("id");
  auto deleted = offers(s).delete_translation(caller_of(req), id, *language, unix_now());
  if (!deleted) return error_response(s, req, deleted.error());
  return http::Response::redirect("/offers/" + std::to_string(id) + "?saved=translation_deleted");
}

}  // namespace

void register_offer_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto editors = Access::roles_only({Role::admin, Role::staff, Role::partner});
  routes.get("/offers", readers, list_offers);
  routes.get("/offers/new", editors, show_new_offer);
  routes.post("/offers", editors, create_offer);
  routes.get("/offers/{id:int}", readers, show_offer);
  routes.get("/offers/{id:int}/edit", editors, show_edit_offer);
  routes.post("/offers/{id:int}", editors, update_offer);
  routes.get("/offers/{id:int}/delete", editors, show_delete_offer);
  routes.post("/offers/{id:int}/delete", editors, delete_offer);
  routes.get("/offers/{id:int}/translations/{lang}", editors, show_translation);
  routes.post("/offers/{id:int}/translations/{lang}", editors, save_translation);
  routes.post("/offers/{id:int}/translations/{lang}/delete", editors, delete_translation);
  register_assessment_routes(routes);  // web/pages/assessment_pages.cpp
  register_need_routes(routes);        // web/pages/need_pages.cpp
  register_offer_api_routes(routes);   // web/api/offer_api.cpp
}

}  // namespace bb::web
