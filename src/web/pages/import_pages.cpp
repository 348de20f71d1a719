// The CSV import of the register, one flow for every kind (issue 3; services/import.hpp):
//   GET  /{kind}/import          upload form (file or pasted text) with the accepted columns
//   POST /{kind}/import          -> the column mapping (guessed from the headings) + dry run
//   POST /{kind}/import/check    -> the same with the user's mapping
//   POST /{kind}/import/commit   -> starts the commit as a background job (web/import_jobs.hpp)
//                                   and redirects to its page
//   GET  /import/jobs/{id}       progress while it runs, the report when it is done
//   GET  /import/jobs/{id}/progress  the progress fragment that htmx polls every second
// {kind}: organisations, contacts, networks, memberships, ties. Staff only (the routes'
// Access; the service refuses everybody else again). Between the steps the file's bytes travel
// base64-encoded in a hidden field, so nothing is kept on the server before the commit; the
// job keeps only its report. Without JavaScript the job page has a reload link instead of the
// polling (no timed refresh: WCAG 2.2.1).
#include <sodium.h>

#include "core/clock.hpp"
#include "http/multipart.hpp"
#include "services/import.hpp"
#include "services/spreadsheet.hpp"
#include "web/import_aliases.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using namespace register_pages;
using services::ImportKind;

constexpr std::size_t kShownRows = 200;  // rows without problems shown in the report

std::string kind_key(ImportKind kind) {
  return std::string(services::to_string(kind));
}

// The list page each kind's import belongs to (and returns to).
std::string list_of(ImportKind kind) {
  switch (kind) {
    case ImportKind::contacts:
      return "/contacts";
    case ImportKind::networks:
    case ImportKind::memberships:
      return "/networks";
    case ImportKind::organisations:
    case ImportKind::ties:
      return "/organisations";
  }
  return "/organisations";
}

std::string title_key(ImportKind kind) {
  return "import." + kind_key(kind) + ".title";
}

std::string to_base64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> from_base64(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return std::nullopt;
  out.resize(length);
  return out;
}

const std::map<std::string, std::map<std::string, std::string>>& aliases(const Services& s) {
  // The catalog never changes while the server runs.
  static const auto table = import_aliases(s.catalog);
  return table;
}

// The parts every step of a kind's import shows: title and the way back to the list.
void fill_heading(Services& s, http::Request& req, ctemplate::TemplateDictionary& c, ImportKind kind) {
  c.SetValue("TITLE", text(s, req, title_key(kind)));
  c.SetValue("KIND", kind_key(kind));
  c.SetValue("LIST", list_of(kind));
  c.SetValue("LIST_TITLE", text(s, req,
                                list_of(kind) == "/contacts"   ? "register.contacts.title"
                                : list_of(kind) == "/networks" ? "register.networks.title"
                                                               : "register.organisations.title"));
}

// What the upload page lists: each field with its accepted headings, required ones marked.
void add_field_help(Services& s, http::Request& req, ctemplate::TemplateDictionary& dict, ImportKind kind) {
  for (const auto& field : services::import_fields(kind)) {
    auto* row = dict.AddSectionDictionary("FIELD");
    row->SetValue("LABEL", text(s, req, "import.field." + std::string(field.key)));
    std::string headings = std::string(field.key);
    for (auto h : field.headings) headings += ", " + std::string(h);
    row->SetValue("HEADINGS", headings);
    row->SetValue("REQUIRED", text(s, req,
                                   !field.required        ? "import.optional"
                                   : field.one_of.empty() ? "import.required"
                                                          : "import.required_one_of"));
  }
}

http::Response upload_page(Services& s, http::Request& req, ImportKind kind, const std::optional<Error>& error,
                           http::Status status) {
  Page page(s, req, "import", title_key(kind), "nav.actors");
  auto& c = page.content();
  fill_heading(s, req, c, kind);
  auto* upload = c.AddSectionDictionary("UPLOAD");
  add_field_help(s, req, *upload, kind);
  if (error) {
    std::vector<std::pair<std::string, std::string>> args(error->fields.begin(), error->fields.end());
    const auto message = s.catalog.format(state(req).language, error->message, args);
    c.AddSectionDictionary("FORM_ERRORS")->SetValue("MESSAGE", message);
    upload->AddSectionDictionary("FILE_ERROR")->SetValue("MESSAGE", message);
  }
  return page.respond(status);
}

const char* outcome_key(services::ImportRowReport::Outcome outcome, bool committed) {
  switch (outcome) {
    case services::ImportRowReport::Outcome::created:
      return committed ? "import.outcome.was_created" : "import.outcome.created";
    case services::ImportRowReport::Outcome::updated:
      return committed ? "import.outcome.was_updated" : "import.outcome.updated";
    case services::ImportRowReport::Outcome::rejected:
      return "import.outcome.rejected";
  }
  return "import.outcome.rejected";
}

// The per-row report (rows with problems or duplicates always; the others up to kShownRows).
void add_report(Services& s, http::Request& req, ctemplate::TemplateDictionary& dict,
                const services::ImportReport& report) {
  const auto language = state(req).language;
  auto* r = dict.AddIncludeDictionary("REPORT");
  r->SetFilename(Renderer::key(language, "import_report"));
  r->SetValue("CAPTION", text(s, req, report.committed ? "import.result" : "import.report"));
  r->SetValue("SUMMARY", s.catalog.format(language, report.committed ? "import.summary_committed" : "import.summary",
                                          {{"rows", std::to_string(report.rows.size())},
                                           {"created", std::to_string(report.created)},
                                           {"updated", std::to_string(report.updated)},
                                           {"rejected", std::to_string(report.rejected)},
                                           {"flagged", std::to_string(report.flagged)}}));
  std::size_t shown_plain = 0, hidden = 0;
  for (const auto& row : report.rows) {
    const bool notable = !row.problems.empty() || !row.duplicates.empty() || !row.duplicate_rows.empty();
    if (!notable && shown_plain >= kShownRows) {
      ++hidden;
      continue;
    }
    if (!notable) ++shown_plain;
    auto* line = r->AddSectionDictionary("ROW");
    line->SetValue("ROW", std::to_string(row.row));
    line->SetValue("NAME", row.name);
    line->SetValue("OUTCOME", text(s, req, outcome_key(row.outcome, report.committed)));
    if (row.outcome == services::ImportRowReport::Outcome::rejected) line->ShowSection("REJECTED");
    for (const auto& p : row.problems) {
      auto* item = line->AddSectionDictionary("PROBLEM");
      item->SetValue("COLUMN", p.column);
      item->SetValue("MESSAGE", s.catalog.format(language, p.message_key, {{"row", p.detail}, {"value", p.detail}}));
    }
    for (const auto& d : row.duplicates) line->AddSectionDictionary("DUPLICATE")->SetValue("NAME", d);
    for (auto other : row.duplicate_rows)
      line->AddSectionDictionary("DUPLICATE")
          ->SetValue("NAME", s.catalog.format(language, "import.row_n", {{"row", std::to_string(other)}}));
  }
  if (hidden > 0)
    r->AddSectionDictionary("HIDDEN")->SetValue(
        "TEXT", s.catalog.format(language, "import.more_rows", {{"count", std::to_string(hidden)}}));
}

// The mapping form with the dry-run report (or the mapping's errors, next to the columns).
http::Response mapping_page(Services& s, http::Request& req, ImportKind kind, const std::string& csv,
                            const services::Table& table, const std::vector<std::string>& mapping,
                            const Result<services::ImportReport>& result, http::Status status) {
  Page page(s, req, "import", title_key(kind), "nav.actors");
  auto& c = page.content();
  fill_heading(s, req, c, kind);
  auto* m = c.AddSectionDictionary("MAPPING");
  m->SetValue("CSV", to_base64(csv));
  const std::map<std::string, std::string> mapping_errors =
      result ? std::map<std::string, std::string>{} : result.error().fields;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    auto* col = m->AddSectionDictionary("COLUMN");
    col->SetValue("INDEX", std::to_string(i));
    col->SetValue("HEADER", table.header[i]);
    col->SetValue("SAMPLE", table.rows.empty() || i >= table.rows.front().size() ? "" : table.rows.front()[i]);
    add_option(*col, "FIELD_OPTION", "", text(s, req, "import.ignore"), mapping[i].empty());
    for (const auto& field : services::import_fields(kind))
      add_option(*col, "FIELD_OPTION", std::string(field.key), text(s, req, "import.field." + std::string(field.key)),
                 mapping[i] == field.key);
    // A field on two columns (or unknown) is marked at each column that has it.
    if (auto e = mapping_errors.find(mapping[i]); !mapping[i].empty() && e != mapping_errors.end())
      col->AddSectionDictionary("COLUMN_ERROR")->SetValue("MESSAGE", text(s, req, e->second));
  }
  if (!result) {
    c.AddSectionDictionary("FORM_ERRORS")->SetValue("MESSAGE", text(s, req, result.error().message));
    for (const auto& [field, key] : result.error().fields) {
      if (key != "import.error.missing_column" && key != "import.error.missing_one_of") continue;
      auto* e = m->AddSectionDictionary("MAPPING_ERROR");
      e->SetValue("FIELD", text(s, req, "import.field." + field));
      e->SetValue("MESSAGE", text(s, req, key));
    }
    return page.respond(status);
  }
  add_report(s, req, *m, *result);
  if (result->rejected == 0 && !result->rows.empty()) m->ShowSection("MAY_COMMIT");
  if (result->rejected > 0)
    c.AddSectionDictionary("FORM_ERRORS")->SetValue("MESSAGE", text(s, req, "import.has_errors"));
  return page.respond(status);
}

struct Submitted {
  std::string csv;
  services::Table table;
  std::vector<std::string> mapping;
};

// The file (upload) or the base64 bytes of the mapping step, parsed, with the mapping given
// in the form or (first step) guessed from the headings.
Result<Submitted> read_submission(ImportKind kind, const http::Params& form, bool first_step) {
  Submitted out;
  if (first_step) {
    out.csv = form.get_or("file", "");
    if (out.csv.empty()) out.csv = form.get_or("text", "");
  } else {
    auto decoded = from_base64(form.get_or("csv", ""));
    if (!decoded) return Error::invalid("import.error.empty");
    out.csv = std::move(*decoded);
  }
  auto table = services::parse_csv(out.csv);
  if (!table) return table.error();
  out.table = std::move(*table);
  if (first_step) {
    out.mapping = services::default_mapping(kind, out.table.header);
  } else {
    out.mapping.resize(out.table.header.size());
    for (std::size_t i = 0; i < out.mapping.size(); ++i) out.mapping[i] = form.get_or("map_" + std::to_string(i), "");
  }
  return out;
}

http::Response show_import(Services& s, http::Request& req, ImportKind kind) {
  return upload_page(s, req, kind, std::nullopt, http::Status::ok);
}

http::Response run_import(Services& s, http::Request& req, ImportKind kind, bool first_step, bool commit) {
  auto form = http::form_fields(req);
  if (!form) return upload_page(s, req, kind, Error::invalid("import.error.empty"), http::Status::unprocessable_entity);
  auto submitted = read_submission(kind, *form, first_step);
  if (!submitted) return upload_page(s, req, kind, submitted.error(), http::Status::unprocessable_entity);
  services::ImportOptions options;
  options.dry_run = true;
  options.aliases = aliases(s);
  // The dry run first, also before a commit: a commit of a file with errors (or a bad
  // mapping) stays on this page with the report; only a clean file starts a job.
  auto result = service(s).import(caller_of(req), kind, submitted->table, submitted->mapping, options, unix_now());
  if (!result && result.error().code != ErrorCode::invalid_input) return error_response(s, req, result.error());
  if (commit && result && result->rejected == 0 && !result->rows.empty()) {
    const auto caller = caller_of(req);
    auto table = std::make_shared<services::Table>(std::move(submitted->table));
    auto mapping = submitted->mapping;
    storage::Database& db = s.db;
    const auto total = table->rows.size();
    const auto id = s.import_jobs.start(
        caller.actor.user_id.value_or(0), kind, total,
        [&db, caller, kind, table, mapping, options](const ImportJobs::Progress& progress) mutable {
          options.dry_run = false;
          options.progress = progress;
          return services::RegisterService(db).import(caller, kind, *table, mapping, options, unix_now());
        });
    return http::Response::redirect("/import/jobs/" + id);
  }
  const bool failed = !result || result->rejected > 0 || commit;
  return mapping_page(s, req, kind, submitted->csv, submitted->table, submitted->mapping, result,
                      failed ? http::Status::unprocessable_entity : http::Status::ok);
}

// ----- jobs -----

std::optional<ImportJobStatus> job_of(Services& s, const http::Request& req) {
  auto found = req.path_params.find("id");
  if (found == req.path_params.end()) return std::nullopt;
  return s.import_jobs.find(found->second, state(req).principal->user.id);
}

// The progress as a sentence and as numbers for <progress>.
void fill_progress(Services& s, const http::Request& req, ctemplate::TemplateDictionary& dict, const std::string& id,
                   const ImportJobStatus& job) {
  const auto language = state(req).language;
  dict.SetValue("JOB", id);
  dict.SetValue("DONE", std::to_string(job.done));
  dict.SetValue("TOTAL", std::to_string(std::max<std::size_t>(job.total, 1)));
  const auto phase = job.phase.empty() ? std::string("queued") : job.phase;
  dict.SetValue("STATUS", s.catalog.format(language, "import.job.phase." + phase,
                                           {{"done", std::to_string(job.done)}, {"total", std::to_string(job.total)}}));
}

http::Response show_job(Services& s, http::Request& req) {
  auto job = job_of(s, req);
  if (!job) return error_response(s, req, Error::not_found());
  const auto& id = req.path_params.at("id");
  Page page(s, req, "import", title_key(job->kind), "nav.actors");
  auto& c = page.content();
  fill_heading(s, req, c, job->kind);
  if (!job->finished) {
    auto* running = c.AddIncludeDictionary("PROGRESS");
    running->SetFilename(Renderer::key(state(req).language, "import_progress"));
    fill_progress(s, req, *running, id, *job);
    return page.respond();
  }
  const auto& result = *job->result;
  if (!result) {
    std::vector<std::pair<std::string, std::string>> args(result.error().fields.begin(), result.error().fields.end());
    c.AddSectionDictionary("FORM_ERRORS")
        ->SetValue("MESSAGE", s.catalog.format(state(req).language, result.error().message, args));
    c.ShowSection("FAILED");
    return page.respond(http::Status::ok);
  }
  auto* done = c.AddSectionDictionary("FINISHED");
  done->SetValue("LIST", list_of(job->kind));
  if (result->committed) {
    page.set_notice("import.done");
  } else {
    // Someone changed the register between the dry run and the commit: nothing was written.
    c.AddSectionDictionary("FORM_ERRORS")->SetValue("MESSAGE", text(s, req, "import.has_errors"));
  }
  add_report(s, req, *done, *result);
  return page.respond();
}

http::Response job_progress(Services& s, http::Request& req) {
  auto job = job_of(s, req);
  if (!job) return error_response(s, req, Error::not_found());
  const auto& id = req.path_params.at("id");
  if (job->finished) {
    // htmx: load the job page (with the report); plain browsers: go there.
    if (req.header("hx-request") == "true") {
      auto res = http::Response::html("");
      res.headers.set("HX-Redirect", "/import/jobs/" + id);
      return res;
    }
    return http::Response::redirect("/import/jobs/" + id);
  }
  ctemplate::TemplateDictionary dict("import_progress");
  fill_progress(s, req, dict, id, *job);
  auto res = http::Response::html(s.renderer.render(state(req).language, "import_progress", dict));
  res.headers.set("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_import_routes(Routes& routes) {
  const auto staff = Access::roles_only({domain::Role::admin, domain::Role::staff});
  for (auto kind : services::kImportKinds) {
    const std::string base = "/" + kind_key(kind) + "/import";
    routes.get(base, staff, [kind](Services& s, http::Request& r) { return show_import(s, r, kind); });
    routes.post(base, staff, [kind](Services& s, http::Request& r) { return run_import(s, r, kind, true, false); });
    routes.post(base + "/check", staff,
                [kind](Services& s, http::Request& r) { return run_import(s, r, kind, false, false); });
    routes.post(base + "/commit", staff,
                [kind](Services& s, http::Request& r) { return run_import(s, r, kind, false, true); });
  }
  routes.get("/import/jobs/{id}", staff, show_job);
  routes.get("/import/jobs/{id}/progress", staff, job_progress);
}

}  // namespace bb::web
