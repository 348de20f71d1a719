// The migration-sensitivity check (issue 5): the overview (offers never checked, due for
// re-check, weakest criteria across the region, recent assessments), the region's criteria
// catalogue (admins edit it) and the assessment form of an offer.
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

std::string criterion_name(const Services& s, const http::Request& req, const domain::Criterion& c) {
  const auto name = services::label_of(c);
  return name.label.empty() ? text(s, req, name.label_key) : name.label;
}

void add_check_rows(ctemplate::TemplateDictionary& c, const char* section,
                    const std::vector<storage::OfferCheckState>& rows) {
  for (const auto& r : rows) {
    auto* row = c.AddSectionDictionary(section);
    row->SetIntValue("OFFER_ID", static_cast<long>(r.offer_id));
    row->SetValue("OFFER_TITLE", r.offer_title);
    row->SetValue("PROVIDER", r.provider_name);
    row->SetValue("LAST_ASSESSED_ON", r.last_assessed_on);
    row->SetValue("LAST_SCORE", r.last_score ? std::to_string(*r.last_score) : "–");
    row->SetValue("NEXT_REVIEW_ON", r.next_review_on);
  }
}

http::Response show_check(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  auto svc = checks(s);
  auto criteria = svc.criteria(region_id, unix_now());
  if (!criteria) return error_response(s, req, criteria.error());
  auto never = svc.never_checked(region_id, 200);
  if (!never) return error_response(s, req, never.error());
  auto due = svc.due_for_review(region_id, today(), 200);
  if (!due) return error_response(s, req, due.error());
  auto weakest = svc.weakest_criteria(region_id);
  if (!weakest) return error_response(s, req, weakest.error());
  auto recent = svc.list_assessments(region_id, std::nullopt, 20, 0);
  if (!recent) return error_response(s, req, recent.error());

  Page page(s, req, "offer_check", "offers.check.title", "nav.offers");
  auto& c = page.content();
  add_check_rows(c, "NEVER", *never);
  if (never->empty()) c.ShowSection("NO_NEVER");
  add_check_rows(c, "DUE", *due);
  if (due->empty()) c.ShowSection("NO_DUE");
  std::map<domain::Id, const domain::Criterion*> by_id;
  for (const auto& cr : *criteria) by_id[cr.id] = &cr;
  for (const auto& w : *weakest) {
    auto* row = c.AddSectionDictionary("WEAK");
    const auto found = by_id.find(w.criterion_id);
    row->SetValue("CRITERION", found == by_id.end() ? std::string() : criterion_name(s, req, *found->second));
    row->SetValue("FULFILMENT", w.fulfilment ? std::to_string(*w.fulfilment) + " %" : "–");
    row->SetIntValue("MET", static_cast<long>(w.met));
    row->SetIntValue("PARTLY", static_cast<long>(w.partly));
    row->SetIntValue("NOT_MET", static_cast<long>(w.not_met));
    row->SetIntValue("NOT_APPLICABLE", static_cast<long>(w.not_applicable));
  }
  if (weakest->empty()) c.ShowSection("NO_WEAK");
  for (const auto& a : recent->items) {
    auto* row = c.AddSectionDictionary("RECENT");
    row->SetIntValue("OFFER_ID", static_cast<long>(a.assessment.offer_id));
    row->SetValue("OFFER_TITLE", a.offer_title);
    row->SetValue("ASSESSED_ON", a.assessment.assessed_on);
    row->SetValue("ASSESSOR", a.assessment.assessor_name);
    row->SetValue("SCORE", a.assessment.score ? std::to_string(*a.assessment.score) : "–");
  }
  if (recent->items.empty()) c.ShowSection("NO_RECENT");
  return page.respond();
}

// ----- criteria catalogue -----

http::Response criteria_page(Services& s, http::Request& req, const std::optional<Error>& error,
                             std::optional<domain::Id> failed_id, const domain::Criterion& draft, http::Status status) {
  auto criteria = checks(s).criteria(region_of(req), unix_now());
  if (!criteria) return error_response(s, req, criteria.error());
  Page page(s, req, "offer_criteria", "offers.criteria.title", "nav.offers");
  auto& c = page.content();
  const bool admin = state(req).principal->user.role == Role::admin;
  for (const auto& cr : *criteria) {
    auto* row = c.AddSectionDictionary("CRITERION");
    row->SetIntValue("CRITERION_ID", static_cast<long>(cr.id));
    row->SetValue("NAME", criterion_name(s, req, cr));
    row->SetValue("CRITERION_DESCRIPTION", cr.description);
    row->SetIntValue("WEIGHT", cr.weight);
    row->SetValue("STATE", text(s, req, cr.active ? "offers.criteria.active" : "offers.criteria.inactive"));
    if (admin) {
      auto* edit = row->AddSectionDictionary("EDIT");
      const bool failed = failed_id && *failed_id == cr.id;
      const auto& shown = failed ? draft : cr;
      edit->SetValue("LABEL", shown.label.empty() && !failed ? criterion_name(s, req, cr) : shown.label);
      edit->SetValue("EDIT_DESCRIPTION", shown.description);
      edit->SetIntValue("POSITION", shown.position);
      for (int w = 1; w <= 3; ++w)
        add_option(*edit, "WEIGHT_OPTION", std::to_string(w), std::to_string(w), shown.weight == w);
      if (shown.active) edit->ShowSection("ACTIVE_CHECKED");
      if (failed && error) {
        for (const auto& [field, key] : error->fields)
          edit->AddSectionDictionary("ROW_ERROR")->SetValue("MESSAGE", text(s, req, key));
      }
    }
  }
  if (admin) {
    auto* add = c.AddSectionDictionary("ADD");
    const bool failed = error && !failed_id;
    add->SetValue("NEW_LABEL", failed ? draft.label : "");
    add->SetValue("NEW_DESCRIPTION", failed ? draft.description : "");
    for (int w = 1; w <= 3; ++w)
      add_option(*add, "NEW_WEIGHT_OPTION", std::to_string(w), std::to_string(w), (failed ? draft.weight : 1) == w);
    if (failed) set_field_errors(s, state(req).language, *add, *error);
  }
  if (error) page.set_form_errors(*error);
  const auto saved = req.query.get_or("saved", "");
  if (saved == "1") page.set_notice("common.saved");
  if (saved == "deleted") page.set_notice("offers.criteria.deleted");
  return page.respond(status);
}

http::Response show_criteria(Services& s, http::Request& req) {
  return criteria_page(s, req, std::nullopt, std::nullopt, {}, http::Status::ok);
}

domain::Criterion criterion_from_form(const http::Params& form) {
  domain::Criterion c;
  c.label = form.get_or("label", "");
  c.description = form.get_or("description", "");
  c.weight = static_cast<int>(parse_int(form.get_or("weight", "1")).value_or(0));
  c.position = static_cast<int>(parse_int(form.get_or("position", "0")).value_or(0));
  c.active = form.get_or("active", "") == "1";
  return c;
}

http::Response create_criterion(Services& s, http::Request& req) {
  auto c = criterion_from_form(req.form().value_or(http::Params{}));
  c.active = true;
  auto created = checks(s).create_criterion(caller_of(req), c, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return criteria_page(s, req, created.error(), std::nullopt, c, http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/offers/criteria?saved=1");
}

http::Response update_criterion(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto c = criterion_from_form(req.form().value_or(http::Params{}));
  c.id = id;
  // A default criterion whose shown name was left as the catalog's keeps following the catalog.
  auto criteria = checks(s).criteria(region_of(req), unix_now());
  if (!criteria) return error_response(s, req, criteria.error());
  for (const auto& existing : *criteria)
    if (existing.id == id && existing.label.empty() && c.label == criterion_name(s, req, existing)) c.label.clear();
  auto updated = checks(s).update_criterion(caller_of(req), c, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return criteria_page(s, req, updated.error(), id, c, http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect("/offers/criteria?saved=1");
}

http::Response delete_criterion(Services& s, http::Request& req) {
  const auto id = *req.int_param("id");
  auto deleted = checks(s).delete_criterion(caller_of(req), id, unix_now());
  if (!deleted) {
    if (deleted.error().code == ErrorCode::conflict)
      return criteria_page(s, req, deleted.error(), id, {}, http::Status::conflict);
    return error_response(s, req, deleted.error());
  }
  return http::Response::redirect("/offers/criteria?saved=deleted");
}

// ----- assessments -----

http::Response assessment_form(Services& s, http::Request& req, const domain::Assessment& a,
                               const std::optional<Error>& error, http::Status status) {
  const auto region_id = region_of(req);
  auto offer = offers(s).find_offer(region_id, a.offer_id);
  if (!offer) return error_response(s, req, offer.error());
  if (!offer->has_value()) return error_response(s, req, Error::not_found());
  auto criteria = checks(s).criteria(region_id, unix_now());
  if (!criteria) return error_response(s, req, criteria.error());
  Page page(s, req, "assessment_form", "offers.assessment.new_title", "nav.offers");
  page.set_title(text(s, req, "offers.assessment.new_title") + ": " + (*offer)->title);
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(a.offer_id));
  c.SetValue("OFFER_TITLE", (*offer)->title);
  c.SetValue("ASSESSED_ON", a.assessed_on);
  c.SetValue("NEXT_REVIEW_ON", a.next_review_on);
  c.SetValue("ACTIONS", [&] {
    std::string out;
    for (const auto& action : a.actions) out += (out.empty() ? "" : "\n") + action;
    return out;
  }());
  c.SetValue("NOTE", a.note);
  for (const auto& cr : *criteria) {
    if (!cr.active) continue;
    auto* row = c.AddSectionDictionary("CRITERION");
    row->SetIntValue("CRITERION_ID", static_cast<long>(cr.id));
    row->SetValue("NAME", criterion_name(s, req, cr));
    row->SetValue("CRITERION_DESCRIPTION", cr.description);
    if (!cr.description.empty()) row->ShowSection("HAS_DESCRIPTION");
    const auto rating = std::find_if(a.ratings.begin(), a.ratings.end(),
                                     [&](const domain::Rating& r) { return r.criterion_id == cr.id; });
    for (auto level : domain::kRatingLevels) {
      auto* option = row->AddSectionDictionary("LEVEL");
      option->SetValue("LEVEL_VALUE", std::string(level));
      option->SetValue("LEVEL_LABEL", label(s, req, "rating", level));
      if (rating != a.ratings.end() && rating->level == level) option->ShowSection("CHECKED");
    }
    row->SetValue("EVIDENCE", rating != a.ratings.end() ? rating->evidence : "");
    if (error) {
      if (auto found = error->fields.find("rating_" + std::to_string(cr.id)); found != error->fields.end())
        row->AddSectionDictionary("RATING_ERROR")->SetValue("MESSAGE", text(s, req, found->second));
    }
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_assessment(Services& s, http::Request& req) {
  domain::Assessment a;
  a.offer_id = *req.int_param("id");
  a.assessed_on = today();
  a.next_review_on = domain::add_days(a.assessed_on, 365);
  return assessment_form(s, req, a, std::nullopt, http::Status::ok);
}

http::Response create_assessment(Services& s, http::Request& req) {
  const auto form = req.form().value_or(http::Params{});
  domain::Assessment a;
  a.offer_id = *req.int_param("id");
  a.assessed_on = domain::trim(form.get_or("assessed_on", ""));
  a.next_review_on = domain::trim(form.get_or("next_review_on", ""));
  a.note = form.get_or("note", "");
  a.assessor_name = state(req).principal->user.display_name;
  const auto actions = form.get_or("actions", "");
  std::size_t start = 0;
  while (start <= actions.size()) {
    auto end = actions.find('\n', start);
    if (end == std::string::npos) end = actions.size();
    if (auto line = domain::trim(std::string_view(actions).substr(start, end - start)); !line.empty())
      a.actions.push_back(line);
    start = end + 1;
  }
  auto criteria = checks(s).criteria(region_of(req), unix_now());
  if (!criteria) return error_response(s, req, criteria.error());
  for (const auto& cr : *criteria) {
    if (!cr.active) continue;
    const auto id = std::to_string(cr.id);
    a.ratings.push_back({cr.id, form.get_or("rating_" + id, ""), form.get_or("evidence_" + id, "")});
  }
  auto created = checks(s).create_assessment(caller_of(req), a, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return assessment_form(s, req, a, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect("/offers/" + std::to_string(a.offer_id) + "?saved=assessed#assessments-heading");
}

http::Response delete_assessment(Services& s, http::Request& req) {
  const auto offer_id = *req.int_param("id");
  const auto assessment_id = *req.int_param("assessment_id");
  auto found = checks(s).find_assessment(region_of(req), assessment_id);
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value() || (*found)->offer_id != offer_id) return error_response(s, req, Error::not_found());
  auto deleted = checks(s).delete_assessment(caller_of(req), assessment_id, unix_now());
  if (!deleted) return error_response(s, req, deleted.error());
  return http::Response::redirect("/offers/" + std::to_string(offer_id) + "?saved=assessment_deleted");
}

}  // namespace

void register_assessment_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  const auto admins = Access::roles_only({Role::admin});
  routes.get("/offers/check", readers, show_check);
  routes.get("/offers/criteria", readers, show_criteria);
  routes.post("/offers/criteria", admins, create_criterion);
  routes.post("/offers/criteria/{id:int}", admins, update_criterion);
  routes.post("/offers/criteria/{id:int}/delete", admins, delete_criterion);
  routes.get("/offers/{id:int}/assessments/new", staff, show_new_assessment);
  routes.post("/offers/{id:int}/assessments", staff, create_assessment);
  routes.post("/offers/{id:int}/assessments/{assessment_id:int}/delete", staff, delete_assessment);
}

}  // namespace bb::web
