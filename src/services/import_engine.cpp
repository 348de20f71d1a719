// The one import engine for every kind of register record (services/import.hpp): the fields
// and headings per kind, the mapping check, the row loop with its report, and the single
// transaction that writes everything or nothing. The kinds themselves are in
// import_organisations.cpp, import_contacts.cpp, import_networks.cpp and import_links.cpp.
#include <algorithm>

#include "domain/normalise.hpp"
#include "domain/validation.hpp"
#include "services/import_kinds.hpp"
#include "services/register_rules.hpp"

namespace bb::services {

std::string_view to_string(ImportKind kind) {
  switch (kind) {
    case ImportKind::organisations:
      return "organisations";
    case ImportKind::contacts:
      return "contacts";
    case ImportKind::networks:
      return "networks";
    case ImportKind::memberships:
      return "memberships";
    case ImportKind::ties:
      return "ties";
  }
  return "organisations";
}

std::optional<ImportKind> parse_import_kind(std::string_view text) {
  for (auto kind : kImportKinds)
    if (to_string(kind) == text) return kind;
  return std::nullopt;
}

namespace {

// Headings shared by several kinds.
const std::vector<std::string_view> kIdHeadings = {"ID", "Nr", "Kennung"};
const std::vector<std::string_view> kSinceHeadings = {"seit", "von", "ab", "Beginn", "Since", "From", "Start"};
const std::vector<std::string_view> kUntilHeadings = {"bis", "Ende", "Until", "To", "End"};
const std::vector<std::string_view> kEmailHeadings = {"E-Mail", "Email", "Mail", "E-Mail-Adresse"};
const std::vector<std::string_view> kPhoneHeadings = {"Telefon", "Tel", "Phone", "Telephone", "Telefonnummer"};
const std::vector<std::string_view> kLanguageHeadings = {"Sprachen", "Languages", "Sprache"};

const std::vector<ImportField>& organisation_fields() {
  static const std::vector<ImportField> fields = {
      {"id", false, {}, kIdHeadings},
      {"name", true, {}, {"Name", "Organisation", "Akteur", "Bezeichnung", "Organisation name"}},
      {"type", true, {}, {"Typ", "Art", "Type", "Organisationstyp"}},
      {"municipality", false, {}, {"Kommune", "Gemeinde", "Stadt", "Ort", "Municipality", "Town"}},
      {"address", false, {}, {"Adresse", "Anschrift", "Address"}},
      {"website", false, {}, {"Website", "Webseite", "Internet", "Homepage", "URL"}},
      {"email", false, {}, kEmailHeadings},
      {"phone", false, {}, kPhoneHeadings},
      {"languages", false, {}, kLanguageHeadings},
      {"tags", false, {}, {"Schlagworte", "Schlagwörter", "Tags"}},
      {"notes", false, {}, {"Notizen", "Bemerkungen", "Anmerkungen", "Notes"}},
      {"active", false, {}, {"Aktiv", "Active"}},
      {"size", false, {}, {"Größe", "Betriebsgröße", "Size"}},
      {"sector", false, {}, {"Branche", "Sektor", "Sector", "Industry"}},
      {"migrant_led", false, {}, {"migrantisch geführt", "Migrant-led", "migrant led"}},
      {"may_train", false, {}, {"Ausbildungsberechtigung", "AEVO", "darf ausbilden", "May train"}},
      {"trains_now", false, {}, {"bildet aus", "Trains now", "bildet derzeit aus"}},
  };
  return fields;
}

const std::vector<ImportField>& contact_fields() {
  static const std::vector<ImportField> fields = {
      {"id", false, {}, kIdHeadings},
      {"name", true, {}, {"Name", "Ansprechperson", "Kontakt", "Person", "Contact", "Contact name"}},
      {"function", false, {}, {"Funktion", "Position", "Rolle", "Role", "Job title"}},
      {"organisation", true, "organisation", {"Organisation", "Akteur", "Einrichtung", "Firma", "Betrieb"}},
      {"organisation_id", true, "organisation", {"Organisations-ID", "Organisation ID", "Org-ID"}},
      {"organisation_municipality",
       false,
       {},
       {"Kommune", "Gemeinde", "Ort", "Stadt", "Municipality", "Kommune der Organisation"}},
      {"email", false, {}, kEmailHeadings},
      {"phone", false, {}, kPhoneHeadings},
      {"languages", false, {}, kLanguageHeadings},
      {"data_basis",
       false,
       {},
       {"Rechtsgrundlage", "Grundlage", "Datengrundlage", "Data basis", "Legal basis", "Basis"}},
      {"consent_date",
       false,
       {},
       {"Einwilligung am", "Einwilligungsdatum", "Datum der Einwilligung", "Einwilligung", "Consent date"}},
  };
  return fields;
}

const std::vector<ImportField>& network_fields() {
  static const std::vector<ImportField> fields = {
      {"id", false, {}, kIdHeadings},
      {"name", true, {}, {"Name", "Netzwerk", "Network", "Bezeichnung", "Titel"}},
      {"focus", false, {}, {"Schwerpunkt", "Fokus", "Ausrichtung", "Focus"}},
      {"goals", false, {}, {"Ziele", "Ziel", "Goals"}},
      {"meeting_rhythm", false, {}, {"Rhythmus", "Turnus", "Treffen", "Sitzungsrhythmus", "Meeting rhythm"}},
      {"meeting_format", false, {}, {"Format", "Treffenformat", "Meeting format"}},
      {"channels", false, {}, {"Kanäle", "Kommunikationswege", "Kommunikation", "Channels"}},
      {"work_forms", false, {}, {"Arbeitsformen", "Arbeitsweise", "Work forms"}},
      {"lead_organisation",
       false,
       {},
       {"Leitung", "Federführung", "Koordination", "Lead organisation", "Lead", "leitende Organisation"}},
      {"lead_organisation_id", false, {}, {"Leitung ID", "Lead organisation ID"}},
      {"municipalities", false, {}, {"Kommunen", "Gemeinden", "Gebiet", "Municipalities"}},
      {"status", false, {}, {"Status", "Zustand"}},
      {"started_on", false, {}, {"Beginn", "Gegründet", "gegründet am", "Start", "Started on", "seit"}},
      {"status_since", false, {}, {"Status seit", "Status since"}},
  };
  return fields;
}

const std::vector<ImportField>& membership_fields() {
  static const std::vector<ImportField> fields = {
      {"id", false, {}, kIdHeadings},
      {"network", true, "network", {"Netzwerk", "Network"}},
      {"network_id", true, "network", {"Netzwerk-ID", "Network ID"}},
      {"organisation", true, "organisation", {"Organisation", "Akteur", "Mitglied", "Member"}},
      {"organisation_id", true, "organisation", {"Organisations-ID", "Organisation ID", "Org-ID"}},
      {"organisation_municipality", false, {}, {"Kommune", "Gemeinde", "Ort", "Stadt", "Municipality"}},
      {"role", false, {}, {"Rolle", "Funktion", "Role"}},
      {"since", false, {}, kSinceHeadings},
      {"until", false, {}, kUntilHeadings},
  };
  return fields;
}

const std::vector<ImportField>& tie_fields() {
  static const std::vector<ImportField> fields = {
      {"id", false, {}, kIdHeadings},
      {"organisation_a", true, "organisation_a", {"Organisation A", "Akteur A", "Partner A"}},
      {"organisation_a_id", true, "organisation_a", {"Organisation A ID", "ID A"}},
      {"municipality_a", false, {}, {"Kommune A", "Ort A", "Municipality A"}},
      {"organisation_b", true, "organisation_b", {"Organisation B", "Akteur B", "Partner B"}},
      {"organisation_b_id", true, "organisation_b", {"Organisation B ID", "ID B"}},
      {"municipality_b", false, {}, {"Kommune B", "Ort B", "Municipality B"}},
      {"kind", false, {}, {"Art", "Kooperationsart", "Typ", "Kind", "Type"}},
      {"directed", false, {}, {"gerichtet", "Richtung", "Directed", "von A nach B"}},
      {"intensity", false, {}, {"Intensität", "Stärke", "Intensity"}},
      {"since", false, {}, kSinceHeadings},
      {"until", false, {}, kUntilHeadings},
      {"note", false, {}, {"Notiz", "Bemerkung", "Anmerkung", "Note", "Notes"}},
  };
  return fields;
}

// Normalised heading -> field, per kind.
const std::map<std::string, std::string>& heading_fields(ImportKind kind) {
  static const auto tables = [] {
    std::map<ImportKind, std::map<std::string, std::string>> out;
    for (auto k : kImportKinds) {
      auto& m = out[k];
      for (const auto& field : import_fields(k)) {
        m.emplace(domain::normalise_for_search(field.key), std::string(field.key));
        for (auto h : field.headings) m.emplace(domain::normalise_for_search(h), std::string(field.key));
      }
    }
    return out;
  }();
  return tables.at(kind);
}

std::unique_ptr<import_detail::ImportRules> rules_of(ImportKind kind) {
  switch (kind) {
    case ImportKind::organisations:
      return import_detail::organisation_rules();
    case ImportKind::contacts:
      return import_detail::contact_rules();
    case ImportKind::networks:
      return import_detail::network_rules();
    case ImportKind::memberships:
      return import_detail::membership_rules();
    case ImportKind::ties:
      return import_detail::tie_rules();
  }
  return import_detail::organisation_rules();
}

}  // namespace

const std::vector<ImportField>& import_fields(ImportKind kind) {
  switch (kind) {
    case ImportKind::organisations:
      return organisation_fields();
    case ImportKind::contacts:
      return contact_fields();
    case ImportKind::networks:
      return network_fields();
    case ImportKind::memberships:
      return membership_fields();
    case ImportKind::ties:
      return tie_fields();
  }
  return organisation_fields();
}

bool is_import_field(ImportKind kind, std::string_view field) {
  const auto& fields = import_fields(kind);
  return std::any_of(fields.begin(), fields.end(), [&](const ImportField& f) { return f.key == field; });
}

std::vector<std::string> default_mapping(ImportKind kind, const std::vector<std::string>& header) {
  std::vector<std::string> mapping(header.size());
  std::set<std::string> taken;
  const auto& headings = heading_fields(kind);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto found = headings.find(domain::normalise_for_search(header[i]));
    if (found == headings.end() || taken.contains(found->second)) continue;
    mapping[i] = found->second;
    taken.insert(found->second);
  }
  return mapping;
}

std::optional<bool> parse_import_flag(std::string_view text) {
  const auto t = domain::normalise_for_search(text);
  if (t == "1" || t == "ja" || t == "j" || t == "yes" || t == "y" || t == "x" || t == "wahr" || t == "true")
    return true;
  if (t.empty() || t == "0" || t == "nein" || t == "n" || t == "no" || t == "falsch" || t == "false") return false;
  return std::nullopt;
}

// ===================================================================== ImportRow

namespace import_detail {

std::optional<std::string> ImportRow::value(std::string_view field) const {
  const auto found = column_of_.find(std::string(field));
  if (found == column_of_.end()) return std::nullopt;
  const auto& cells = table_.rows[index_];
  return found->second < cells.size() ? domain::trim(cells[found->second]) : std::string();
}

std::optional<std::string> ImportRow::given(std::string_view field) const {
  auto v = value(field);
  if (!v || v->empty()) return std::nullopt;
  return v;
}

std::string ImportRow::column(std::string_view field) const {
  const auto found = column_of_.find(std::string(field));
  return found == column_of_.end() ? std::string(field) : table_.header[found->second];
}

void ImportRow::problem(std::string_view field, std::string key, std::string detail) {
  report_.problems.push_back({column(field), std::move(key), std::move(detail)});
}

bool ImportRow::has_problem(std::string_view field) const {
  const auto name = column(field);
  return std::any_of(report_.problems.begin(), report_.problems.end(),
                     [&](const ImportProblem& p) { return p.column == name; });
}

void ImportRow::problems(const domain::FieldErrors& errors,
                         const std::map<std::string, std::vector<std::string>>& fields_of) {
  for (const auto& [domain_field, key] : errors) {
    std::string field = domain_field;
    if (auto found = fields_of.find(domain_field); found != fields_of.end() && !found->second.empty()) {
      field = found->second.front();
      for (const auto& candidate : found->second)
        if (mapped(candidate)) {
          field = candidate;
          break;
        }
    }
    if (!has_problem(field)) problem(field, key);
  }
}

std::optional<std::string> ImportRow::alias_of(std::string_view field, std::string_view text) const {
  const auto table = options_.aliases.find(std::string(field));
  if (table == options_.aliases.end()) return std::nullopt;
  const auto found = table->second.find(domain::normalise_for_search(text));
  if (found == table->second.end()) return std::nullopt;
  return found->second;
}

std::string ImportRow::date(std::string_view text) {
  // D.M.YYYY or DD.MM.YYYY, as German Excel writes dates into CSV.
  const auto first = text.find('.');
  const auto second = first == std::string_view::npos ? first : text.find('.', first + 1);
  if (second == std::string_view::npos) return std::string(text);
  const auto day = text.substr(0, first);
  const auto month = text.substr(first + 1, second - first - 1);
  const auto year = text.substr(second + 1);
  const auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(day) || !digits(month) || !digits(year) || day.size() > 2 || month.size() > 2 || year.size() != 4)
    return std::string(text);
  const auto two = [](std::string_view s) { return s.size() == 1 ? "0" + std::string(s) : std::string(s); };
  return std::string(year) + "-" + two(month) + "-" + two(day);
}

std::optional<std::size_t> InFileDuplicates::check(const std::string& key, std::size_t row) {
  const auto [at, inserted] = first_row_.emplace(key, row);
  if (inserted) return std::nullopt;
  return at->second;
}

}  // namespace import_detail

// ===================================================================== the engine

Result<ImportReport> RegisterService::import(const RegisterCaller& who, ImportKind kind, const Table& table,
                                             const std::vector<std::string>& mapping, const ImportOptions& options,
                                             std::int64_t now) {
  if (auto r = require_staff(who); !r) return r.error();
  // The mapping: field -> column index; unknown, twice, and required fields without a column.
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 0; i < mapping.size() && i < table.header.size(); ++i) {
    if (mapping[i].empty()) continue;
    if (!is_import_field(kind, mapping[i]))
      return Error::invalid("import.error.mapping", {{mapping[i], "import.error.unknown_field"}});
    if (column_of.contains(mapping[i]))
      return Error::invalid("import.error.mapping", {{mapping[i], "import.error.mapped_twice"}});
    column_of[mapping[i]] = i;
  }
  domain::FieldErrors missing;
  for (const auto& field : import_fields(kind)) {
    if (!field.required || column_of.contains(std::string(field.key))) continue;
    if (!field.one_of.empty()) {
      const auto& all = import_fields(kind);
      const bool alternative = std::any_of(all.begin(), all.end(), [&](const ImportField& f) {
        return f.one_of == field.one_of && column_of.contains(std::string(f.key));
      });
      if (alternative) continue;
      // Reported once per group, on the group's first field (e.g. "organisation").
      if (field.key != field.one_of) continue;
      missing[std::string(field.key)] = "import.error.missing_one_of";
      continue;
    }
    missing[std::string(field.key)] = "import.error.missing_column";
  }
  if (!missing.empty()) return Error::invalid("import.error.mapping", std::move(missing));

  const auto total = table.rows.size();
  const auto report_progress = [&](std::string_view phase, std::size_t done) {
    if (options.progress && (done % 500 == 0 || done == total)) options.progress(phase, done, total);
  };

  const auto run = [&](storage::UnitOfWork& uow, bool write) -> Result<ImportReport> {
    auto rules = rules_of(kind);
    if (auto loaded = rules->load(uow, who.region_id); !loaded) return loaded.error();
    ImportReport report;
    report.kind = kind;
    report.rows.resize(total);
    for (std::size_t r = 0; r < total; ++r) {
      auto& line = report.rows[r];
      line.row = r + 2;  // the header is row 1
      import_detail::ImportRow row(table, r, column_of, options, line);
      const bool update = rules->check(row);
      if (!line.problems.empty()) {
        line.outcome = ImportRowReport::Outcome::rejected;
        ++report.rejected;
      } else if (update) {
        line.outcome = ImportRowReport::Outcome::updated;
        ++report.updated;
      } else {
        line.outcome = ImportRowReport::Outcome::created;
        ++report.created;
      }
      if (!line.duplicates.empty() || !line.duplicate_rows.empty()) ++report.flagged;
      report_progress("check", r + 1);
    }
    if (write && report.rejected == 0) {
      for (std::size_t r = 0; r < total; ++r) {
        if (auto written = rules->write(uow, who, r, now); !written) return written.error();
        report_progress("write", r + 1);
      }
      report.committed = true;
    }
    return report;
  };

  // A dry run reads only; a commit checks and writes inside ONE write transaction, so the rows
  // are checked against exactly the data they are written to.
  if (options.dry_run) return db_.read_value([&](storage::UnitOfWork& uow) { return run(uow, false); });
  return db_.write_value([&](storage::UnitOfWork& uow) { return run(uow, true); });
}

}  // namespace bb::services
