// The action plan's versions and progress (issue 6): adoption (freezing a version with the
// partners who agreed), revisions, old versions exactly as adopted, the diff of two versions
// in words, the PDF of a version, proposals and their decisions, the plan dashboard with
// indicator actuals, the exports, and the per-organisation view.
#include "core/clock.hpp"
#include "domain/plan_diff.hpp"
#include "services/plan_pdf.hpp"
#include "services/plan_timeline.hpp"
#include "services/spreadsheet.hpp"
#include "web/cookies.hpp"
#include "web/pages/plan_page_helpers.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace bb::web {

namespace {

using namespace plan_pages;
using domain::Role;

Result<domain::PlanDocument> living(Services& s, const http::Request& req) {
  auto doc = service(s).document(region_of(req), *req.int_param("id"));
  if (!doc) return doc.error();
  if (!doc->has_value()) return Error::not_found();
  return std::move(**doc);
}

// ======================================================================= adoption

// The organisations a plan names (leads, partners, anchoring), by name: the ones asked to agree.
std::vector<std::pair<domain::Id, std::string>> involved(const domain::PlanDocument& d) {
  std::vector<std::pair<domain::Id, std::string>> out(d.organisation_names.begin(), d.organisation_names.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return out;
}

http::Response adopt_form(Services& s, http::Request& req, const domain::PlanDocument& d, const http::Params& form,
                          const std::optional<Error>& error, http::Status status) {
  Page page(s, req, "plan_adopt", "plans.adopt.title", "nav.plan");
  auto& c = page.content();
  fill_plan_header(s, req, c, d.plan);
  c.SetValue("ADOPTED_ON", form.get_or("adopted_on", today()));
  c.SetValue("OCCASION", form.get_or("occasion", ""));
  for (const auto& [id, name] : involved(d)) {
    const std::string key = std::to_string(id);
    auto* row = c.AddSectionDictionary("PARTNER");
    row->SetValue("ORGANISATION_ID", key);
    row->SetValue("NAME", name);
    if (!form.get_or("agree_" + key, "").empty()) row->ShowSection("CHECKED");
    row->SetValue("PERSON", form.get_or("person_" + key, ""));
    row->SetValue("AGREED_ON", form.get_or("agreed_on_" + key, today()));
  }
  if (d.organisation_names.empty()) c.ShowSection("NO_PARTNERS");
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

http::Response show_adopt(Services& s, http::Request& req) {
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  if (!domain::is_editable(d->plan.status)) return error_response(s, req, Error::conflict("plans.error.frozen"));
  return adopt_form(s, req, *d, http::Params{}, std::nullopt, http::Status::ok);
}

http::Response adopt(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::PlanVersion v;
  v.adopted_on = domain::trim(form.get_or("adopted_on", ""));
  v.occasion = form.get_or("occasion", "");
  for (const auto& value : form.get_all("agree")) {
    auto id = parse_int(value);
    if (!id) continue;
    const std::string key = std::to_string(*id);
    v.agreements.push_back({*id, "", form.get_or("person_" + key, ""), domain::trim(form.get_or("agreed_on_" + key, ""))});
  }
  auto number = service(s).adopt(caller_of(req), plan_id, v, unix_now());
  if (!number) {
    if (number.error().code == ErrorCode::invalid_input) {
      auto d = living(s, req);
      if (!d) return error_response(s, req, d.error());
      http::Params echo = form;
      for (const auto& a : v.agreements) echo.add("agree_" + std::to_string(a.organisation_id), "1");
      return adopt_form(s, req, *d, echo, number.error(), http::Status::unprocessable_entity);
    }
    return error_response(s, req, number.error());
  }
  return http::Response::redirect(plan_url(plan_id) + "/versions/" + std::to_string(*number) + "?saved=adopted");
}

http::Response revise(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  auto r = service(s).start_revision(caller_of(req), plan_id, unix_now());
  if (!r) return error_response(s, req, r.error());
  return http::Response::redirect(plan_url(plan_id) + "?saved=revision");
}

// ======================================================================= versions and diff

http::Response list_versions(Services& s, http::Request& req) {
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  auto versions = service(s).versions(region_of(req), d->plan.id);
  if (!versions) return error_response(s, req, versions.error());
  Page page(s, req, "plan_versions", "plans.versions.title", "nav.plan");
  auto& c = page.content();
  fill_plan_header(s, req, c, d->plan);
  for (const auto& v : *versions) {
    auto* row = c.AddSectionDictionary("VERSION");
    row->SetIntValue("NUMBER", v.number);
    row->SetValue("ADOPTED_ON", date_text(req, v.adopted_on));
    row->SetValue("OCCASION", v.occasion);
    row->SetIntValue("AGREEMENTS", static_cast<long>(v.agreements.size()));
  }
  if (versions->empty()) c.ShowSection("NO_VERSIONS");
  // Diff choices: every version and the living plan (0).
  const int latest = versions->empty() ? 0 : versions->back().number;
  for (const char* section : {"FROM_OPTION", "TO_OPTION"}) {
    const bool to = std::string(section) == "TO_OPTION";
    for (const auto& v : *versions)
      add_option(c, section, std::to_string(v.number),
                 text(s, req, "plans.pdf.version") + " " + std::to_string(v.number) + " (" +
                     date_text(req, v.adopted_on) + ")",
                 to ? false : v.number == latest);
    add_option(c, section, "0", text(s, req, "plans.versions.current"), to);
  }
  return page.respond();
}

http::Response show_version(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const int number = static_cast<int>(*req.int_param("number"));
  auto svc = service(s);
  auto v = svc.version(region_of(req), plan_id, number);
  if (!v) return error_response(s, req, v.error());
  if (!v->has_value()) return error_response(s, req, Error::not_found());
  auto doc = svc.document_at(region_of(req), plan_id, number);
  if (!doc) return error_response(s, req, doc.error());
  Page page(s, req, "plan_version", "plans.version.title", "nav.plan");
  page.set_title(doc->plan.title);
  auto& c = page.content();
  c.SetIntValue("PLAN_ID", static_cast<long>(plan_id));
  c.SetValue("PLAN_TITLE", doc->plan.title);
  c.SetValue("PERIOD", date_text(req, doc->plan.period_start) + " – " + date_text(req, doc->plan.period_end));
  c.SetIntValue("NUMBER", number);
  c.SetValue("ADOPTED_ON", date_text(req, (*v)->adopted_on));
  c.SetValue("OCCASION", (*v)->occasion);
  for (const auto& a : (*v)->agreements) {
    auto* row = c.AddSectionDictionary("AGREEMENT");
    row->SetValue("ORGANISATION", a.organisation_name);
    row->SetValue("PERSON", a.person);
    row->SetValue("AGREED_ON", date_text(req, a.agreed_on));
  }
  if ((*v)->agreements.empty()) c.ShowSection("NO_AGREEMENTS");
  OutlineOptions options;
  options.live = false;
  fill_outline(s, req, c, *doc, options);
  if (req.query.get_or("saved", "") == "adopted") page.set_notice("plans.notice.adopted");
  return page.respond();
}

// A change as a sentence: "Maßnahme „X“: Status geändert von „geplant“ zu „läuft“."
std::string describe(const Services& s, const http::Request& req, const domain::PlanChange& ch) {
  const auto lang = state(req).language;
  const std::string type = text(s, req, "plans.diff.type." + ch.item_type);
  using K = domain::PlanChange::Kind;
  if (ch.kind == K::added)
    return s.catalog.format(lang, "plans.diff.added", {{"type", type}, {"title", ch.item_title}});
  if (ch.kind == K::removed)
    return s.catalog.format(lang, "plans.diff.removed", {{"type", type}, {"title", ch.item_title}});
  auto value = [&](const std::string& v) {
    if (v.empty()) return text(s, req, "plans.diff.empty");
    if (!ch.value_is_key) return v;
    return text(s, req, (ch.field == "status" ? "plans.measure_status." : "plans.anchoring.") + v);
  };
  return s.catalog.format(lang, "plans.diff.changed",
                          {{"type", type},
                           {"title", ch.item_title},
                           {"field", text(s, req, "plans.diff.field." + ch.field)},
                           {"before", value(ch.before)},
                           {"after", value(ch.after)}});
}

std::string version_label(const Services& s, const http::Request& req, int number) {
  return number == 0 ? text(s, req, "plans.versions.current")
                     : text(s, req, "plans.pdf.version") + " " + std::to_string(number);
}

http::Response show_diff(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto from = parse_int(req.query.get_or("from", ""));
  const auto to = parse_int(req.query.get_or("to", "0"));
  if (!from || !to || *from < 0 || *to < 0)
    return error_response(s, req, Error::invalid("validation.form", {{"from", "validation.number"}}));
  auto changes = service(s).diff(region_of(req), plan_id, static_cast<int>(*from), static_cast<int>(*to));
  if (!changes) return error_response(s, req, changes.error());
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  Page page(s, req, "plan_diff", "plans.diff.title", "nav.plan");
  auto& c = page.content();
  fill_plan_header(s, req, c, d->plan);
  c.SetValue("FROM", version_label(s, req, static_cast<int>(*from)));
  c.SetValue("TO", version_label(s, req, static_cast<int>(*to)));
  int added = 0, removed = 0, changed = 0;
  for (const auto& ch : *changes) {
    const char* section = ch.kind == domain::PlanChange::Kind::added     ? (++added, "ADDED")
                          : ch.kind == domain::PlanChange::Kind::removed ? (++removed, "REMOVED")
                                                                         : (++changed, "CHANGED");
    c.AddSectionDictionary(section)->SetValue("TEXT", describe(s, req, ch));
  }
  c.SetIntValue("ADDED_COUNT", added);
  c.SetIntValue("REMOVED_COUNT", removed);
  c.SetIntValue("CHANGED_COUNT", changed);
  if (changes->empty()) c.ShowSection("NO_CHANGES");
  return page.respond();
}

// ======================================================================= PDF

http::Response pdf(Services& s, http::Request& req, bool of_version) {
  const auto plan_id = *req.int_param("id");
  const int number = of_version ? static_cast<int>(*req.int_param("number")) : 0;
  auto svc = service(s);
  std::optional<domain::PlanVersion> version;
  if (of_version) {
    auto v = svc.version(region_of(req), plan_id, number);
    if (!v) return error_response(s, req, v.error());
    if (!v->has_value()) return error_response(s, req, Error::not_found());
    version = std::move(**v);
  }
  auto doc = svc.document_at(region_of(req), plan_id, number);
  if (!doc) return error_response(s, req, doc.error());
  const auto lang = state(req).language;
  services::PlanPdfInput in;
  in.document = &*doc;
  in.version = version ? &*version : nullptr;
  in.region_name = state(req).region->name;
  in.language = lang == domain::UiLanguage::de ? "de" : "en";
  in.text = [&](std::string_view key) { return s.catalog.text(lang, key); };
  auto bytes = services::render_plan_pdf(in);
  if (!bytes) return error_response(s, req, bytes.error());
  auto res = http::Response::text(std::move(*bytes));
  res.headers.set("Content-Type", "application/pdf");
  res.headers.set("Content-Disposition", "attachment; filename=\"handlungsplan-" + std::to_string(plan_id) +
                                             (of_version ? "-v" + std::to_string(number) : "-entwurf") + ".pdf\"");
  return res;
}

// The timeline as SVG, of the living plan or of a version (the dashboard shows it as an image).
http::Response timeline(Services& s, http::Request& req, bool of_version) {
  const auto plan_id = *req.int_param("id");
  const int number = of_version ? static_cast<int>(*req.int_param("number")) : 0;
  auto doc = service(s).document_at(region_of(req), plan_id, number);
  if (!doc) return error_response(s, req, doc.error());
  const auto lang = state(req).language;
  auto res = http::Response::text(services::timeline_svg(
      *doc, [&](std::string_view key) { return s.catalog.text(lang, key); },
      s.catalog.text(lang, "plans.timeline.title") + ": " + doc->plan.title));
  res.headers.set("Content-Type", "image/svg+xml; charset=utf-8");
  return res;
}

// ======================================================================= proposals

http::Response list_proposals(Services& s, http::Request& req) {
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  auto proposals = service(s).proposals(region_of(req), d->plan.id);
  if (!proposals) return error_response(s, req, proposals.error());
  Page page(s, req, "plan_proposals", "plans.proposals.title", "nav.plan");
  auto& c = page.content();
  fill_plan_header(s, req, c, d->plan);
  const bool may_decide = is_staff(req) && domain::is_editable(d->plan.status);
  for (const auto& p : *proposals) {
    auto* row = c.AddSectionDictionary("PROPOSAL");
    row->SetIntValue("PROPOSAL_ID", static_cast<long>(p.id));
    row->SetIntValue("MEASURE_ID", static_cast<long>(p.measure_id));
    const auto* current = d->measure(p.measure_id);
    row->SetValue("MEASURE", current ? current->title : p.proposed.title);
    row->SetValue("WHO", p.user_name);
    auto org = p.organisation_id ? d->organisation_names.find(*p.organisation_id) : d->organisation_names.end();
    row->SetValue("ORGANISATION", org != d->organisation_names.end() ? org->second : std::string());
    row->SetValue("AT", format_time(p.created_at, state(req).language));
    row->SetValue("REASON", p.reason);
    row->SetValue("STATE", label(s, req, "plans.proposal_state.", domain::to_string(p.state)));
    // What would change, in words (the measure as it is now against the proposal).
    if (current) {
      domain::PlanDocument before = *d;
      domain::PlanDocument after = *d;
      for (auto& m : after.measures)
        if (m.id == p.measure_id) {
          m = p.proposed;
          m.id = p.measure_id;
          m.goal_id = current->goal_id;
        }
      before.plan = after.plan;
      for (const auto& ch : domain::diff(before, after))
        row->AddSectionDictionary("CHANGE")->SetValue("TEXT", describe(s, req, ch));
    }
    if (p.state == domain::ProposalState::open && may_decide) {
      row->ShowSection("DECIDE");
    } else if (p.state != domain::ProposalState::open) {
      auto* decision = row->AddSectionDictionary("DECISION");
      decision->SetValue("DECIDED_BY", p.decided_by_name);
      decision->SetValue("DECIDED_AT", format_time(p.decided_at, state(req).language));
      decision->SetValue("NOTE", p.decision_note);
    }
  }
  if (proposals->empty()) c.ShowSection("NO_PROPOSALS");
  const auto saved = req.query.get_or("saved", "");
  if (!saved.empty()) page.set_notice("plans.notice." + saved);
  return page.respond();
}

http::Response decide(Services& s, http::Request& req, bool accept) {
  const auto plan_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  auto r = service(s).decide(caller_of(req), plan_id, *req.int_param("proposal"), accept,
                             form.get_or("decision_note", ""), unix_now());
  if (!r) return error_response(s, req, r.error());
  return http::Response::redirect(plan_url(plan_id) + "/proposals?saved=" + (accept ? "accepted" : "rejected"));
}

// ======================================================================= dashboard

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + " %"; }

http::Response show_dashboard(Services& s, http::Request& req) {
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  auto svc = service(s);
  auto board = svc.dashboard(region_of(req), d->plan.id, today());
  if (!board) return error_response(s, req, board.error());
  auto values = svc.indicator_values(region_of(req), d->plan.id);
  if (!values) return error_response(s, req, values.error());
  Page page(s, req, "plan_dashboard", "plans.dashboard.title", "nav.plan");
  auto& c = page.content();
  fill_plan_header(s, req, c, d->plan);
  for (const auto& f : board->fields) {
    auto* row = c.AddSectionDictionary("FIELD");
    row->SetValue("TITLE", f.field.title);
    row->SetIntValue("MEASURES", f.measures);
    row->SetIntValue("DONE", f.done);
    row->SetIntValue("RUNNING", f.running);
    row->SetValue("INDICATORS", f.indicator_progress < 0 ? text(s, req, "plans.dashboard.no_actuals")
                                                         : percent(f.indicator_progress));
  }
  auto measures = [&](const char* section, const std::vector<domain::PlanMeasure>& list, const char* empty) {
    for (const auto& m : list) {
      auto* row = c.AddSectionDictionary(section);
      row->SetIntValue("MEASURE_ID", static_cast<long>(m.id));
      row->SetValue("TITLE", m.title);
      row->SetValue("END_ON", date_text(req, m.end_on));
      row->SetValue("STATUS", label(s, req, "plans.measure_status.", domain::to_string(m.status)));
      row->SetValue("ANCHORING", label(s, req, "plans.anchoring.", domain::to_string(m.anchoring_state)));
    }
    if (list.empty()) c.ShowSection(empty);
  };
  measures("OVERDUE", board->overdue, "NO_OVERDUE");
  measures("AT_RISK", board->at_risk, "NO_AT_RISK");
  measures("NOT_ANCHORED", board->not_anchored, "NO_NOT_ANCHORED");
  for (const auto& l : board->workload) {
    auto* row = c.AddSectionDictionary("LOAD");
    row->SetIntValue("ORGANISATION_ID", static_cast<long>(l.organisation_id));
    row->SetValue("NAME", l.name);
    row->SetIntValue("LEADS", l.leads);
    row->SetIntValue("SUPPORTS", l.supports);
  }
  // Indicators with their actuals over time, and (staff) a form to record one.
  for (const auto& i : d->indicators) {
    auto* row = c.AddSectionDictionary("INDICATOR");
    row->SetIntValue("INDICATOR_ID", static_cast<long>(i.id));
    row->SetValue("NAME", i.name);
    row->SetValue("UNIT", i.unit);
    row->SetValue("BASELINE", domain::format_number(i.baseline));
    row->SetValue("TARGET_VALUE", domain::format_number(i.target_value));
    row->SetValue("TARGET_DATE", date_text(req, i.target_date));
    std::string actuals;
    for (const auto& v : *values)
      if (v.indicator_id == i.id)
        actuals += (actuals.empty() ? "" : "; ") + date_text(req, v.period) + ": " + domain::format_number(v.value);
    row->SetValue("ACTUALS", actuals.empty() ? text(s, req, "plans.dashboard.no_actuals") : actuals);
    if (is_staff(req) && d->plan.status != domain::PlanStatus::superseded) {
      auto* form = row->AddSectionDictionary("RECORD");
      form->SetValue("TODAY", today());
    }
  }
  if (req.query.get_or("saved", "") == "recorded") page.set_notice("plans.notice.recorded");
  return page.respond();
}

http::Response record_value(Services& s, http::Request& req) {
  const auto plan_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::IndicatorValue v;
  v.indicator_id = *req.int_param("item");
  v.period = domain::trim(form.get_or("period", ""));
  std::string number = domain::trim(form.get_or("value", ""));
  for (auto& ch : number)
    if (ch == ',') ch = '.';
  char* end = nullptr;
  v.value = std::strtod(number.c_str(), &end);
  if (number.empty() || end != number.c_str() + number.size())
    return error_response(s, req, Error::invalid("validation.number", {{"value", "validation.number"}}));
  v.note = form.get_or("note", "");
  auto r = service(s).record_indicator_value(caller_of(req), plan_id, v, unix_now());
  if (!r) return error_response(s, req, r.error());
  return http::Response::redirect(plan_url(plan_id) + "/dashboard?saved=recorded");
}

// ======================================================================= exports

http::Response export_measures(Services& s, http::Request& req) {
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  services::Table table;
  for (const char* key : {"plans.field", "plans.goal", "plans.measure.title", "plans.measure.description",
                          "plans.measure.lead", "plans.measure.partners", "plans.measure.target_groups",
                          "plans.measure.start_on", "plans.measure.end_on", "plans.measure.status",
                          "plans.measure.resources", "plans.measure.risks", "plans.measure.anchoring_by",
                          "plans.measure.anchoring"})
    table.header.push_back(text(s, req, key));
  auto name = [&](std::optional<domain::Id> id) {
    auto it = id ? d->organisation_names.find(*id) : d->organisation_names.end();
    return it != d->organisation_names.end() ? it->second : std::string();
  };
  for (const auto& m : d->measures) {
    const auto* g = d->goal(m.goal_id);
    const auto* f = g ? d->field(g->field_id) : nullptr;
    std::string partners;
    for (auto id : m.partner_organisation_ids) partners += (partners.empty() ? "" : ", ") + name(id);
    table.rows.push_back({f ? f->title : "", g ? g->title : "", m.title, m.description, name(m.lead_organisation_id),
                          partners, m.target_groups, m.start_on, m.end_on,
                          label(s, req, "plans.measure_status.", domain::to_string(m.status)), m.resources, m.risks,
                          name(m.anchoring_organisation_id),
                          label(s, req, "plans.anchoring.", domain::to_string(m.anchoring_state))});
  }
  return register_pages::table_download(table, true, "massnahmen", text(s, req, "plans.measures"));
}

http::Response export_indicators(Services& s, http::Request& req) {
  auto d = living(s, req);
  if (!d) return error_response(s, req, d.error());
  auto values = service(s).indicator_values(region_of(req), d->plan.id);
  if (!values) return error_response(s, req, values.error());
  services::Table table;
  for (const char* key : {"plans.goal", "plans.indicator.name", "plans.indicator.unit", "plans.indicator.baseline",
                          "plans.indicator.target_value", "plans.indicator.target_date", "plans.indicator.period",
                          "plans.indicator.actual"})
    table.header.push_back(text(s, req, key));
  for (const auto& i : d->indicators) {
    const auto* g = d->goal(i.goal_id);
    std::vector<std::string> base{g ? g->title : "", i.name, i.unit, domain::format_number(i.baseline),
                                  domain::format_number(i.target_value), i.target_date};
    bool any = false;
    for (const auto& v : *values) {
      if (v.indicator_id != i.id) continue;
      any = true;
      auto row = base;
      row.push_back(v.period);
      row.push_back(domain::format_number(v.value));
      table.rows.push_back(std::move(row));
    }
    if (!any) {
      base.push_back("");
      base.push_back("");
      table.rows.push_back(std::move(base));
    }
  }
  return register_pages::table_download(table, false, "indikatoren", text(s, req, "plans.indicators"));
}

// ======================================================================= per organisation

http::Response organisation_view(Services& s, http::Request& req) {
  const auto region_id = region_of(req);
  const auto organisation_id = *req.int_param("org");
  auto org = s.db.read_value([&](storage::UnitOfWork& uow) { return uow.organisations().find(region_id, organisation_id); });
  if (!org) return error_response(s, req, org.error());
  if (!org->has_value()) return error_response(s, req, Error::not_found());
  auto list = service(s).organisation_measures(region_id, organisation_id);
  if (!list) return error_response(s, req, list.error());
  Page page(s, req, "plan_organisation", "plans.organisation.title", "nav.plan");
  page.set_title((*org)->name);
  auto& c = page.content();
  c.SetValue("NAME", (*org)->name);
  c.SetIntValue("ORGANISATION_ID", static_cast<long>(organisation_id));
  const std::string now = today();
  for (const auto& om : *list) {
    auto* row = c.AddSectionDictionary("MEASURE");
    row->SetIntValue("PLAN_ID", static_cast<long>(om.plan.id));
    row->SetValue("PLAN_TITLE", om.plan.title);
    row->SetIntValue("MEASURE_ID", static_cast<long>(om.measure.id));
    row->SetValue("TITLE", om.measure.title);
    row->SetValue("GOAL", om.goal_title);
    row->SetValue("ROLE", text(s, req, "plans.organisation.role." + om.role));
    row->SetValue("END_ON", date_text(req, om.measure.end_on));
    row->SetValue("STATUS", label(s, req, "plans.measure_status.", domain::to_string(om.measure.status)));
    const bool finished = om.measure.status == domain::MeasureStatus::done ||
                          om.measure.status == domain::MeasureStatus::stopped;
    if (!finished && !om.measure.end_on.empty() && om.measure.end_on < now) row->ShowSection("OVERDUE");
  }
  if (list->empty()) c.ShowSection("NO_MEASURES");
  return page.respond();
}

}  // namespace

void register_plan_version_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff_only = Access::roles_only({Role::admin, Role::staff});
  routes.get("/plans/{id:int}/adopt", staff_only, show_adopt);
  routes.post("/plans/{id:int}/adopt", staff_only, adopt);
  routes.post("/plans/{id:int}/revise", staff_only, revise);
  routes.get("/plans/{id:int}/versions", readers, list_versions);
  routes.get("/plans/{id:int}/versions/{number:int}", readers, show_version);
  routes.get("/plans/{id:int}/versions/{number:int}/plan.pdf", readers,
             [](Services& s, http::Request& r) { return pdf(s, r, true); });
  routes.get("/plans/{id:int}/plan.pdf", readers, [](Services& s, http::Request& r) { return pdf(s, r, false); });
  routes.get("/plans/{id:int}/diff", readers, show_diff);
  routes.get("/plans/{id:int}/timeline.svg", readers, [](Services& s, http::Request& r) { return timeline(s, r, false); });
  routes.get("/plans/{id:int}/versions/{number:int}/timeline.svg", readers,
             [](Services& s, http::Request& r) { return timeline(s, r, true); });
  routes.get("/plans/{id:int}/proposals", readers, list_proposals);
  routes.post("/plans/{id:int}/proposals/{proposal:int}/accept", staff_only,
              [](Services& s, http::Request& r) { return decide(s, r, true); });
  routes.post("/plans/{id:int}/proposals/{proposal:int}/reject", staff_only,
              [](Services& s, http::Request& r) { return decide(s, r, false); });
  routes.get("/plans/{id:int}/dashboard", readers, show_dashboard);
  routes.post("/plans/{id:int}/indicators/{item:int}/values", staff_only, record_value);
  routes.get("/plans/{id:int}/measures.xlsx", readers, export_measures);
  routes.get("/plans/{id:int}/indicators.csv", readers, export_indicators);
  routes.get("/plans/organisations/{org:int}", readers, organisation_view);
}

}  // namespace bb::web
