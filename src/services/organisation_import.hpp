#pragma once
// Import of organisations from a CSV table (issue 3): the fields a column can be mapped to, the
// default mapping from header names (German or English), and the per-row report of a dry run
// or a commit. The import itself is RegisterService::import_organisations: all rows are checked
// first; only if none is rejected (and it is not a dry run) are all written, in ONE transaction.

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/register.hpp"

namespace bb::services {

// Catalog: "import.field.<key>". "id" updates an existing organisation of the region; without
// it every row creates one.
inline constexpr std::array<std::string_view, 17> kOrganisationImportFields = {
    "id",   "name",  "type",   "municipality", "address", "website",     "email",     "phone",     "languages",
    "tags", "notes", "active", "size",         "sector",  "migrant_led", "may_train", "trains_now"};
bool is_organisation_import_field(std::string_view field);

// For each column the field it fills ("" = ignored), guessed from the header: the field key
// itself or a usual German/English heading ("Name", "Gemeinde", "Kommune", "E-Mail", ...).
// A field is given to the first column that matches only.
std::vector<std::string> default_organisation_mapping(const std::vector<std::string>& header);

// "ja"/"nein", "yes"/"no", "1"/"0", "x"/"", "wahr"/"falsch", "true"/"false" (any case).
std::optional<bool> parse_import_flag(std::string_view text);

struct ImportProblem {
  std::string column;       // the header of the column (or the field key if it has no column)
  std::string message_key;  // catalog key
  std::string detail;       // e.g. the other row's number, the offending value
};

struct ImportRowReport {
  enum class Outcome { created, updated, rejected };
  std::size_t row = 0;  // as in the spreadsheet: the header is row 1
  std::string name;
  Outcome outcome = Outcome::created;
  std::vector<ImportProblem> problems;      // why rejected
  std::vector<std::string> duplicates;      // likely duplicates: existing names, or "row N" of the file
  std::vector<std::size_t> duplicate_rows;  // rows of the file among them
};

struct ImportReport {
  std::vector<ImportRowReport> rows;
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t rejected = 0;
  std::size_t flagged = 0;  // rows with likely duplicates
  bool committed = false;
};

struct ImportOptions {
  bool dry_run = true;
  // Further spellings of types: normalised label (domain::normalise_for_search) -> type key,
  // e.g. the catalog's German and English names of the built-in types.
  std::map<std::string, std::string> type_aliases;
  // Called now and then with (rows done, rows in all) while checking and while writing.
  std::function<void(std::string_view phase, std::size_t done, std::size_t total)> progress;
};

}  // namespace bb::services
