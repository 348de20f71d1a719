// The Azubi-Speeddating planner's pages (issue 7): the planner page of an event (settings and
// weights, youths and companies, wishes and exclusions, "Plan berechnen" with the plan grid
// and its fairness figures, move/swap with conflict messages, no-shows and re-planning) and
// the add/edit forms of youths and companies. Thin: parse, call SpeeddatingService, render.
#include "core/clock.hpp"
#include "domain/validation.hpp"
#include "services/pdf_tables.hpp"
#include "services/speeddating_service.hpp"
#include "web/page.hpp"
#include "web/pages/event_page_helpers.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

#include <cstdio>

namespace bb::web {

namespace {

using domain::Role;
using namespace event_pages;
using services::SpeeddatingData;

services::SpeeddatingService planner(Services& s) {
  return services::SpeeddatingService(s.db);
}

std::string base_path(domain::Id event_id) {
  return "/events/" + std::to_string(event_id) + "/speeddating";
}

std::string percent(double share) {
  char out[16];
  std::snprintf(out, sizeof out, "%.0f %%", share * 100);
  return out;
}

std::string decimal(double v) {
  char out[16];
  std::snprintf(out, sizeof out, "%.2f", v);
  std::string text(out);
  for (auto& ch : text)
    if (ch == '.') ch = ',';
  return text;
}

std::string occupation_names(const std::vector<std::string>& keys) {
  std::vector<std::string> names;
  for (const auto& k : keys) names.emplace_back(domain::occupation_name(k).value_or(k));
  return readable_list(names);
}

std::optional<int> slot_of(const std::string& text) {  // form values count from 1
  auto v = parse_int(text);
  if (!v || *v < 1 || *v > 1000) return std::nullopt;
  return static_cast<int>(*v - 1);
}

std::string window_text(const Services& s, const http::Request& req, const domain::SpeeddatingSettings& st,
                        const std::optional<int>& first, const std::optional<int>& last) {
  if (!first && !last) return text(s, req, "speeddating.window.whole");
  return st.slot_start(first.value_or(0)) + " – " + st.slot_start(last.value_or(st.slots() - 1));
}

void slot_options(ctemplate::TemplateDictionary& c, const char* section, const domain::SpeeddatingSettings& st,
                  const std::optional<int>& selected) {
  for (int k = 0; k < st.slots(); ++k)
    add_option(c, section, std::to_string(k + 1), std::to_string(k + 1) + " (" + st.slot_start(k) + ")", selected == k);
}

std::string conflict_text(Services& s, const http::Request& req, const services::SpeeddatingConflict& c,
                          const domain::SpeeddatingSettings& st) {
  return s.catalog.format(state(req).language, "speeddating.conflict." + c.kind,
                          {{"youth", c.youth},
                           {"company", c.company},
                           {"slot", c.slot >= 0 ? std::to_string(c.slot + 1) + " (" + st.slot_start(c.slot) + ")" : ""}});
}

Result<SpeeddatingData> load(Services& s, const http::Request& req) {
  return planner(s).load(region_of(req), *req.int_param("id"));
}

// ======================================================================= the planner page

struct PlannerState {
  std::optional<domain::SpeeddatingSettings> settings_draft;  // the settings form as typed (with errors)
  std::optional<Error> settings_error;
  std::optional<Error> plan_error;  // errors of move/swap/replan/preference forms
  std::string error_form;           // which form plan_error belongs to
  std::optional<services::EditOutcome> edit;
};

http::Response planner_page(Services& s, http::Request& req, const SpeeddatingData& d, const PlannerState& ps,
                            http::Status status = http::Status::ok) {
  auto names = load_event_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  Page page(s, req, "speeddating", "speeddating.title", "nav.events");
  page.set_title(text(s, req, "speeddating.title") + ": " + d.event.title);
  auto& c = page.content();
  const bool staff = is_staff(req);
  if (staff) c.ShowSection("MAY_EDIT");
  c.SetIntValue("ID", static_cast<long>(d.event.id));
  c.SetValue("EVENT_TITLE", d.event.title);
  c.SetValue("WHEN", readable_span(req, d.event));

  // Settings and weights.
  const auto& st = ps.settings_draft ? *ps.settings_draft : d.settings;
  c.SetValue("START_TIME", st.start_time);
  c.SetIntValue("SLOT_MINUTES", st.slot_minutes);
  std::string blocks;
  for (int b : st.blocks) blocks += (blocks.empty() ? "" : ",") + std::to_string(b);
  c.SetValue("BLOCKS", blocks);
  c.SetIntValue("BREAK_MINUTES", st.break_minutes);
  c.SetIntValue("GUARANTEED_MIN", st.guaranteed_min);
  c.SetIntValue("WEIGHT_OCCUPATION", st.weights.occupation);
  c.SetIntValue("WEIGHT_WISH", st.weights.wish);
  c.SetIntValue("WEIGHT_LANGUAGE", st.weights.language);
  c.SetIntValue("WEIGHT_DISTANCE", st.weights.distance);
  c.SetIntValue("SLOTS", d.settings.slots());
  if (ps.settings_error) {
    c.AddSectionDictionary("SETTINGS_ERRORS")->SetValue("MESSAGE", text(s, req, "validation.form"));
    set_field_errors(s, state(req).language, c, *ps.settings_error);
  }

  // Talks per participant in the saved plan.
  std::map<domain::Id, int> talks_of_youth, talks_of_company;
  if (d.plan)
    for (const auto& t : d.plan->talks) {
      ++talks_of_youth[t.youth_id];
      ++talks_of_company[t.company_id];
    }
  std::map<domain::Id, std::string> youth_name, company_name;
  for (const auto& y : d.youths) {
    youth_name[y.id] = y.name;
    auto* row = c.AddSectionDictionary("YOUTH");
    row->SetIntValue("YOUTH_ID", static_cast<long>(y.id));
    row->SetValue("NAME", y.name);
    row->SetValue("SCHOOL", y.school);
    row->SetValue("OCCUPATIONS", occupation_names(y.occupations));
    row->SetValue("LANGUAGES", readable_list(y.languages));
    row->SetValue("PREPARED", text(s, req, y.prepared ? "speeddating.yes" : "speeddating.no"));
    row->SetValue("WINDOW", window_text(s, req, d.settings, y.first_slot, y.last_slot));
    row->SetIntValue("MAX_TALKS", y.max_talks);
    row->SetIntValue("TALKS", talks_of_youth[y.id]);
    if (y.no_show) row->ShowSection("NO_SHOW");
    // The buttons live in the row's MAY_EDIT section: its own dictionary, so the label choice goes there.
    if (staff) row->AddSectionDictionary("MAY_EDIT")->ShowSection(y.no_show ? "MAY_MARK_PRESENT" : "MAY_MARK_NO_SHOW");
  }
  if (d.youths.empty()) c.ShowSection("NO_YOUTHS");
  c.SetIntValue("YOUTH_COUNT", static_cast<long>(d.youths.size()));
  int tables = 0;
  for (const auto& co : d.companies) {
    company_name[co.id] = co.name;
    tables += co.tables;
    auto* row = c.AddSectionDictionary("COMPANY");
    row->SetIntValue("COMPANY_ID", static_cast<long>(co.id));
    row->SetValue("NAME", co.name);
    row->SetValue("OCCUPATIONS", occupation_names(co.occupations));
    row->SetIntValue("PLACES", co.places);
    row->SetIntValue("TABLES", co.tables);
    row->SetValue("LANGUAGES", readable_list(co.languages));
    row->SetValue("WINDOW", window_text(s, req, d.settings, co.first_slot, co.last_slot));
    row->SetIntValue("TALKS", talks_of_company[co.id]);
    if (co.no_show) row->ShowSection("NO_SHOW");
    if (staff) row->AddSectionDictionary("MAY_EDIT")->ShowSection(co.no_show ? "MAY_MARK_PRESENT" : "MAY_MARK_NO_SHOW");
  }
  if (d.companies.empty()) c.ShowSection("NO_COMPANIES");
  c.SetIntValue("COMPANY_COUNT", static_cast<long>(d.companies.size()));
  c.SetIntValue("TABLE_COUNT", tables);

  // Wishes and exclusions.
  for (const auto& p : d.preferences) {
    auto* row = c.AddSectionDictionary("PREFERENCE");
    row->SetIntValue("YOUTH_ID", static_cast<long>(p.youth_id));
    row->SetIntValue("COMPANY_ID", static_cast<long>(p.company_id));
    row->SetValue("KIND", std::string(domain::to_string(p.kind)));
    row->SetValue("KIND_LABEL", text(s, req, "speeddating.preference." + std::string(domain::to_string(p.kind))));
    row->SetValue("YOUTH", youth_name[p.youth_id]);
    row->SetValue("COMPANY", company_name[p.company_id]);
    if (staff) row->ShowSection("MAY_EDIT");
  }
  if (d.preferences.empty()) c.ShowSection("NO_PREFERENCES");
  for (const auto& y : d.youths) add_option(c, "YOUTH_OPTION", std::to_string(y.id), y.name, false);
  for (const auto& co : d.companies) add_option(c, "COMPANY_OPTION", std::to_string(co.id), co.name, false);
  for (auto kind : {domain::PreferenceKind::youth_wish, domain::PreferenceKind::company_wish, domain::PreferenceKind::excluded})
    add_option(c, "KIND_OPTION", std::string(domain::to_string(kind)),
               text(s, req, "speeddating.preference." + std::string(domain::to_string(kind))), false);

  // The plan.
  if (d.plan) {
    c.ShowSection("HAS_PLAN");
    const auto f = services::fairness_of(d);
    c.SetIntValue("TALK_COUNT", static_cast<long>(d.plan->talks.size()));
    c.SetIntValue("MIN_TALKS", f.min_talks);
    c.SetValue("MEAN_TALKS", decimal(f.mean_talks));
    c.SetValue("SHARE_GUARANTEED", percent(f.share_guaranteed_met));
    c.SetValue("SHARE_FIRST_CHOICE", percent(f.share_first_choice_met));
    c.SetValue("UTILISATION", percent(f.table_utilisation));
    c.SetValue("OBJECTIVE", std::to_string(d.plan->objective));
    c.SetValue("BOUND", std::to_string(d.plan->bound));
    c.SetValue("OPTIMALITY", text(s, req, d.plan->optimal ? "speeddating.plan.optimal" : "speeddating.plan.not_optimal"));
    c.SetValue("METHOD", text(s, req, "speeddating.method." + (d.plan->method.empty() ? std::string("edited") : d.plan->method)));
    if (d.plan->held_before > 0) {
      auto* held = c.AddSectionDictionary("HELD");
      held->SetValue("TIME", d.settings.slot_start(d.plan->held_before));
    }
    // Grid: columns are company tables, rows are slots.
    std::map<std::pair<domain::Id, int>, std::map<int, domain::Id>> cell;  // (company, table) -> slot -> youth
    for (const auto& t : d.plan->talks) cell[{t.company_id, t.table}][t.slot] = t.youth_id;
    for (const auto& co : d.companies)
      for (int tb = 0; tb < co.tables; ++tb) {
        auto* h = c.AddSectionDictionary("GRID_TABLE");
        h->SetValue("COMPANY", co.name);
        h->SetIntValue("TABLE", tb + 1);
      }
    for (int slot = 0; slot < d.settings.slots(); ++slot) {
      auto* row = c.AddSectionDictionary("GRID_ROW");
      row->SetIntValue("SLOT", slot + 1);
      row->SetValue("TIME", d.settings.slot_start(slot));
      for (const auto& co : d.companies)
        for (int tb = 0; tb < co.tables; ++tb) {
          auto* cl = row->AddSectionDictionary("CELL");
          auto it = cell.find({co.id, tb});
          if (it != cell.end()) {
            auto yt = it->second.find(slot);
            if (yt != it->second.end()) cl->SetValue("YOUTH", youth_name[yt->second]);
          }
        }
    }
    for (const auto& t : d.plan->talks)
      add_option(c, "TALK_OPTION", std::to_string(t.youth_id) + "-" + std::to_string(t.company_id),
                 youth_name[t.youth_id] + " – " + company_name[t.company_id] + ", " +
                     s.catalog.format(state(req).language, "speeddating.talk.at",
                                      {{"slot", std::to_string(t.slot + 1)},
                                       {"time", d.settings.slot_start(t.slot)},
                                       {"table", std::to_string(t.table + 1)}}),
                 false);
    slot_options(c, "SLOT_OPTION", d.settings, std::nullopt);
    slot_options(c, "FROM_SLOT_OPTION", d.settings, std::nullopt);
  } else {
    c.ShowSection("NO_PLAN");
  }
  if (ps.plan_error) {
    auto* e = c.AddSectionDictionary(upper(ps.error_form) + "_ERRORS");
    e->SetValue("MESSAGE", text(s, req, ps.plan_error->fields.empty() ? ps.plan_error->message : "validation.form"));
    set_field_errors(s, state(req).language, c, *ps.plan_error);
  }
  if (ps.edit) {
    if (!ps.edit->conflicts.empty()) {
      auto* box = c.AddSectionDictionary("CONFLICTS");
      box->SetValue("HEADING", text(s, req, ps.edit->saved ? "speeddating.conflicts.warnings" : "speeddating.conflicts.refused"));
      for (const auto& cf : ps.edit->conflicts)
        box->AddSectionDictionary("CONFLICT")->SetValue("MESSAGE", conflict_text(s, req, cf, d.settings));
    }
    if (ps.edit->saved) page.set_notice("speeddating.notice.edited");
  }
  const auto saved = req.query.get_or("saved", "");
  if (!saved.empty() && !ps.edit && s.catalog.has("speeddating.notice." + saved))
    page.set_notice("speeddating.notice." + saved);
  return page.respond(status);
}

http::Response show_planner(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  return planner_page(s, req, *d, {});
}

http::Response redirect_saved(domain::Id event_id, const std::string& what) {
  return http::Response::redirect(base_path(event_id) + "?saved=" + what);
}

http::Status status_of(const Error& e) {
  return e.code == ErrorCode::conflict ? http::Status::conflict : http::Status::unprocessable_entity;
}

bool shown_on_form(const Error& e) {
  return e.code == ErrorCode::invalid_input || e.code == ErrorCode::conflict;
}

http::Response save_settings(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::SpeeddatingSettings st;
  st.event_id = event_id;
  st.start_time = form.get_or("start_time", "");
  const auto number = [&](const char* name, int fallback_invalid) {
    auto v = parse_int(form.get_or(name, ""));
    return v && *v >= -100000 && *v <= 100000 ? static_cast<int>(*v) : fallback_invalid;
  };
  st.slot_minutes = number("slot_minutes", -1);
  st.blocks.clear();
  for (const auto& part : domain::split_list(form.get_or("blocks", ""))) st.blocks.push_back(parse_int(part) ? static_cast<int>(std::clamp<std::int64_t>(*parse_int(part), -1, 1000)) : -1);
  st.break_minutes = number("break_minutes", -1);
  st.guaranteed_min = number("guaranteed_min", -1);
  st.weights.occupation = number("weight_occupation", -1);
  st.weights.wish = number("weight_wish", -1);
  st.weights.language = number("weight_language", -1);
  st.weights.distance = number("weight_distance", -1);
  auto done = planner(s).save_settings(caller_of(req), st, unix_now());
  if (!done) {
    if (done.error().code != ErrorCode::invalid_input) return error_response(s, req, done.error());
    auto d = load(s, req);
    if (!d) return error_response(s, req, d.error());
    PlannerState ps;
    ps.settings_draft = st;
    ps.settings_error = done.error();
    return planner_page(s, req, *d, ps, http::Status::unprocessable_entity);
  }
  return redirect_saved(event_id, "settings");
}

http::Response plan_form_error(Services& s, http::Request& req, const Error& error, const std::string& form_name) {
  if (!shown_on_form(error)) return error_response(s, req, error);
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  PlannerState ps;
  ps.plan_error = error;
  ps.error_form = form_name;
  return planner_page(s, req, *d, ps, status_of(error));
}

http::Response compute(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto plan = planner(s).compute_plan(caller_of(req), event_id, unix_now());
  if (!plan) return plan_form_error(s, req, plan.error(), "compute");
  return redirect_saved(event_id, "planned");
}

std::optional<std::pair<domain::Id, domain::Id>> talk_of(const std::string& value) {
  const auto dash = value.find('-');
  if (dash == std::string::npos) return std::nullopt;
  auto y = parse_int(value.substr(0, dash));
  auto c = parse_int(value.substr(dash + 1));
  if (!y || !c) return std::nullopt;
  return std::make_pair(static_cast<domain::Id>(*y), static_cast<domain::Id>(*c));
}

http::Response edit_result(Services& s, http::Request& req, const Result<services::EditOutcome>& outcome,
                           const std::string& form_name) {
  if (!outcome) return plan_form_error(s, req, outcome.error(), form_name);
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  PlannerState ps;
  ps.edit = *outcome;
  return planner_page(s, req, *d, ps, outcome->saved ? http::Status::ok : http::Status::conflict);
}

http::Response move(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  auto talk = talk_of(form.get_or("talk", ""));
  auto slot = slot_of(form.get_or("slot", ""));
  auto table = slot_of(form.get_or("table", ""));  // tables count from 1 as well
  domain::FieldErrors fields;
  if (!talk) fields["talk"] = "speeddating.error.talk";
  if (!slot) fields["slot"] = "speeddating.error.slot_range";
  if (!table) fields["table"] = "speeddating.error.table_range";
  if (!fields.empty()) return plan_form_error(s, req, Error::invalid("validation.form", fields), "move");
  return edit_result(s, req, planner(s).move_talk(caller_of(req), event_id, talk->first, talk->second, *slot, *table, unix_now()),
                     "move");
}

http::Response swap(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  auto a = talk_of(form.get_or("talk_a", ""));
  auto b = talk_of(form.get_or("talk_b", ""));
  domain::FieldErrors fields;
  if (!a) fields["talk_a"] = "speeddating.error.talk";
  if (!b) fields["talk_b"] = "speeddating.error.talk";
  if (a && b && *a == *b) fields["talk_b"] = "speeddating.error.same_talk";
  if (!fields.empty()) return plan_form_error(s, req, Error::invalid("validation.form", fields), "swap");
  return edit_result(s, req,
                     planner(s).swap_talks(caller_of(req), event_id, {a->first, a->second, 0, 0},
                                           {b->first, b->second, 0, 0}, unix_now()),
                     "swap");
}

http::Response replan(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  auto from = slot_of(form.get_or("from_slot", ""));
  if (!from) return plan_form_error(s, req, Error::invalid("validation.form", {{"from_slot", "speeddating.error.slot_range"}}), "replan");
  auto plan = planner(s).replan(caller_of(req), event_id, *from, unix_now());
  if (!plan) return plan_form_error(s, req, plan.error(), "replan");
  return redirect_saved(event_id, "replanned");
}

http::Response add_preference(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::SpeeddatingPreference p;
  domain::FieldErrors fields;
  if (auto y = parse_int(form.get_or("youth_id", ""))) p.youth_id = *y;
  else fields["youth_id"] = "speeddating.error.unknown_youth";
  if (auto c = parse_int(form.get_or("company_id", ""))) p.company_id = *c;
  else fields["company_id"] = "speeddating.error.unknown_company";
  if (auto k = domain::parse_preference_kind(form.get_or("kind", ""))) p.kind = *k;
  else fields["kind"] = "speeddating.error.kind";
  if (!fields.empty()) return plan_form_error(s, req, Error::invalid("validation.form", fields), "preference");
  auto done = planner(s).add_preference(caller_of(req), event_id, p, unix_now());
  if (!done) return plan_form_error(s, req, done.error(), "preference");
  return redirect_saved(event_id, "preference");
}

http::Response remove_preference(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  const auto form = req.form().value_or(http::Params{});
  domain::SpeeddatingPreference p;
  p.youth_id = parse_int(form.get_or("youth_id", "")).value_or(0);
  p.company_id = parse_int(form.get_or("company_id", "")).value_or(0);
  p.kind = domain::parse_preference_kind(form.get_or("kind", "")).value_or(domain::PreferenceKind::youth_wish);
  auto done = planner(s).remove_preference(caller_of(req), event_id, p, unix_now());
  if (!done) return error_response(s, req, done.error());
  return redirect_saved(event_id, "preference_removed");
}

// ======================================================================= youth and company forms

std::vector<std::string> languages_of(const std::string& typed) {
  std::vector<std::string> out;
  for (auto& l : domain::split_list(typed)) {
    auto t = domain::trim(l);
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

void occupation_options(ctemplate::TemplateDictionary& c, const std::vector<std::string>& selected) {
  for (const auto& o : domain::training_occupations())
    add_option(c, "OCCUPATION_OPTION", std::string(o.key), std::string(o.name),
               std::find(selected.begin(), selected.end(), o.key) != selected.end());
}

void municipality_options(ctemplate::TemplateDictionary& c, const EventNames& names, std::optional<domain::Id> selected) {
  for (const auto& m : names.municipalities)
    add_option(c, "MUNICIPALITY_OPTION", std::to_string(m.id), m.name, selected == m.id);
}

void window_fields(ctemplate::TemplateDictionary& c, const domain::SpeeddatingSettings& st, const std::optional<int>& first,
                   const std::optional<int>& last) {
  slot_options(c, "FIRST_SLOT_OPTION", st, first);
  slot_options(c, "LAST_SLOT_OPTION", st, last);
}

void read_window(const http::Params& form, std::optional<int>& first, std::optional<int>& last) {
  const auto f = form.get_or("first_slot", "");
  const auto l = form.get_or("last_slot", "");
  first = f.empty() ? std::nullopt : std::optional<int>(slot_of(f).value_or(-1));
  last = l.empty() ? std::nullopt : std::optional<int>(slot_of(l).value_or(-1));
}

http::Response youth_form(Services& s, http::Request& req, const SpeeddatingData& d, const domain::SpeeddatingYouth& y,
                          const std::optional<Error>& error, http::Status status = http::Status::ok) {
  auto names = load_event_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  const bool is_new = y.id == 0;
  Page page(s, req, "speeddating_youth", is_new ? "speeddating.youth.new" : "speeddating.youth.edit", "nav.events");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(d.event.id));
  c.SetValue("EVENT_TITLE", d.event.title);
  c.SetValue("HEADING", text(s, req, is_new ? "speeddating.youth.new" : "speeddating.youth.edit"));
  c.SetValue("ACTION", is_new ? base_path(d.event.id) + "/youths" : base_path(d.event.id) + "/youths/" + std::to_string(y.id));
  if (!is_new) c.AddSectionDictionary("EXISTING")->SetIntValue("YOUTH_ID", static_cast<long>(y.id));
  c.SetValue("NAME", y.name);
  c.SetValue("SCHOOL", y.school);
  c.SetValue("LANGUAGES", readable_list(y.languages));
  c.SetIntValue("MAX_TALKS", y.max_talks);
  if (y.prepared) c.ShowSection("PREPARED_CHECKED");
  if (y.no_show) c.ShowSection("NO_SHOW_CHECKED");
  occupation_options(c, y.occupations);
  municipality_options(c, *names, y.municipality_id);
  window_fields(c, d.settings, y.first_slot, y.last_slot);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

domain::SpeeddatingYouth read_youth(const http::Request& req, domain::Id event_id) {
  const auto form = req.form().value_or(http::Params{});
  domain::SpeeddatingYouth y;
  y.event_id = event_id;
  y.name = form.get_or("name", "");
  y.school = form.get_or("school", "");
  y.occupations = form.get_all("occupations");
  y.languages = languages_of(form.get_or("languages", ""));
  y.prepared = form.get_or("prepared", "") == "1";
  y.no_show = form.get_or("no_show", "") == "1";
  if (auto m = parse_int(form.get_or("municipality_id", ""))) y.municipality_id = *m;
  read_window(form, y.first_slot, y.last_slot);
  auto max = parse_int(form.get_or("max_talks", ""));
  y.max_talks = max && *max >= 0 && *max <= 1000 ? static_cast<int>(*max) : -1;
  return y;
}

const domain::SpeeddatingYouth* find_youth(const SpeeddatingData& d, domain::Id id) {
  for (const auto& y : d.youths)
    if (y.id == id) return &y;
  return nullptr;
}
const domain::SpeeddatingCompany* find_company(const SpeeddatingData& d, domain::Id id) {
  for (const auto& c : d.companies)
    if (c.id == id) return &c;
  return nullptr;
}

http::Response new_youth(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  domain::SpeeddatingYouth y;
  y.event_id = d->event.id;
  return youth_form(s, req, *d, y, std::nullopt);
}

http::Response edit_youth(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  const auto* y = find_youth(*d, *req.int_param("youth_id"));
  if (!y) return error_response(s, req, Error::not_found());
  return youth_form(s, req, *d, *y, std::nullopt);
}

http::Response create_youth(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  auto y = read_youth(req, d->event.id);
  auto id = planner(s).add_youth(caller_of(req), y, unix_now());
  if (!id) {
    if (!shown_on_form(id.error())) return error_response(s, req, id.error());
    return youth_form(s, req, *d, y, id.error(), status_of(id.error()));
  }
  return redirect_saved(d->event.id, "youth");
}

http::Response update_youth(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  auto y = read_youth(req, d->event.id);
  y.id = *req.int_param("youth_id");
  auto done = planner(s).update_youth(caller_of(req), y, unix_now());
  if (!done) {
    if (!shown_on_form(done.error())) return error_response(s, req, done.error());
    return youth_form(s, req, *d, y, done.error(), status_of(done.error()));
  }
  return redirect_saved(d->event.id, "youth");
}

http::Response delete_youth(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto done = planner(s).remove_youth(caller_of(req), event_id, *req.int_param("youth_id"), unix_now());
  if (!done) return error_response(s, req, done.error());
  return redirect_saved(event_id, "removed");
}

// Marks a youth or company as not there (or there after all) in one click.
http::Response toggle_youth_no_show(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  const auto* found = find_youth(*d, *req.int_param("youth_id"));
  if (!found) return error_response(s, req, Error::not_found());
  auto y = *found;
  y.no_show = !y.no_show;
  auto done = planner(s).update_youth(caller_of(req), y, unix_now());
  if (!done) return error_response(s, req, done.error());
  return redirect_saved(d->event.id, "no_show");
}

http::Response company_form(Services& s, http::Request& req, const SpeeddatingData& d, const domain::SpeeddatingCompany& co,
                            const std::optional<Error>& error, http::Status status = http::Status::ok) {
  auto names = load_event_names(s, region_of(req));
  if (!names) return error_response(s, req, names.error());
  const bool is_new = co.id == 0;
  Page page(s, req, "speeddating_company", is_new ? "speeddating.company.new" : "speeddating.company.edit", "nav.events");
  auto& c = page.content();
  c.SetIntValue("ID", static_cast<long>(d.event.id));
  c.SetValue("EVENT_TITLE", d.event.title);
  c.SetValue("HEADING", text(s, req, is_new ? "speeddating.company.new" : "speeddating.company.edit"));
  c.SetValue("ACTION",
             is_new ? base_path(d.event.id) + "/companies" : base_path(d.event.id) + "/companies/" + std::to_string(co.id));
  if (!is_new) c.AddSectionDictionary("EXISTING")->SetIntValue("COMPANY_ID", static_cast<long>(co.id));
  c.SetValue("NAME", co.name);
  c.SetValue("LANGUAGES", readable_list(co.languages));
  c.SetIntValue("PLACES", co.places);
  c.SetIntValue("TABLES", co.tables);
  if (co.no_show) c.ShowSection("NO_SHOW_CHECKED");
  for (const auto& o : names->organisations)
    if (o.active) add_option(c, "ORGANISATION_OPTION", std::to_string(o.id), o.name, co.organisation_id == o.id);
  occupation_options(c, co.occupations);
  municipality_options(c, *names, co.municipality_id);
  window_fields(c, d.settings, co.first_slot, co.last_slot);
  if (error) page.set_form_errors(*error);
  return page.respond(status);
}

domain::SpeeddatingCompany read_company(const http::Request& req, domain::Id event_id) {
  const auto form = req.form().value_or(http::Params{});
  domain::SpeeddatingCompany co;
  co.event_id = event_id;
  co.name = form.get_or("name", "");
  if (auto o = parse_int(form.get_or("organisation_id", ""))) co.organisation_id = *o;
  co.occupations = form.get_all("occupations");
  co.languages = languages_of(form.get_or("languages", ""));
  co.no_show = form.get_or("no_show", "") == "1";
  if (auto m = parse_int(form.get_or("municipality_id", ""))) co.municipality_id = *m;
  read_window(form, co.first_slot, co.last_slot);
  auto places = parse_int(form.get_or("places", ""));
  co.places = places && *places >= 0 && *places <= 100000 ? static_cast<int>(*places) : -1;
  auto tables = parse_int(form.get_or("tables", ""));
  co.tables = tables && *tables >= 0 && *tables <= 100000 ? static_cast<int>(*tables) : -1;
  return co;
}

http::Response new_company(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  domain::SpeeddatingCompany co;
  co.event_id = d->event.id;
  return company_form(s, req, *d, co, std::nullopt);
}

http::Response edit_company(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  const auto* co = find_company(*d, *req.int_param("company_id"));
  if (!co) return error_response(s, req, Error::not_found());
  return company_form(s, req, *d, *co, std::nullopt);
}

http::Response create_company(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  auto co = read_company(req, d->event.id);
  auto id = planner(s).add_company(caller_of(req), co, unix_now());
  if (!id) {
    if (!shown_on_form(id.error())) return error_response(s, req, id.error());
    return company_form(s, req, *d, co, id.error(), status_of(id.error()));
  }
  return redirect_saved(d->event.id, "company");
}

http::Response update_company(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  auto co = read_company(req, d->event.id);
  co.id = *req.int_param("company_id");
  auto done = planner(s).update_company(caller_of(req), co, unix_now());
  if (!done) {
    if (!shown_on_form(done.error())) return error_response(s, req, done.error());
    return company_form(s, req, *d, co, done.error(), status_of(done.error()));
  }
  return redirect_saved(d->event.id, "company");
}

http::Response delete_company(Services& s, http::Request& req) {
  const auto event_id = *req.int_param("id");
  auto done = planner(s).remove_company(caller_of(req), event_id, *req.int_param("company_id"), unix_now());
  if (!done) return error_response(s, req, done.error());
  return redirect_saved(event_id, "removed");
}

http::Response toggle_company_no_show(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  const auto* found = find_company(*d, *req.int_param("company_id"));
  if (!found) return error_response(s, req, Error::not_found());
  auto co = *found;
  co.no_show = !co.no_show;
  auto done = planner(s).update_company(caller_of(req), co, unix_now());
  if (!done) return error_response(s, req, done.error());
  return redirect_saved(d->event.id, "no_show");
}

// ======================================================================= printouts (PDF)

// schedules: one page per youth (time, table, company, occupations offered);
// tables: one page per company table (time, youth, school, occupations of interest);
// results: one sheet of all talks with columns to tick the outcome after the event.
http::Response printout(Services& s, http::Request& req) {
  auto d = load(s, req);
  if (!d) return error_response(s, req, d.error());
  std::string kind(req.param("file"));  // "schedules.pdf", "tables.pdf" or "results.pdf"
  if (kind.size() > 4 && kind.substr(kind.size() - 4) == ".pdf") kind.resize(kind.size() - 4);
  if (kind != "schedules" && kind != "tables" && kind != "results") return error_response(s, req, Error::not_found());
  if (!d->plan) return error_response(s, req, Error::conflict("speeddating.error.no_plan"));
  const auto t = [&](const char* key) { return text(s, req, key); };
  std::map<domain::Id, const domain::SpeeddatingYouth*> youth;
  std::map<domain::Id, const domain::SpeeddatingCompany*> company;
  for (const auto& y : d->youths) youth[y.id] = &y;
  for (const auto& c : d->companies) company[c.id] = &c;
  auto talks = d->plan->talks;
  std::sort(talks.begin(), talks.end(), [](const auto& a, const auto& b) { return a.slot < b.slot; });
  const std::string when = readable_span(req, d->event);
  services::PdfDocument doc;
  doc.title = d->event.title + " – " + t(("speeddating.print." + kind).c_str());
  const auto table_label = [&](const domain::SpeeddatingTalk& talk) {
    return s.catalog.format(state(req).language, "speeddating.print.table_no", {{"n", std::to_string(talk.table + 1)}});
  };
  if (kind == "schedules") {
    for (const auto& y : d->youths) {
      services::PdfSection sec;
      sec.heading = y.name;
      sec.lines = {d->event.title + ", " + when, t("speeddating.youth.school") + ": " + y.school};
      sec.columns = {t("speeddating.print.time"), t("speeddating.print.table"), t("speeddating.print.company"),
                     t("speeddating.print.occupations")};
      sec.widths = {1, 1, 2.5, 3.5};
      for (const auto& talk : talks) {
        if (talk.youth_id != y.id || !company.count(talk.company_id)) continue;
        const auto* c = company[talk.company_id];
        sec.rows.push_back({d->settings.slot_start(talk.slot), table_label(talk), c->name, occupation_names(c->occupations)});
      }
      if (sec.rows.empty()) sec.lines.push_back(t("speeddating.print.no_talks"));
      doc.sections.push_back(std::move(sec));
    }
  } else if (kind == "tables") {
    for (const auto& c : d->companies)
      for (int tb = 0; tb < c.tables; ++tb) {
        services::PdfSection sec;
        sec.heading = c.name + ", " + s.catalog.format(state(req).language, "speeddating.print.table_no",
                                                       {{"n", std::to_string(tb + 1)}});
        sec.lines = {d->event.title + ", " + when};
        sec.columns = {t("speeddating.print.time"), t("speeddating.print.youth"), t("speeddating.youth.school"),
                       t("speeddating.print.occupations")};
        sec.widths = {1, 2.2, 2, 3};
        for (const auto& talk : talks) {
          if (talk.company_id != c.id || talk.table != tb || !youth.count(talk.youth_id)) continue;
          const auto* y = youth[talk.youth_id];
          sec.rows.push_back({d->settings.slot_start(talk.slot), y->name, y->school, occupation_names(y->occupations)});
        }
        doc.sections.push_back(std::move(sec));
      }
  } else {
    services::PdfSection sec;
    sec.heading = t("speeddating.print.results");
    sec.lines = {d->event.title + ", " + when, t("speeddating.print.results_hint")};
    sec.columns = {t("speeddating.print.youth"), t("speeddating.print.company"), t("speeddating.print.internship"),
                   t("speeddating.print.interview"), t("speeddating.print.contract")};
    sec.widths = {2.2, 2.6, 1.5, 1.5, 1.5};  // short outcome headers, explained in the line above
    std::vector<domain::SpeeddatingTalk> by_youth = talks;
    std::stable_sort(by_youth.begin(), by_youth.end(), [&](const auto& a, const auto& b) {
      return youth[a.youth_id]->name < youth[b.youth_id]->name;
    });
    for (const auto& talk : by_youth)
      if (youth.count(talk.youth_id) && company.count(talk.company_id))
        sec.rows.push_back({youth[talk.youth_id]->name, company[talk.company_id]->name, "☐", "☐", "☐"});
    doc.sections.push_back(std::move(sec));
  }
  auto pdf = services::render_pdf(doc);
  if (!pdf) return error_response(s, req, pdf.error());
  auto res = http::Response::text(std::move(*pdf));
  res.headers.set("Content-Type", "application/pdf");
  res.headers.set("Content-Disposition", "attachment; filename=\"speeddating-" + std::to_string(d->event.id) + "-" +
                                             kind + ".pdf\"");
  return res;
}

}  // namespace

void register_speeddating_api_routes(Routes& routes);  // web/api/speeddating_api.cpp

void register_speeddating_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({Role::admin, Role::staff});
  const std::string base = "/events/{id:int}/speeddating";
  routes.get(base, readers, show_planner);
  routes.post(base + "/settings", staff, save_settings);
  routes.post(base + "/plan", staff, compute);
  routes.post(base + "/move", staff, move);
  routes.post(base + "/swap", staff, swap);
  routes.post(base + "/replan", staff, replan);
  routes.post(base + "/preferences", staff, add_preference);
  routes.post(base + "/preferences/delete", staff, remove_preference);
  routes.get(base + "/youths/new", staff, new_youth);
  routes.post(base + "/youths", staff, create_youth);
  routes.get(base + "/youths/{youth_id:int}/edit", staff, edit_youth);
  routes.post(base + "/youths/{youth_id:int}", staff, update_youth);
  routes.post(base + "/youths/{youth_id:int}/delete", staff, delete_youth);
  routes.post(base + "/youths/{youth_id:int}/no-show", staff, toggle_youth_no_show);
  routes.get(base + "/companies/new", staff, new_company);
  routes.post(base + "/companies", staff, create_company);
  routes.get(base + "/companies/{company_id:int}/edit", staff, edit_company);
  routes.post(base + "/companies/{company_id:int}", staff, update_company);
  routes.post(base + "/companies/{company_id:int}/delete", staff, delete_company);
  routes.post(base + "/companies/{company_id:int}/no-show", staff, toggle_company_no_show);
  routes.get(base + "/print/{file}", readers, printout);
  register_speeddating_api_routes(routes);
}

}  // namespace bb::web
