// `brueckenbauer import organisations|contacts|networks|memberships|ties --region SLUG FILE
//  [--dry-run] [--mapping COLUMN=FIELD ...]`: the register's CSV import (issue 3) from the
// command line, with the same engine and checks as the web's dry run and commit
// (RegisterService::import; column mapping guessed from the headings, then --mapping on top:
// COLUMN is the heading or the 1-based column number, FIELD a field key or empty to ignore the
// column). The column mapping and the progress go to stderr, the per-row report to stdout; the
// exit code is 0 only if the import was committed (or, with --dry-run, would be), 2 if rows
// were rejected, 1 on other errors (unreadable file, bad mapping, unknown region).
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.hpp"
#include "cli/share_dir.hpp"
#include "core/clock.hpp"
#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "i18n/catalog.hpp"
#include "services/import.hpp"
#include "services/register_service.hpp"
#include "services/spreadsheet.hpp"
#include "storage/database.hpp"
#include "web/import_aliases.hpp"

namespace bb::cli {

namespace {

struct ImportOptions {
  std::string region;
  std::string file;
  std::string positional_file;
  bool dry_run = false;
  std::vector<std::string> mapping;  // COLUMN=FIELD
  std::string share_dir;
};

const char* outcome_name(services::ImportRowReport::Outcome outcome) {
  switch (outcome) {
    case services::ImportRowReport::Outcome::created:
      return "created";
    case services::ImportRowReport::Outcome::updated:
      return "updated";
    case services::ImportRowReport::Outcome::rejected:
      return "rejected";
  }
  return "rejected";
}

// Applies "COLUMN=FIELD" overrides to the guessed mapping; COLUMN is a heading (as in the
// file, or normalised alike) or a 1-based number.
Result<void> apply_mapping(const std::vector<std::string>& overrides, const std::vector<std::string>& header,
                           std::vector<std::string>& mapping) {
  for (const auto& item : overrides) {
    const auto eq = item.rfind('=');
    if (eq == std::string::npos) return Error::invalid("--mapping expects COLUMN=FIELD, not '" + item + "'");
    const std::string column = domain::trim(item.substr(0, eq));
    const std::string field = domain::trim(item.substr(eq + 1));
    std::optional<std::size_t> index;
    for (std::size_t i = 0; i < header.size() && !index; ++i)
      if (header[i] == column || domain::normalise_for_search(header[i]) == domain::normalise_for_search(column))
        index = i;
    if (!index && !column.empty() && column.find_first_not_of("0123456789") == std::string::npos) {
      const auto n = std::stoul(column);
      if (n >= 1 && n <= header.size()) index = n - 1;
    }
    if (!index) return Error::invalid("--mapping: the file has no column '" + column + "'");
    // The field now belongs to this column only.
    if (!field.empty())
      for (auto& m : mapping)
        if (m == field) m.clear();
    mapping[*index] = field;
  }
  return success();
}

int run_import(const GlobalOptions& global, services::ImportKind kind, const ImportOptions& o) {
  const auto started = std::chrono::steady_clock::now();
  const std::string file = o.positional_file.empty() ? o.file : o.positional_file;
  if (file.empty()) return fail("which file? (import " + std::string(services::to_string(kind)) + " FILE)");
  // German catalog texts for the messages when the share folder is found; else the keys.
  std::optional<i18n::Catalog> catalog;
  if (auto share = resolve_share_dir(o.share_dir)) {
    if (auto loaded = i18n::Catalog::load(*share / "i18n")) catalog.emplace(std::move(*loaded));
  }
  const auto message = [&](const std::string& key, const std::vector<std::pair<std::string, std::string>>& args) {
    return catalog ? catalog->format(domain::UiLanguage::de, key, args) : key;
  };

  std::ifstream in(file, std::ios::binary);
  if (!in) return fail("cannot read " + file);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto table = services::parse_csv(bytes);
  if (!table) {
    std::vector<std::pair<std::string, std::string>> args(table.error().fields.begin(), table.error().fields.end());
    return fail(file + ": " + message(table.error().message, args));
  }
  auto mapping = services::default_mapping(kind, table->header);
  if (auto applied = apply_mapping(o.mapping, table->header, mapping); !applied) return fail(applied.error().message);

  auto db = storage::open_database(global.database_url, {2, true});
  if (!db) return fail(db.error().message);
  auto region = (*db)->read_value([&](storage::UnitOfWork& uow) { return uow.regions().find_by_slug(o.region); });
  if (!region) return fail(region.error().message);
  if (!region->has_value()) return fail("no region with the slug '" + o.region + "' (see --region)");

  services::ImportOptions options;
  options.dry_run = o.dry_run;
  if (catalog) options.aliases = web::import_aliases(*catalog);
  options.progress = [](std::string_view phase, std::size_t done, std::size_t total) {
    std::cerr << "import: " << phase << ' ' << done << '/' << total << " rows\n";
  };
  for (std::size_t i = 0; i < mapping.size(); ++i)
    std::cerr << "column " << (i + 1) << " \"" << table->header[i] << "\" -> "
              << (mapping[i].empty() ? std::string("(ignored)") : mapping[i]) << '\n';
  services::RegisterService svc(**db);
  auto result =
      svc.import(services::RegisterCaller::operator_in((*region)->id), kind, *table, mapping, options, unix_now());
  if (!result) {
    std::string text = message(result.error().message, {});
    for (const auto& [field, key] : result.error().fields) text += "; " + field + ": " + message(key, {});
    return fail(text);
  }
  for (const auto& row : result->rows) {
    const bool notable = !row.problems.empty() || !row.duplicates.empty() || !row.duplicate_rows.empty();
    if (!notable && result->rows.size() > 1000) continue;  // big files: only what needs attention
    std::cout << "row " << row.row << '\t' << outcome_name(row.outcome) << '\t' << row.name << '\n';
    for (const auto& p : row.problems)
      std::cout << "  column \"" << p.column
                << "\": " << message(p.message_key, {{"row", p.detail}, {"value", p.detail}}) << '\n';
    for (const auto& d : row.duplicates) std::cout << "  likely duplicate: " << d << '\n';
    for (auto other : row.duplicate_rows) std::cout << "  likely duplicate: row " << other << '\n';
  }
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::cout << result->rows.size() << " rows: " << result->created << " created, " << result->updated << " updated, "
            << result->rejected << " rejected, " << result->flagged << " with likely duplicates; "
            << (result->committed ? "committed" : (o.dry_run ? "dry run, nothing written" : "nothing written")) << " ("
            << ms << " ms)\n";
  if (result->rejected > 0) return 2;
  return 0;
}

const char* description(services::ImportKind kind) {
  switch (kind) {
    case services::ImportKind::organisations:
      return "Import organisations (Akteure) from a CSV file";
    case services::ImportKind::contacts:
      return "Import contacts (Ansprechpersonen) from a CSV file";
    case services::ImportKind::networks:
      return "Import networks from a CSV file";
    case services::ImportKind::memberships:
      return "Import memberships (organisation x network) from a CSV file";
    case services::ImportKind::ties:
      return "Import cooperation ties (organisation <-> organisation) from a CSV file";
  }
  return "";
}

}  // namespace

void register_import(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("import", "Import register data from CSV (all or nothing; see docs/IMPORT.md)");
  cmd->require_subcommand(1);
  for (auto kind : services::kImportKinds) {
    auto options = std::make_shared<ImportOptions>();
    auto* sub = cmd->add_subcommand(std::string(services::to_string(kind)), description(kind));
    sub->add_option("--region", options->region, "Region slug, e.g. region-hannover")->required();
    sub->add_option("file", options->positional_file, "CSV file (UTF-8, comma or semicolon)");
    sub->add_option("--file", options->file, "CSV file (same as the positional FILE)");
    sub->add_flag("--dry-run", options->dry_run, "Check and report only; write nothing");
    sub->add_option("--mapping", options->mapping,
                    "COLUMN=FIELD (heading or 1-based number = field key, empty to ignore); repeatable")
        ->allow_extra_args(false);
    sub->add_option("--share-dir", options->share_dir, "Folder with i18n/ (for the messages)")->envname("BB_SHARE_DIR");
    sub->callback([&global, kind, options] { global.exit_code = run_import(global, kind, *options); });
  }
}

}  // namespace bb::cli
