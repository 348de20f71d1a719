// Import and export of the register's organisation list (issue 3).
//  - GET /organisations/export.csv, /organisations/export.xlsx: the list exactly as filtered by
//    the same query parameters as /organisations, all pages (services/spreadsheet.hpp: BOM,
//    semicolons, formula cells neutralised).
//  - /organisations/import (staff): upload a CSV (file, multipart/form-data, or pasted text)
//    -> one page with the column mapping and the dry-run report (per row: created, updated or
//    rejected with column and message; likely duplicates flagged) -> "check again" with another
//    mapping, or "import" (all or nothing, one transaction). Without JavaScript: the file's
//    bytes travel between the steps base64-encoded in a hidden field, so nothing is kept on
//    the server between requests.
#include <sodium.h>

#include "core/clock.hpp"
#include "domain/normalise.hpp"
#include "http/multipart.hpp"
#include "services/organisation_import.hpp"
#include "services/spreadsheet.hpp"
#include "web/page.hpp"
#include "web/pages/register_page_helpers.hpp"
#include "web/register_support.hpp"
#include "web/request_state.hpp"
#include "web/responses.hpp"
#include "web/routes.hpp"

namespace bb::web {

namespace {

using namespace register_pages;

constexpr std::size_t kShownRows = 200;  // rows without problems shown in the report

// ======================================================================= export

Result<services::Table> organisation_table(Services& s, const http::Request& req) {
  const auto region_id = region_of(req);
  const auto language = state(req).language;
  auto municipalities =
      s.db.read_value([&](storage::UnitOfWork& uow) { return uow.regions().municipalities(region_id); });
  if (!municipalities) return municipalities.error();
  auto types = service(s).organisation_types(region_id);
  if (!types) return types.error();
  const auto municipality = [&](std::optional<domain::Id> id) -> std::string {
    if (!id) return {};
    for (const auto& m : *municipalities)
      if (m.id == *id) return m.name;
    return {};
  };
  const auto type_label = [&](const std::string& key) -> std::string {
    for (const auto& t : *types)
      if (t.key == key) return t.label_key.empty() ? t.label : s.catalog.text(language, t.label_key);
    return key;
  };
  const auto flag = [&](bool b) { return s.catalog.text(language, b ? "register.filter.yes" : "register.filter.no"); };

  services::Table table;
  // The headings are the import's field names, so that an export can be imported again.
  for (auto field : services::kOrganisationImportFields)
    table.header.push_back(s.catalog.text(language, "import.field." + std::string(field)));
  storage::OrganisationQuery query = organisation_query_from(req.query);
  query.limit = 1000;  // the repository's largest page: all pages are fetched in turn
  for (query.offset = 0;; query.offset += query.limit) {
    auto page = service(s).list_organisations(region_id, query);
    if (!page) return page.error();
    for (const auto& o : page->items) {
      table.rows.push_back({std::to_string(o.id), o.name, type_label(o.type), municipality(o.municipality_id),
                            o.address, o.website, o.email, o.phone, readable_list(o.languages), readable_list(o.tags),
                            o.notes, flag(o.active), o.size ? std::string(domain::to_string(*o.size)) : std::string(),
                            o.sector, flag(o.migrant_led), flag(o.may_train), flag(o.trains_now)});
    }
    if (page->items.size() < static_cast<std::size_t>(query.limit)) break;
  }
  return table;
}

http::Response download(std::string body, const char* type, const std::string& filename) {
  auto res = http::Response::text(std::move(body));
  res.headers.set("Content-Type", type);
  res.headers.set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return res;
}

std::string export_name(const char* extension) {
  return "organisations-" + today() + extension;
}

http::Response export_organisations_csv(Services& s, http::Request& req) {
  auto table = organisation_table(s, req);
  if (!table) return error_response(s, req, table.error());
  return download(services::to_csv(*table), "text/csv; charset=utf-8", export_name(".csv"));
}

http::Response export_organisations_xlsx(Services& s, http::Request& req) {
  auto table = organisation_table(s, req);
  if (!table) return error_response(s, req, table.error());
  auto bytes = services::to_xlsx(*table, text(s, req, "register.organisations.title"));
  if (!bytes) return error_response(s, req, bytes.error());
  return download(std::move(*bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  export_name(".xlsx"));
}

// ======================================================================= import

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

// The catalog's German and English names of the built-in types, as the import accepts them.
std::map<std::string, std::string> type_aliases(const Services& s) {
  std::map<std::string, std::string> aliases;
  for (auto key : domain::kBuiltinOrganisationTypes) {
    for (auto language : {domain::UiLanguage::de, domain::UiLanguage::en})
      aliases[domain::normalise_for_search(s.catalog.text(language, "register.type." + std::string(key)))] =
          std::string(key);
  }
  return aliases;
}

http::Response upload_page(Services& s, http::Request& req, const std::optional<Error>& error, http::Status status) {
  Page page(s, req, "organisation_import", "import.organisations.title", "nav.actors");
  auto& c = page.content();
  c.ShowSection("UPLOAD");
  if (error) {
    auto* summary = c.AddSectionDictionary("FORM_ERRORS");
    std::vector<std::pair<std::string, std::string>> args(error->fields.begin(), error->fields.end());
    const auto message = s.catalog.format(state(req).language, error->message, args);
    summary->SetValue("MESSAGE", message);
    c.AddSectionDictionary("FILE_ERROR")->SetValue("MESSAGE", message);
  }
  return page.respond(status);
}

const char* outcome_key(services::ImportRowReport::Outcome outcome) {
  switch (outcome) {
    case services::ImportRowReport::Outcome::created:
      return "import.outcome.created";
    case services::ImportRowReport::Outcome::updated:
      return "import.outcome.updated";
    case services::ImportRowReport::Outcome::rejected:
      return "import.outcome.rejected";
  }
  return "import.outcome.rejected";
}

// The mapping form with the dry-run report (or the mapping's errors).
http::Response mapping_page(Services& s, http::Request& req, const std::string& csv, const services::Table& table,
                            const std::vector<std::string>& mapping, const Result<services::ImportReport>& result,
                            http::Status status) {
  const auto language = state(req).language;
  Page page(s, req, "organisation_import", "import.organisations.title", "nav.actors");
  auto& c = page.content();
  auto* m = c.AddSectionDictionary("MAPPING");
  m->SetValue("CSV", to_base64(csv));
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    auto* col = m->AddSectionDictionary("COLUMN");
    col->SetValue("INDEX", std::to_string(i));
    col->SetValue("HEADER", table.header[i]);
    col->SetValue("SAMPLE", table.rows.empty() || i >= table.rows.front().size() ? "" : table.rows.front()[i]);
    add_option(*col, "FIELD_OPTION", "", text(s, req, "import.ignore"), mapping[i].empty());
    for (auto field : services::kOrganisationImportFields)
      add_option(*col, "FIELD_OPTION", std::string(field), text(s, req, "import.field." + std::string(field)),
                 mapping[i] == field);
  }
  if (!result) {
    auto* summary = c.AddSectionDictionary("FORM_ERRORS");
    summary->SetValue("MESSAGE", text(s, req, result.error().message));
    for (const auto& [field, key] : result.error().fields) {
      auto* e = m->AddSectionDictionary("MAPPING_ERROR");
      e->SetValue("FIELD", text(s, req, "import.field." + field));
      e->SetValue("MESSAGE", text(s, req, key));
    }
    return page.respond(status);
  }
  const auto& report = *result;
  auto* r = m->AddSectionDictionary("REPORT");
  r->SetValue("SUMMARY", s.catalog.format(language, "import.summary",
                                          {{"rows", std::to_string(report.rows.size())},
                                           {"created", std::to_string(report.created)},
                                           {"updated", std::to_string(report.updated)},
                                           {"rejected", std::to_string(report.rejected)},
                                           {"flagged", std::to_string(report.flagged)}}));
  if (report.rejected == 0 && !report.rows.empty()) m->ShowSection("MAY_COMMIT");
  if (report.rejected > 0)
    c.AddSectionDictionary("FORM_ERRORS")->SetValue("MESSAGE", text(s, req, "import.has_errors"));
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
    line->SetValue("OUTCOME", text(s, req, outcome_key(row.outcome)));
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
  return page.respond(status);
}

http::Response show_import(Services& s, http::Request& req) {
  return upload_page(s, req, std::nullopt, http::Status::ok);
}

struct Submitted {
  std::string csv;
  services::Table table;
  std::vector<std::string> mapping;
};

// The file (upload) or the base64 bytes of the mapping step, parsed, with the mapping given
// in the form or (first step) guessed from the headings.
Result<Submitted> read_submission(const http::Params& form, bool first_step) {
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
    out.mapping = services::default_organisation_mapping(out.table.header);
  } else {
    out.mapping.resize(out.table.header.size());
    for (std::size_t i = 0; i < out.mapping.size(); ++i) out.mapping[i] = form.get_or("map_" + std::to_string(i), "");
  }
  return out;
}

http::Response run_import(Services& s, http::Request& req, bool first_step, bool commit) {
  auto form = http::form_fields(req);
  if (!form) return error_response(s, req, Error::invalid("import.error.empty"));
  auto submitted = read_submission(*form, first_step);
  if (!submitted) return upload_page(s, req, submitted.error(), http::Status::unprocessable_entity);
  services::ImportOptions options;
  options.dry_run = !commit;
  options.type_aliases = type_aliases(s);
  auto result =
      service(s).import_organisations(caller_of(req), submitted->table, submitted->mapping, options, unix_now());
  if (!result && result.error().code != ErrorCode::invalid_input) return error_response(s, req, result.error());
  if (result && result->committed) return http::Response::redirect("/organisations?saved=imported");
  const bool failed = !result || result->rejected > 0 || commit;
  return mapping_page(s, req, submitted->csv, submitted->table, submitted->mapping, result,
                      failed ? http::Status::unprocessable_entity : http::Status::ok);
}

http::Response upload_import(Services& s, http::Request& req) {
  return run_import(s, req, true, false);
}
http::Response check_import(Services& s, http::Request& req) {
  return run_import(s, req, false, false);
}
http::Response commit_import(Services& s, http::Request& req) {
  return run_import(s, req, false, true);
}

}  // namespace

void register_import_export_routes(Routes& routes) {
  const auto readers = Access::roles_only(domain::RoleSet::regional());
  const auto staff = Access::roles_only({domain::Role::admin, domain::Role::staff});
  routes.get("/organisations/export.csv", readers, export_organisations_csv);
  routes.get("/organisations/export.xlsx", readers, export_organisations_xlsx);
  routes.get("/organisations/import", staff, show_import);
  routes.post("/organisations/import", staff, upload_import);
  routes.post("/organisations/import/check", staff, check_import);
  routes.post("/organisations/import/commit", staff, commit_import);
}

}  // namespace bb::web
