#include "services/organisation_import.hpp"

#include <algorithm>

#include "domain/normalise.hpp"

namespace bb::services {

bool is_organisation_import_field(std::string_view field) {
  return std::find(kOrganisationImportFields.begin(), kOrganisationImportFields.end(), field) !=
         kOrganisationImportFields.end();
}

namespace {

// Normalised heading -> field. Headings are compared after domain::normalise_for_search, so
// "E-Mail", "e mail" and "EMAIL" are one.
const std::map<std::string, std::string>& heading_fields() {
  static const std::map<std::string, std::string> fields = [] {
    std::map<std::string, std::string> m;
    const auto add = [&](std::string_view field, std::initializer_list<std::string_view> headings) {
      m[domain::normalise_for_search(field)] = std::string(field);
      for (auto h : headings) m[domain::normalise_for_search(h)] = std::string(field);
    };
    add("id", {"ID", "Nr", "Kennung"});
    add("name", {"Name", "Organisation", "Akteur", "Bezeichnung", "Organisation name"});
    add("type", {"Typ", "Art", "Type", "Organisationstyp"});
    add("municipality", {"Kommune", "Gemeinde", "Stadt", "Ort", "Municipality", "Town"});
    add("address", {"Adresse", "Anschrift", "Address"});
    add("website", {"Website", "Webseite", "Internet", "Homepage", "URL"});
    add("email", {"E-Mail", "Email", "Mail"});
    add("phone", {"Telefon", "Tel", "Phone", "Telephone"});
    add("languages", {"Sprachen", "Languages"});
    add("tags", {"Schlagworte", "Schlagwörter", "Tags"});
    add("notes", {"Notizen", "Bemerkungen", "Anmerkungen", "Notes"});
    add("active", {"Aktiv", "Active"});
    add("size", {"Größe", "Betriebsgröße", "Size"});
    add("sector", {"Branche", "Sektor", "Sector", "Industry"});
    add("migrant_led", {"migrantisch geführt", "Migrant-led", "migrant led"});
    add("may_train", {"Ausbildungsberechtigung", "AEVO", "darf ausbilden", "May train"});
    add("trains_now", {"bildet aus", "Trains now", "bildet derzeit aus"});
    return m;
  }();
  return fields;
}

}  // namespace

std::vector<std::string> default_organisation_mapping(const std::vector<std::string>& header) {
  std::vector<std::string> mapping(header.size());
  std::vector<std::string> taken;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto found = heading_fields().find(domain::normalise_for_search(header[i]));
    if (found == heading_fields().end()) continue;
    if (std::find(taken.begin(), taken.end(), found->second) != taken.end()) continue;
    mapping[i] = found->second;
    taken.push_back(found->second);
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

}  // namespace bb::services
