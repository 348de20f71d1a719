#pragma once
// The register (issue 3, Akteure & Netzwerke): organisations, contacts, networks, memberships,
// cooperation ties and transfers. Every write validates all fields into one Error, checks that
// everything it points to lies in the caller's region, and runs as one transaction with its
// audit entry ("create": all fields after; "update": the changed fields before and after;
// "delete": all fields before).
//
// Who may write (reads are open to every regional role; the web layer decides what to show):
//  - admin and staff: everything in their region; only admins add organisation types and link
//    partner users to their organisation;
//  - partner: the profile of their own organisation (users.organisation_id; not its type or
//    active flag) and its contacts, nothing else;
//  - counsellor and national: nothing.
// Deleting an organisation or a network is refused (conflict, with the dependants named in
// error.fields) while other records point to it; deactivating it (archive) always works.

#include "core/result.hpp"
#include "domain/register.hpp"
#include "services/actor.hpp"
#include "services/import.hpp"
#include "services/spreadsheet.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::services {

// The caller of a register write: the audit actor plus the role and region that decide what
// they may change.
struct RegisterCaller {
  Actor actor;
  domain::Id region_id = 0;
  domain::Role role = domain::Role::partner;

  // For a web or API request of that (regional) user.
  static RegisterCaller of(const domain::User& user, std::string request_id);
  // For the CLI and the demo data: staff rights in that region, no user.
  static RegisterCaller operator_in(domain::Id region_id);
};

// A type as offered in forms: built-in (label_key is a catalog key) or region-defined (label,
// label_en; display_label picks the one of the language).
struct OrganisationTypeOption {
  std::string key;
  std::string label_key;  // "register.type.<key>" for built-in types, empty otherwise
  std::string label;      // region-defined types only: German ...
  std::string label_en;   // ... and English (empty: the German one)
  bool active = true;
  const std::string& display_label(domain::UiLanguage language) const {
    return language == domain::UiLanguage::en && !label_en.empty() ? label_en : label;
  }
};

// A row of the region admin's list of types: how many organisations have it (a used type
// cannot be deactivated).
struct RegionTypeUse {
  OrganisationTypeOption type;
  std::int64_t organisations = 0;
};

// What an admin enters for a region-defined type. key: empty = derived from the German label;
// otherwise made a "custom_..." slug (domain::custom_type_key).
struct OrganisationTypeInput {
  std::string key;
  std::string label;
  std::string label_en;
};

// The one rule for writes that belong to an organisation (its profile, contacts, offers):
// admin and staff of the region, or the partner user who represents that organisation.
Result<void> may_edit_organisation(storage::UnitOfWork& uow, const RegisterCaller& who, domain::Id organisation_id);

class RegisterService {
 public:
  explicit RegisterService(storage::Database& db) : db_(db) {}

  // ----- organisations -----
  Result<domain::Id> create_organisation(const RegisterCaller& who, domain::Organisation input, std::int64_t now);
  Result<void> update_organisation(const RegisterCaller& who, domain::Organisation input, std::int64_t now);
  // Archive instead of delete: sets active (allowed while dependants exist).
  Result<void> set_organisation_active(const RegisterCaller& who, domain::Id organisation_id, bool active,
                                       std::int64_t now);
  Result<void> delete_organisation(const RegisterCaller& who, domain::Id organisation_id, std::int64_t now);
  Result<std::optional<domain::Organisation>> find_organisation(domain::Id region_id, domain::Id organisation_id);
  // Every organisation of the region (id, name, active) by name: the choices of forms.
  Result<std::vector<storage::OrganisationName>> organisation_names(domain::Id region_id);
  Result<storage::PageOf<domain::Organisation>> list_organisations(domain::Id region_id,
                                                                   const storage::OrganisationQuery& query);
  Result<storage::OrganisationDependants> organisation_dependants(domain::Id region_id, domain::Id organisation_id);
  Result<std::vector<domain::Organisation>> likely_duplicates(domain::Id region_id, std::string_view name,
                                                              std::optional<domain::Id> municipality_id);

  // Built-in types first (in the order of issue 3), then the region's own active ones, by label.
  Result<std::vector<OrganisationTypeOption>> organisation_types(domain::Id region_id);
  // Admins only: built-in and all region-defined types (inactive too) with their use.
  Result<std::vector<RegionTypeUse>> region_types(const RegisterCaller& who);
  // Admins only. Returns the new type's key ("custom_..."). Field errors: label, label_en, key
  // (validation.type_exists: a type of that label or key exists).
  Result<std::string> add_organisation_type(const RegisterCaller& who, const OrganisationTypeInput& input,
                                            std::int64_t now);
  // Admins only: new labels for a region-defined type (the key stays; organisations keep it).
  Result<void> rename_organisation_type(const RegisterCaller& who, std::string_view key, const OrganisationTypeInput& input,
                                        std::int64_t now);
  // Admins only: deactivating is a conflict ("register_admin.error.type_in_use", field
  // "organisations") while organisations have the type; built-in types are not found.
  Result<void> set_organisation_type_active(const RegisterCaller& who, std::string_view key, bool active,
                                            std::int64_t now);

  // Admins only: which organisation a partner user represents (nullopt: none).
  Result<void> set_partner_organisation(const RegisterCaller& who, domain::Id user_id,
                                        std::optional<domain::Id> organisation_id, std::int64_t now);
  Result<std::optional<domain::Id>> partner_organisation(domain::Id region_id, domain::Id user_id);

  // Staff only. Imports records of one kind from a CSV table whose columns are mapped to fields
  // (`mapping[i]`: the field of column i, "" = ignored; see import.hpp for the guarantees: every
  // row checked first, per-row report, all rows written in ONE transaction or none).
  // services/import_engine.cpp.
  Result<ImportReport> import(const RegisterCaller& who, ImportKind kind, const Table& table,
                              const std::vector<std::string>& mapping, const ImportOptions& options, std::int64_t now);
  Result<ImportReport> import_organisations(const RegisterCaller& who, const Table& table,
                                            const std::vector<std::string>& mapping, const ImportOptions& options,
                                            std::int64_t now) {
    return import(who, ImportKind::organisations, table, mapping, options, now);
  }

  // ----- contacts -----
  Result<domain::Id> create_contact(const RegisterCaller& who, domain::Contact input, std::int64_t now);
  // An anonymised contact cannot be edited any more (conflict).
  Result<void> update_contact(const RegisterCaller& who, domain::Contact input, std::int64_t now);
  Result<void> delete_contact(const RegisterCaller& who, domain::Id contact_id, std::int64_t now);
  // Blanks the personal fields, keeps the row and what points to it, and redacts the personal
  // values in the contact's earlier audit entries (the field names stay, for the history).
  Result<void> anonymise_contact(const RegisterCaller& who, domain::Id contact_id, std::int64_t now);
  Result<std::optional<domain::Contact>> find_contact(domain::Id region_id, domain::Id contact_id);
  Result<storage::PageOf<domain::Contact>> list_contacts(domain::Id region_id, const storage::ContactQuery& query);

  // ----- networks -----
  Result<domain::Id> create_network(const RegisterCaller& who, domain::Network input, std::int64_t now);
  Result<void> update_network(const RegisterCaller& who, domain::Network input, std::int64_t now);
  Result<void> delete_network(const RegisterCaller& who, domain::Id network_id, std::int64_t now);
  Result<std::optional<domain::Network>> find_network(domain::Id region_id, domain::Id network_id);
  Result<storage::PageOf<domain::Network>> list_networks(domain::Id region_id, const storage::NetworkQuery& query);
  Result<storage::NetworkDependants> network_dependants(domain::Id region_id, domain::Id network_id);

  // ----- memberships -----
  // Refused (validation.membership_overlap on "since") if the organisation already has a
  // membership of that network in an overlapping period.
  Result<domain::Id> create_membership(const RegisterCaller& who, domain::Membership input, std::int64_t now);
  Result<void> update_membership(const RegisterCaller& who, domain::Membership input, std::int64_t now);
  Result<void> delete_membership(const RegisterCaller& who, domain::Id membership_id, std::int64_t now);
  // as_of: "YYYY-MM-DD", empty for every period.
  Result<std::vector<storage::MembershipView>> members_of(domain::Id region_id, domain::Id network_id,
                                                          std::string_view as_of);
  Result<std::vector<storage::MembershipView>> networks_of(domain::Id region_id, domain::Id organisation_id,
                                                           std::string_view as_of);

  // ----- cooperation ties -----
  Result<domain::Id> create_tie(const RegisterCaller& who, domain::Tie input, std::int64_t now);
  Result<void> update_tie(const RegisterCaller& who, domain::Tie input, std::int64_t now);
  Result<void> delete_tie(const RegisterCaller& who, domain::Id tie_id, std::int64_t now);
  Result<std::vector<storage::TieView>> ties_of(domain::Id region_id, domain::Id organisation_id);

  // ----- transfers -----
  Result<domain::Id> create_transfer(const RegisterCaller& who, domain::Transfer input, std::int64_t now);
  Result<void> update_transfer(const RegisterCaller& who, domain::Transfer input, std::int64_t now);
  Result<void> delete_transfer(const RegisterCaller& who, domain::Id transfer_id, std::int64_t now);
  Result<storage::NetworkTransfers> transfers_of(domain::Id region_id, domain::Id network_id);
  Result<storage::PageOf<storage::TransferView>> list_transfers(domain::Id region_id, int limit, int offset);

  // The change history of one record (object_type: organisation, contact, network, membership,
  // tie, transfer), newest first.
  Result<std::vector<domain::AuditEntry>> history(domain::Id region_id, std::string_view object_type,
                                                  domain::Id object_id);

 private:
  storage::Database& db_;
};

}  // namespace bb::services
