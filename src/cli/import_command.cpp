// `brueckenbauer import organisations --region SLUG --file F [--dry-run]`: the register's CSV
// import (issue 3) from the command line, with the same checks as the web's dry run
// (RegisterService::import_organisations, default column mapping from the headings). The
// per-row report goes to stdout, progress to stderr; the exit code is 0 only if the import was
// committed (or, with --dry-run, would be), 2 if rows were rejected, 1 on other errors.
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.hpp"
#include "cli/share_dir.hpp"
#include "core/clock.hpp"
#include "domain/normalise.hpp"
#include "i18n/catalog.hpp"
#include "services/register_service.hpp"
#include "services/spreadsheet.hpp"
#include "storage/database.hpp"

namespace bb::cli {

namespace {

struct ImportOptions {
  std::string region;
  std::string file;
  bool dry_run = false;
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

int import_organisations(const GlobalOptions& global, const ImportOptions& o) {
  const auto started = std::chrono::steady_clock::now();
  // German catalog texts for the messages when the share folder is found; else the keys.
  std::optional<i18n::Catalog> catalog;
  if (auto share = resolve_share_dir(o.share_dir)) {
    if (auto loaded = i18n::Catalog::load(*share / "i18n")) catalog.emplace(std::move(*loaded));
  }
  const auto message = [&](const std::string& key, const std::vector<std::pair<std::string, std::string>>& args) {
    return catalog ? catalog->format(domain::UiLanguage::de, key, args) : key;
  };

  std::ifstream in(o.file, std::ios::binary);
  if (!in) return fail("cannot read " + o.file);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto table = services::parse_csv(bytes);
  if (!table) {
    std::vector<std::pair<std::string, std::string>> args(table.error().fields.begin(), table.error().fields.end());
    return fail(o.file + ": " + message(table.error().message, args));
  }
  auto db = storage::open_database(global.database_url, {2, true});
  if (!db) return fail(db.error().message);
  auto region = (*db)->read_value([&](storage::UnitOfWork& uow) { return uow.regions().find_by_slug(o.region); });
  if (!region) return fail(region.error().message);
  if (!region->has_value()) return fail("no region with the slug '" + o.region + "' (see --region)");

  services::ImportOptions options;
  options.dry_run = o.dry_run;
  if (catalog) {
    for (auto key : domain::kBuiltinOrganisationTypes)
      for (auto language : {domain::UiLanguage::de, domain::UiLanguage::en})
        options
            .type_aliases[domain::normalise_for_search(catalog->text(language, "register.type." + std::string(key)))] =
            std::string(key);
  }
  options.progress = [](std::string_view phase, std::size_t done, std::size_t total) {
    std::cerr << "import: " << phase << ' ' << done << '/' << total << " rows\n";
  };
  const auto mapping = services::default_organisation_mapping(table->header);
  for (std::size_t i = 0; i < mapping.size(); ++i)
    std::cerr << "column " << (i + 1) << " \"" << table->header[i] << "\" -> "
              << (mapping[i].empty() ? std::string("(ignored)") : mapping[i]) << '\n';
  services::RegisterService svc(**db);
  auto result = svc.import_organisations(services::RegisterCaller::operator_in((*region)->id), *table, mapping, options,
                                         unix_now());
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

}  // namespace

void register_import(CLI::App& app, GlobalOptions& global) {
  auto* cmd = app.add_subcommand("import", "Import register data from CSV (all or nothing)");
  cmd->require_subcommand(1);
  auto options = std::make_shared<ImportOptions>();
  auto* organisations = cmd->add_subcommand("organisations", "Import organisations (Akteure) from a CSV file");
  organisations->add_option("--region", options->region, "Region slug, e.g. region-hannover")->required();
  organisations->add_option("--file", options->file, "CSV file (UTF-8, comma or semicolon)")->required();
  organisations->add_flag("--dry-run", options->dry_run, "Check and report only; write nothing");
  organisations->add_option("--share-dir", options->share_dir, "Folder with i18n/ (for the messages)")
      ->envname("BB_SHARE_DIR");
  organisations->callback([&global, options] { global.exit_code = import_organisations(global, *options); });
}

}  // namespace bb::cli
