// The action plan's pages (issue 6, Handlungsplan): the list of plans, a plan's outline
// (fields -> goals with indicators -> measures), the forms of the plan and its items with the
// errors next to the fields, a measure's page (comments, proposals, status history), and a
// partner's proposal form. Reads are open to every regional role; writes are declared per
// route and decided again by the PlanService. What a user cannot do is not offered.
#include "core/clock.hpp"
#include "services/plan_pdf.hpp"
#include "web/cookies.hpp"
#include "web/pages/plan_page_helpers.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace bb::web {

namespace plan_pages {

std::string date_text(const http::Request& req, const std::string& iso) {
  return services::readable_date(iso, state(req).language == domain::UiLanguage::de ? "de" : "en");
}

void fill_plan_header(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& c,
                      const domain::Plan& plan) {
  c.SetIntValue("PLAN_ID", static_cast<long>(plan.id));
  c.SetValue("PLAN_TITLE", plan.title);
  c.SetValue("STATUS", label(s, req, "plans.status.", domain::to_string(plan.status)));
  c.SetValue("STATUS_KEY", std::string(domain::to_string(plan.status)));
  c.SetValue("PERIOD", date_text(req, plan.period_start) + " – " + date_text(req, plan.period_end));
  c.SetIntValue("VERSION_COUNT", plan.version_count);
}

namespace {
std::string org_name(const domain::PlanDocument& d, std::optional<domain::Id> id) {
  if (!id) return {};
  auto it = d.organisation_names.find(*id);
  return it != d.organisation_names.end() ? it->second : std::string();
}
std::string org_names(const domain::PlanDocument& d, const std::vector<domain::Id>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ", ") + org_name(d, id);
  return out;
}
}  // namespace

void fill_outline(const Services& s, const http::Request& req, ctemplate::TemplateDictionary& page,
                  const domain::PlanDocument& doc, const OutlineOptions& options) {
  // templates/plan_outline.tpl, included by the plan's page and a version's page; an include
  // dictionary does not see its parent's values, so it gets the plan id itself.
  auto& c = *page.AddIncludeDictionary("OUTLINE");
  c.SetFilename(Renderer::key(state(req).language, "plan_outline"));
  c.SetIntValue("PLAN_ID", static_cast<long>(doc.plan.id));
  c.SetValue("PREAMBLE", doc.plan.preamble);
  if (options.may_edit) c.ShowSection("MAY_EDIT");
  int field_no = 0;
  for (const auto& f : doc.fields) {
    ++field_no;
    auto* fd = c.AddSectionDictionary("FIELD");
    fd->SetIntValue("FIELD_ID", static_cast<long>(f.id));
    fd->SetValue("NUMBER", std::to_string(field_no));
    fd->SetValue("TITLE", f.title);
    fd->SetValue("DESCRIPTION", f.description);
    if (options.may_edit) fd->ShowSection("FIELD_EDIT");
    int goal_no = 0;
    for (const auto& g : doc.goals) {
      if (g.field_id != f.id) continue;
      ++goal_no;
      auto* gd = fd->AddSectionDictionary("GOAL");
      gd->SetIntValue("GOAL_ID", static_cast<long>(g.id));
      gd->SetValue("NUMBER", std::to_string(field_no) + "." + std::to_string(goal_no));
      gd->SetValue("TITLE", g.title);
      gd->SetValue("DESCRIPTION", g.description);
      if (options.may_edit) gd->ShowSection("GOAL_EDIT");
      bool any_indicator = false;
      for (const auto& i : doc.indicators) {
        if (i.goal_id != g.id) continue;
        any_indicator = true;
        auto* id = gd->AddSectionDictionary("INDICATOR");
        id->SetIntValue("INDICATOR_ID", static_cast<long>(i.id));
        id->SetValue("NAME", i.name);
        id->SetValue("UNIT", i.unit);
        id->SetValue("BASELINE", domain::format_number(i.baseline));
        id->SetValue("TARGET_VALUE", domain::format_number(i.target_value));
        id->SetValue("TARGET_DATE", date_text(req, i.target_date));
        if (options.may_edit) id->ShowSection("INDICATOR_EDIT");
      }
      if (any_indicator) gd->ShowSection("INDICATORS");
      bool any_measure = false;
      for (const auto& m : doc.measures) {
        if (m.goal_id != g.id) continue;
        any_measure = true;
        auto* md = gd->AddSectionDictionary("MEASURE");
        md->SetIntValue("MEASURE_ID", static_cast<long>(m.id));
        md->SetValue("TITLE", m.title);
        if (options.live) {
          md->ShowSection("MEASURE_LINK");
        } else {
          md->ShowSection("MEASURE_PLAIN");
        }
        md->SetValue("LEAD", org_name(doc, m.lead_organisation_id));
        md->SetValue("PARTNERS", org_names(doc, m.partner_organisation_ids));
        std::string period = date_text(req, m.start_on);
        if (!m.end_on.empty()) period += " – " + date_text(req, m.end_on);
        md->SetValue("PERIOD", period);
        md->SetValue("STATUS", label(s, req, "plans.measure_status.", domain::to_string(m.status)));
        md->SetValue("ANCHORING", label(s, req, "plans.anchoring.", domain::to_string(m.anchoring_state)));
        md->SetValue("ANCHORING_BY", org_name(doc, m.anchoring_organisation_id));
        if (m.anchoring_state == domain::AnchoringState::open || m.anchoring_state == domain::AnchoringState::talks)
          md->ShowSection("NOT_ANCHORED");
        if (options.may_edit) md->ShowSection("MEASURE_EDIT");
        if (options.live && options.partner_organisation && m.involves(*options.partner_organisation) &&
            domain::is_editable(doc.plan.status))
          md->ShowSection("MEASURE_PROPOSE");
      }
      if (any_measure) gd->ShowSection("MEASURES");
    }
  }
  if (doc.fields.empty()) c.ShowSection("NO_FIELDS");
}

}  // namespace plan_pages

namespace {

using namespace plan_pages;
using domain::Role;

bool staff(const http::Request& req) { return is_staff(req); }

// ======================================================================= list

http::Response list_plans(Services& s, http::Request& req) {
  auto plans = service(s).list_plans(region_of(req));
  if (!plans) return error_response(s, req, plans.error());
  Page page(s, req, "plans", "plans.title", "nav.plan");
  auto& c = page.content();
  if (staff(req)) c.ShowSection("MAY_CREATE");
  if (auto own = register_pages::own_organisation(s, req))
    c.AddSectionDictionary("OWN_ORGANISATION")->SetIntValue("ORGANISATION_ID", static_cast<long>(*own));
  for (const auto& p : *plans) {
    auto* row = c.AddSectionDictionary("PLAN");
    fill_plan_header(s, req, *row, p);
  }
  if (plans->empty()) c.ShowSection("NO_PLANS");
  return page.respond();
}

// ======================================================================= the plan

domain::Plan plan_from_form(const http::Params& form) {
  domain::Plan p;
  p.title = form.get_or("title", "");
  p.period_start = domain::trim(form.get_or("period_start", ""));
  p.period_end = domain::trim(form.get_or("period_end", ""));
  p.preamble = form.get_or("preamble", "");
  p.status = domain::parse_plan_status(form.get_or("status", "draft")).value_or(domain::PlanStatus::draft);
  return p;
}

http::Response plan_form(Services& s, http::Request& req, const domain::Plan& p, const std::optional<Error>& error,
                         http::Status status) {
  const bool is_new = p.id == 0;
  Page page(s, req, "plan_form", is_new ? "plans.new_title" : "plans.edit_title", "nav.plan");
  auto& c = page.content();
  c.SetValue("HEADING", is_new ? text(s, req, "plans.new_title") : p.title);
  c.SetValue("ACTION", is_new ? std::string("/plans") : plan_url(p.id));
  c.SetValue("CANCEL", is_new ? std::string("/plans") : plan_url(p.id));
  c.SetValue("TITLE", p.title);
  c.SetValue("PERIOD_START", p.period_start);
  c.SetValue("PERIOD_END", p.period_end);
  c.SetValue("PREAMBLE", p.preamble);
  if (!is_new) {
    auto* st = c.AddSectionDictionary("STATUS_FIELD");
    for (auto v : {domain::PlanStatus::draft, domain::PlanStatus::consultation})
      add_option(*st, "STATUS_OPTION", std::string(domain::to_string(v)), label(s, req, "plans.status.", domain::to_string(v)),
                 p.status == v);
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_plan(Services& s, http::Request& req) {
  return plan_form(s, req, domain::Plan{}, std::nullopt, http::Status::ok);
}

http::Response create_plan(Services& s, http::Request& req) {
  auto p = plan_from_form(req.form().value_or(http::Params{}));
  auto created = service(s).create_plan(caller_of(req), p, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input)
      return plan_form(s, req, p, created.error(), http::Status::unprocessable_entity);
    return error_response(s, req, created.error());
  }
  return http::Response::redirect(plan_url(*created) + "?saved=created");
}

http::Response show_plan(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  const auto id = *req.int_param("id");
  auto svc = service(s);
  auto doc = svc.document(region_id, id);
  if (!doc) return error_response(s, req, doc.error());
  if (!doc->has_value()) return error_response(s, req, Error::not_found());
  const auto& d = **doc;
  auto proposals = svc.proposals(region_id, id);
  if (!proposals) return error_response(s, req, proposals.error());
  auto comments = svc.comments(region_id, id);
  if (!comments) return error_response(s, req, comments.error());
  Page page(s, req, "plan", "plans.title", "nav.plan");
  page.set_title(d.plan.title);
  auto& c = page.content();
  fill_plan_header(s, req, c, d.plan);
  const bool editable = domain::is_editable(d.plan.status);
  OutlineOptions options;
  options.may_edit = staff(req) && editable;
  options.partner_organisation = register_pages::own_organisation(s, req);
  fill_outline(s, req, c, d, options);
  if (staff(req)) {
    auto* actions = c.AddSectionDictionary("STAFF_ACTIONS");
    if (editable) {
      actions->ShowSection("EDITABLE");
    } else if (d.plan.status == domain::PlanStatus::adopted) {
      actions->ShowSection("REVISABLE");
    }
  }
  if (!editable) c.ShowSection("FROZEN");
  const auto open = std::count_if(proposals->begin(), proposals->end(),
                                  [](const auto& p) { return p.state == domain::ProposalState::open; });
  c.SetIntValue("OPEN_PROPOSALS", static_cast<long>(open));
  // Comments on the plan as a whole; those on items are on the measure pages.
  for (const auto& cm : *comments) {
    if (cm.item_type != "plan") continue;
    auto* row = c.AddSectionDictionary("COMMENT");
    row->SetValue("WHO", cm.user_name);
    row->SetValue("AT", format_time(cm.created_at, state(req).language));
    row->SetValue("BODY", cm.body);
  }
  if (staff(req) || state(req).principal->user.role == Role::partner) c.ShowSection("MAY_COMMENT");
  const auto saved = req.query.get_or("saved", "");
  if (!saved.empty()) page.set_notice("plans.notice." + saved);
  return page.respond();
}

http::Response show_edit_plan(Services& s, http::Request& req) {
  auto found = service(s).find_plan(region_of(req), *req.int_param("id"));
  if (!found) return error_response(s, req, found.error());
  if (!found->has_value()) return error_response(s, req, Error::not_found());
  if (!domain::is_editable((*found)->status)) return error_response(s, req, Error::conflict("plans.error.frozen"));
  return plan_form(s, req, **found, std::nullopt, http::Status::ok);
}

http::Response update_plan(Services& s, http::Request& req) {
  auto p = plan_from_form(req.form().value_or(http::Params{}));
  p.id = *req.int_param("id");
  auto updated = service(s).update_plan(caller_of(req), p, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input)
      return plan_form(s, req, p, updated.error(), http::Status::unprocessable_entity);
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect(plan_url(p.id) + "?saved=saved");
}

// ======================================================================= fields and goals

// The same form for a field of action and a goal (a goal also names its field).
struct SimpleItem {
  domain::Id id = 0;
  domain::Id parent_id = 0;
  std::string title;
  std::string description;
};

http::Response item_form(Services& s, http::Request& req, const domain::PlanDocument& doc, const char* kind,
                         const SimpleItem& item, const std::optional<Error>& error, http::Status status) {
  const std::string k(kind);
  const bool is_new = item.id == 0;
  Page page(s, req, "plan_item_form", "plans." + k + (is_new ? ".new_title" : ".edit_title"), "nav.plan");
  auto& c = page.content();
  const std::string base = plan_url(doc.plan.id) + "/" + k + "s";
  c.SetValue("HEADING", text(s, req, "plans." + k + (is_new ? ".new_title" : ".edit_title")));
  c.SetValue("PLAN_TITLE", doc.plan.title);
  c.SetIntValue("PLAN_ID", static_cast<long>(doc.plan.id));
  c.SetValue("ACTION", is_new ? base : base + "/" + std::to_string(item.id));
  c.SetValue("TITLE", item.title);
  c.SetValue("DESCRIPTION", item.description);
  if (k == "goal") {
    auto* parent = c.AddSectionDictionary("PARENT");
    for (const auto& f : doc.fields)
      add_option(*parent, "PARENT_OPTION", std::to_string(f.id), f.title, f.id == item.parent_id);
  }
  if (!is_new) {
    auto* del = c.AddSectionDictionary("DELETE");
    del->SetValue("DELETE_ACTION", base + "/" + std::to_string(item.id) + "/delete");
  }
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

Result<domain::PlanDocument> load_document(Services& s, const http::Request& req) {
  auto doc = service(s).document(region_of(req), *req.int_param("id"));
  if (!doc) return doc.error();
  if (!doc->has_value()) return Error::not_found();
  return std::move(**doc);
}

SimpleItem simple_from_form(const http::Params& form) {
  SimpleItem item;
  item.title = form.get_or("title", "");
  item.description = form.get_or("description", "");
  item.parent_id = parse_int(form.get_or("field_id", "")).value_or(0);
  return item;
}

http::Response show_item_form(Services& s, http::Request& req, const char* kind) {
  auto doc = load_document(s, req);
  if (!doc) return error_response(s, req, doc.error());
  if (!domain::is_editable(doc->plan.status)) return error_response(s, req, Error::conflict("plans.error.frozen"));
  SimpleItem item;
  if (auto item_id = req.int_param("item")) {
    item.id = *item_id;
    if (std::string(kind) == "field") {
      const auto* f = doc->field(item.id);
      if (!f) return error_response(s, req, Error::not_found());
      item.title = f->title;
      item.description = f->description;
    } else {
      const auto* g = doc->goal(item.id);
      if (!g) return error_response(s, req, Error::not_found());
      item.title = g->title;
      item.description = g->description;
      item.parent_id = g->field_id;
    }
  } else {
    item.parent_id = parse_int(req.query.get_or("field", "")).value_or(0);
  }
  return item_form(s, req, *doc, kind, item, std::nullopt, http::Status::ok);
}

http::Response save_item(Services& s, http::Request& req, const char* kind) {
  const auto plan_id = *req.int_param("id");
  auto item = simple_from_form(req.form().value_or(http::Params{}));
  if (auto item_id = req.int_param("item")) item.id = *item_id;
  auto svc = service(s);
  const auto who = caller_of(req);
  Result<void> result = success();
  if (std::string(kind) == "field") {
    domain::PlanField f{item.id, plan_id, 0, item.title, item.description};
    if (item.id == 0) {
      auto id = svc.create_field(who, plan_id, f, unix_now());
      if (!id) result = id.error();
    } else {
      result = svc.update_field(who, plan_id, f, unix_now());
    }
  } else {
    domain::PlanGoal g{item.id, item.parent_id, 0, item.title, item.description};
    if (item.id == 0) {
      auto id = svc.create_goal(who, plan_id, g, unix_now());
      if (!id) result = id.error();
    } else {
      result = svc.update_goal(who, plan_id, g, unix_now());
    }
  }
  if (!result) {
    if (result.error().code == ErrorCode::invalid_input) {
      auto doc = load_document(s, req);
      if (!doc) return error_response(s, req, doc.error());
      return item_form(s, req, *doc, kind, item, result.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, result.error());
  }
  return http::Response::redirect(plan_url(plan_id) + "?saved=saved");
}

http::Response delete_item(Services& s, http::Request& req, const std::string& kind) {
  const auto plan_id = *req.int_param("id");
  const auto item_id = *req.int_param("item");
  auto svc = service(s);
  const auto who = caller_of(req);
  Result<void> result = success();
  if (kind == "field") result = svc.delete_field(who, plan_id, item_id, unix_now());
  if (kind == "goal") result = svc.delete_goal(who, plan_id, item_id, unix_now());
  if (kind == "indicator") result = svc.delete_indicator(who, plan_id, item_id, unix_now());
  if (kind == "measure") result = svc.delete_measure(who, plan_id, item_id, unix_now());
  if (!result) return error_response(s, req, result.error());
  return http::Response::redirect(plan_url(plan_id) + "?saved=deleted");
}

// ======================================================================= indicators

std::optional<double> parse_number(std::string text) {
  text = domain::trim(text);
  for (auto& ch : text)
    if (ch == ',') ch = '.';  // German decimal comma
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

struct IndicatorDraft {
  domain::PlanIndicator indicator;
  std::string baseline_text;
  std::string target_text;
};

http::Response indicator_form(Services& s, http::Request& req, const domain::PlanDocument& doc,
                              const IndicatorDraft& draft, const std::optional<Error>& error, http::Status status) {
  const auto& i = draft.indicator;
  const bool is_new = i.id == 0;
  Page page(s, req, "plan_indicator_form", is_new ? "plans.indicator.new_title" : "plans.indicator.edit_title",
            "nav.plan");
  auto& c = page.content();
  const std::string base = plan_url(doc.plan.id) + "/indicators";
  c.SetValue("HEADING", text(s, req, is_new ? "plans.indicator.new_title" : "plans.indicator.edit_title"));
  c.SetValue("PLAN_TITLE", doc.plan.title);
  c.SetIntValue("PLAN_ID", static_cast<long>(doc.plan.id));
  c.SetValue("ACTION", is_new ? base : base + "/" + std::to_string(i.id));
  c.SetValue("NAME", i.name);
  c.SetValue("UNIT", i.unit);
  c.SetValue("BASELINE", draft.baseline_text);
  c.SetValue("TARGET_VALUE", draft.target_text);
  c.SetValue("TARGET_DATE", i.target_date);
  for (const auto& g : doc.goals) add_option(c, "GOAL_OPTION", std::to_string(g.id), g.title, g.id == i.goal_id);
  if (!is_new) c.AddSectionDictionary("DELETE")->SetValue("DELETE_ACTION", base + "/" + std::to_string(i.id) + "/delete");
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_indicator_form(Services& s, http::Request& req) {
  auto doc = load_document(s, req);
  if (!doc) return error_response(s, req, doc.error());
  if (!domain::is_editable(doc->plan.status)) return error_response(s, req, Error::conflict("plans.error.frozen"));
  IndicatorDraft draft;
  if (auto item = req.int_param("item")) {
    const auto* i = doc->indicator(*item);
    if (!i) return error_response(s, req, Error::not_found());
    draft.indicator = *i;
    draft.baseline_text = domain::format_number(i->baseline);
    draft.target_text = domain::format_number(i->target_value);
  } else {
    draft.indicator.goal_id = parse_int(req.query.get_or("goal", "")).value_or(0);
  }
  return indicator_form(s, req, *doc, draft, std::nullopt, http::Status::ok);
}

http::Response save_indicator(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  IndicatorDraft draft;
  auto& i = draft.indicator;
  if (auto item = req.int_param("item")) i.id = *item;
  i.goal_id = parse_int(form.get_or("goal_id", "")).value_or(0);
  i.name = form.get_or("name", "");
  i.unit = form.get_or("unit", "");
  draft.baseline_text = form.get_or("baseline", "");
  draft.target_text = form.get_or("target_value", "");
  i.target_date = domain::trim(form.get_or("target_date", ""));
  std::map<std::string, std::string> number_errors;
  if (auto v = parse_number(draft.baseline_text)) i.baseline = *v; else number_errors["baseline"] = "validation.number";
  if (auto v = parse_number(draft.target_text)) i.target_value = *v; else number_errors["target_value"] = "validation.number";
  Result<void> result = success();
  if (!number_errors.empty()) {
    result = Error::invalid("validation.form", number_errors);
  } else if (i.id == 0) {
    auto id = service(s).create_indicator(caller_of(req), plan_id, i, unix_now());
    if (!id) result = id.error();
  } else {
    result = service(s).update_indicator(caller_of(req), plan_id, i, unix_now());
  }
  if (!result) {
    if (result.error().code == ErrorCode::invalid_input) {
      auto doc = load_document(s, req);
      if (!doc) return error_response(s, req, doc.error());
      return indicator_form(s, req, *doc, draft, result.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, result.error());
  }
  return http::Response::redirect(plan_url(plan_id) + "?saved=saved");
}

// ======================================================================= measures

domain::PlanMeasure measure_from_form(const http::Params& form) {
  domain::PlanMeasure m;
  m.goal_id = parse_int(form.get_or("goal_id", "")).value_or(0);
  m.title = form.get_or("title", "");
  m.description = form.get_or("description", "");
  if (auto v = parse_int(form.get_or("lead_organisation_id", ""))) m.lead_organisation_id = *v;
  for (const auto& v : form.get_all("partner_organisation_ids"))
    if (auto id = parse_int(v)) m.partner_organisation_ids.push_back(*id);
  m.target_groups = form.get_or("target_groups", "");
  for (const auto& v : form.get_all("municipality_ids"))
    if (auto id = parse_int(v)) m.municipality_ids.push_back(*id);
  m.start_on = domain::trim(form.get_or("start_on", ""));
  m.end_on = domain::trim(form.get_or("end_on", ""));
  m.status = domain::parse_measure_status(form.get_or("status", "")).value_or(domain::MeasureStatus::planned);
  m.resources = form.get_or("resources", "");
  m.risks = form.get_or("risks", "");
  for (const auto& v : form.get_all("network_ids"))
    if (auto id = parse_int(v)) m.links.push_back({std::string(domain::kLinkNetwork), *id});
  if (auto v = parse_int(form.get_or("anchoring_organisation_id", ""))) m.anchoring_organisation_id = *v;
  m.anchoring_state =
      domain::parse_anchoring_state(form.get_or("anchoring_state", "")).value_or(domain::AnchoringState::open);
  m.anchoring_note = form.get_or("anchoring_note", "");
  return m;
}

bool contains(const std::vector<domain::Id>& ids, domain::Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// mode: "new", "edit" or "propose" (a partner's proposal: the same fields plus a reason).
http::Response measure_form(Services& s, http::Request& req, const domain::PlanDocument& doc,
                            const domain::PlanMeasure& m, const std::string& mode, const std::string& reason,
                            const std::optional<Error>& error, http::Status status) {
  const auto region_id = region_of(req);
  auto organisations = register_pages::all_organisations(s, region_id);
  if (!organisations) return error_response(s, req, organisations.error());
  auto networks = register_pages::all_networks(s, region_id);
  if (!networks) return error_response(s, req, networks.error());
  auto municipalities =
      s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return error_response(s, req, municipalities.error());
  const std::string title_key = "plans.measure." + mode + "_title";
  Page page(s, req, "plan_measure_form", title_key, "nav.plan");
  auto& c = page.content();
  const std::string base = plan_url(doc.plan.id) + "/measures";
  c.SetValue("HEADING", text(s, req, title_key));
  c.SetValue("PLAN_TITLE", doc.plan.title);
  c.SetIntValue("PLAN_ID", static_cast<long>(doc.plan.id));
  c.SetValue("ACTION", mode == "new"    ? base
                       : mode == "edit" ? base + "/" + std::to_string(m.id)
                                        : base + "/" + std::to_string(m.id) + "/propose");
  c.SetValue("CANCEL", mode == "new" ? plan_url(doc.plan.id) : base + "/" + std::to_string(m.id));
  c.SetValue("SUBMIT", text(s, req, mode == "propose" ? "plans.proposal.submit" : "common.save"));
  c.SetValue("TITLE", m.title);
  c.SetValue("DESCRIPTION", m.description);
  c.SetValue("TARGET_GROUPS", m.target_groups);
  c.SetValue("START_ON", m.start_on);
  c.SetValue("END_ON", m.end_on);
  c.SetValue("RESOURCES", m.resources);
  c.SetValue("RISKS", m.risks);
  c.SetValue("ANCHORING_NOTE", m.anchoring_note);
  if (mode == "propose") {
    c.AddSectionDictionary("PROPOSE")->SetValue("REASON", reason);
  } else {
    auto* goal = c.AddSectionDictionary("GOAL_FIELD");
    for (const auto& g : doc.goals) add_option(*goal, "GOAL_OPTION", std::to_string(g.id), g.title, g.id == m.goal_id);
  }
  for (const auto& o : *organisations) {
    const std::string id = std::to_string(o.id);
    add_option(c, "LEAD_OPTION", id, o.name, m.lead_organisation_id == o.id);
    add_option(c, "PARTNER_OPTION", id, o.name, contains(m.partner_organisation_ids, o.id));
    add_option(c, "ANCHOR_OPTION", id, o.name, m.anchoring_organisation_id == o.id);
  }
  for (const auto& n : *networks) {
    const bool linked = std::any_of(m.links.begin(), m.links.end(), [&](const auto& l) {
      return l.kind == domain::kLinkNetwork && l.target_id == n.id;
    });
    add_option(c, "NETWORK_OPTION", std::to_string(n.id), n.name, linked);
  }
  for (const auto& mu : *municipalities) {
    auto* box = c.AddSectionDictionary("MUNICIPALITY");
    box->SetIntValue("VALUE", static_cast<long>(mu.id));
    box->SetValue("LABEL", mu.name);
    if (contains(m.municipality_ids, mu.id)) box->ShowSection("CHECKED");
  }
  for (auto st : {domain::MeasureStatus::planned, domain::MeasureStatus::running, domain::MeasureStatus::done,
                  domain::MeasureStatus::stopped})
    add_option(c, "STATUS_OPTION", std::string(domain::to_string(st)),
               label(s, req, "plans.measure_status.", domain::to_string(st)), m.status == st);
  for (auto a : {domain::AnchoringState::open, domain::AnchoringState::talks, domain::AnchoringState::agreed,
                 domain::AnchoringState::regular})
    add_option(c, "ANCHORING_OPTION", std::string(domain::to_string(a)),
               label(s, req, "plans.anchoring.", domain::to_string(a)), m.anchoring_state == a);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_new_measure(Services& s, http::Request& req) {
  auto doc = load_document(s, req);
  if (!doc) return error_response(s, req, doc.error());
  if (!domain::is_editable(doc->plan.status)) return error_response(s, req, Error::conflict("plans.error.frozen"));
  domain::PlanMeasure m;
  m.goal_id = parse_int(req.query.get_or("goal", "")).value_or(0);
  return measure_form(s, req, *doc, m, "new", "", std::nullopt, http::Status::ok);
}

http::Response create_measure(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto m = measure_from_form(req.form().value_or(http::Params{}));
  auto created = service(s).create_measure(caller_of(req), plan_id, m, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input) {
      auto doc = load_document(s, req);
      if (!doc) return error_response(s, req, doc.error());
      return measure_form(s, req, *doc, m, "new", "", created.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, created.error());
  }
  return http::Response::redirect(plan_url(plan_id) + "/measures/" + std::to_string(*created) + "?saved=created");
}

http::Response show_edit_measure(Services& s, http::Request& req, const std::string& mode) {
  auto doc = load_document(s, req);
  if (!doc) return error_response(s, req, doc.error());
  if (!domain::is_editable(doc->plan.status)) return error_response(s, req, Error::conflict("plans.error.frozen"));
  const auto* m = doc->measure(*req.int_param("item"));
  if (!m) return error_response(s, req, Error::not_found());
  if (mode == "propose") {
    auto may = service(s).may_propose(caller_of(req), *m);
    if (!may) return error_response(s, req, may.error());
    if (!*may) return error_response(s, req, Error::forbidden("plans.error.not_your_measure"));
  }
  return measure_form(s, req, *doc, *m, mode, "", std::nullopt, http::Status::ok);
}

http::Response update_measure(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto m = measure_from_form(req.form().value_or(http::Params{}));
  m.id = *req.int_param("item");
  auto updated = service(s).update_measure(caller_of(req), plan_id, m, unix_now());
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input) {
      auto doc = load_document(s, req);
      if (!doc) return error_response(s, req, doc.error());
      return measure_form(s, req, *doc, m, "edit", "", updated.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, updated.error());
  }
  return http::Response::redirect(plan_url(plan_id) + "/measures/" + std::to_string(m.id) + "?saved=saved");
}

http::Response propose_measure(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  auto m = measure_from_form(form);
  m.id = *req.int_param("item");
  const auto reason = form.get_or("reason", "");
  auto created = service(s).propose(caller_of(req), plan_id, m, reason, unix_now());
  if (!created) {
    if (created.error().code == ErrorCode::invalid_input) {
      auto doc = load_document(s, req);
      if (!doc) return error_response(s, req, doc.error());
      return measure_form(s, req, *doc, m, "propose", reason, created.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, created.error());
  }
  return http::Response::redirect(plan_url(plan_id) + "/measures/" + std::to_string(m.id) + "?saved=proposed");
}

http::Response show_measure(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  const auto plan_id = *req.int_param("id");
  auto doc = load_document(s, req);
  if (!doc) return error_response(s, req, doc.error());
  const auto* m = doc->measure(*req.int_param("item"));
  if (!m) return error_response(s, req, Error::not_found());
  auto svc = service(s);
  auto comments = svc.comments(region_id, plan_id);
  if (!comments) return error_response(s, req, comments.error());
  auto proposals = svc.proposals(region_id, plan_id);
  if (!proposals) return error_response(s, req, proposals.error());
  auto history = svc.status_history(region_id, plan_id);
  if (!history) return error_response(s, req, history.error());
  auto may_propose = svc.may_propose(caller_of(req), *m);
  if (!may_propose) return error_response(s, req, may_propose.error());
  Page page(s, req, "plan_measure", "plans.measure.title", "nav.plan");
  page.set_title(m->title);
  auto& c = page.content();
  fill_plan_header(s, req, c, doc->plan);
  c.SetIntValue("MEASURE_ID", static_cast<long>(m->id));
  c.SetValue("TITLE", m->title);
  c.SetValue("DESCRIPTION", m->description);
  const auto* goal = doc->goal(m->goal_id);
  c.SetValue("GOAL", goal ? goal->title : std::string());
  c.SetValue("LEAD", org_name(*doc, m->lead_organisation_id));
  c.SetValue("PARTNERS", org_names(*doc, m->partner_organisation_ids));
  c.SetValue("TARGET_GROUPS", m->target_groups);
  std::string municipalities;
  for (auto id : m->municipality_ids) {
    auto it = doc->municipality_names.find(id);
    if (it != doc->municipality_names.end()) municipalities += (municipalities.empty() ? "" : ", ") + it->second;
  }
  c.SetValue("MUNICIPALITIES", municipalities.empty() ? text(s, req, "plans.measure.whole_region") : municipalities);
  c.SetValue("START_ON", date_text(req, m->start_on));
  c.SetValue("END_ON", date_text(req, m->end_on));
  c.SetValue("MEASURE_STATUS", label(s, req, "plans.measure_status.", domain::to_string(m->status)));
  c.SetValue("RESOURCES", m->resources);
  c.SetValue("RISKS", m->risks);
  std::string networks;
  for (const auto& l : m->links) {
    auto it = doc->network_names.find(l.target_id);
    if (l.kind == domain::kLinkNetwork && it != doc->network_names.end())
      networks += (networks.empty() ? "" : ", ") + it->second;
  }
  c.SetValue("NETWORKS", networks);
  c.SetValue("ANCHORING", label(s, req, "plans.anchoring.", domain::to_string(m->anchoring_state)));
  c.SetValue("ANCHORING_BY", org_name(*doc, m->anchoring_organisation_id));
  c.SetValue("ANCHORING_NOTE", m->anchoring_note);
  const bool editable = domain::is_editable(doc->plan.status);
  if (staff(req)) {
    auto* actions = c.AddSectionDictionary("STAFF_ACTIONS");
    if (editable) actions->ShowSection("EDITABLE");
    if (doc->plan.status != domain::PlanStatus::superseded)
      for (auto st : {domain::MeasureStatus::planned, domain::MeasureStatus::running, domain::MeasureStatus::done,
                      domain::MeasureStatus::stopped})
        add_option(*actions, "STATUS_OPTION", std::string(domain::to_string(st)),
                   label(s, req, "plans.measure_status.", domain::to_string(st)), m->status == st);
  }
  if (*may_propose && editable) c.ShowSection("MAY_PROPOSE");
  for (const auto& cm : *comments) {
    if (cm.item_type != "measure" || cm.item_id != m->id) continue;
    auto* row = c.AddSectionDictionary("COMMENT");
    row->SetValue("WHO", cm.user_name);
    row->SetValue("AT", format_time(cm.created_at, state(req).language));
    row->SetValue("BODY", cm.body);
  }
  if (staff(req) || state(req).principal->user.role == Role::partner) c.ShowSection("MAY_COMMENT");
  for (const auto& p : *proposals) {
    if (p.measure_id != m->id) continue;
    auto* row = c.AddSectionDictionary("PROPOSAL");
    row->SetIntValue("PROPOSAL_ID", static_cast<long>(p.id));
    row->SetValue("WHO", p.user_name);
    row->SetValue("AT", format_time(p.created_at, state(req).language));
    row->SetValue("STATE", label(s, req, "plans.proposal_state.", domain::to_string(p.state)));
  }
  for (const auto& h : *history) {
    if (h.measure_id != m->id) continue;
    auto* row = c.AddSectionDictionary("HISTORY");
    row->SetValue("AT", format_time(h.changed_at, state(req).language));
    row->SetValue("STATUS", label(s, req, "plans.measure_status.", domain::to_string(h.status)));
    row->SetValue("WHO", h.user_name);
  }
  const auto saved = req.query.get_or("saved", "");
  if (!saved.empty()) page.set_notice("plans.notice." + saved);
  return page.respond();
}

http::Response set_status(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto measure_id = *req.int_param("item");
  const auto form = req.form().value_or(http::Params{});
  auto status = domain::parse_measure_status(form.get_or("status", ""));
  if (!status) return error_response(s, req, Error::invalid("validation.form", {{"status", "validation.form"}}));
  auto r = service(s).set_measure_status(caller_of(req), plan_id, measure_id, *status, unix_now());
  if (!r) return error_response(s, req, r.error());
  return http::Response::redirect(plan_url(plan_id) + "/measures/" + std::to_string(measure_id) + "?saved=saved");
}

http::Response add_comment(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::PlanComment cm;
  cm.item_type = form.get_or("item_type", "");
  cm.item_id = parse_int(form.get_or("item_id", "")).value_or(0);
  cm.body = form.get_or("body", "");
  auto id = service(s).add_comment(caller_of(req), plan_id, cm, unix_now());
  if (!id) return error_response(s, req, id.error());
  const std::string back =
      cm.item_type == "measure" ? plan_url(plan_id) + "/measures/" + std::to_string(cm.item_id) : plan_url(plan_id);
  return http::Response::redirect(back + "?saved=commented");
}

}  // namespace

void register_plan_version_routes(Routes& routes);  // plan_version_pages.cpp

void register_plan_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff_only = Access::roles_only({Role::admin, Role::staff});
  const auto partners = Access::roles_only({Role::partner});
  const auto commenters = Access::roles_only({Role::admin, Role::staff, Role::partner});
  routes.get("/plans", readers, list_plans);
  routes.get("/plans/new", staff_only, show_new_plan);
  routes.post("/plans", staff_only, create_plan);
  routes.get("/plans/{id:int}", readers, show_plan);
  routes.get("/plans/{id:int}/edit", staff_only, show_edit_plan);
  routes.post("/plans/{id:int}", staff_only, update_plan);
  for (const char* kind : {"field", "goal"}) {
    const std::string base = std::string("/plans/{id:int}/") + kind + "s";
    routes.get(base + "/new", staff_only, [kind](Services& s, http::Request& r) { return show_item_form(s, r, kind); });
    routes.post(base, staff_only, [kind](Services& s, http::Request& r) { return save_item(s, r, kind); });
    routes.get(base + "/{item:int}/edit", staff_only,
               [kind](Services& s, http::Request& r) { return show_item_form(s, r, kind); });
    routes.post(base + "/{item:int}", staff_only, [kind](Services& s, http::Request& r) { return save_item(s, r, kind); });
  }
  routes.get("/plans/{id:int}/indicators/new", staff_only, show_indicator_form);
  routes.post("/plans/{id:int}/indicators", staff_only, save_indicator);
  routes.get("/plans/{id:int}/indicators/{item:int}/edit", staff_only, show_indicator_form);
  routes.post("/plans/{id:int}/indicators/{item:int}", staff_only, save_indicator);
  for (const char* kind : {"field", "goal", "indicator", "measure"})
    routes.post(std::string("/plans/{id:int}/") + kind + "s/{item:int}/delete", staff_only,
                [kind](Services& s, http::Request& r) { return delete_item(s, r, kind); });
  routes.get("/plans/{id:int}/measures/new", staff_only, show_new_measure);
  routes.post("/plans/{id:int}/measures", staff_only, create_measure);
  routes.get("/plans/{id:int}/measures/{item:int}", readers, show_measure);
  routes.get("/plans/{id:int}/measures/{item:int}/edit", staff_only,
             [](Services& s, http::Request& r) { return show_edit_measure(s, r, "edit"); });
  routes.post("/plans/{id:int}/measures/{item:int}", staff_only, update_measure);
  routes.post("/plans/{id:int}/measures/{item:int}/status", staff_only, set_status);
  routes.get("/plans/{id:int}/measures/{item:int}/propose", partners,
             [](Services& s, http::Request& r) { return show_edit_measure(s, r, "propose"); });
  routes.post("/plans/{id:int}/measures/{item:int}/propose", partners, propose_measure);
  routes.post("/plans/{id:int}/comments", commenters, add_comment);
  register_plan_version_routes(routes);
}

}  // namespace bb::web
