#pragma once
// Repository interfaces of the register (issue 3: Akteure & Netzwerke). As in repositories.hpp,
// every method runs inside the transaction of its UnitOfWork, and every method takes the
// region id: a row of another region is never read, changed or deleted (find yields nullopt,
// update/remove yield false), so a caller cannot forget the tenant filter.
// Search terms are matched word by word (the first eight words) against the normalised name
// (domain/normalise.hpp).

#include "core/result.hpp"
#include "domain/register.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bb::storage {

using domain::Id;
using domain::UnixTime;

// One page of a list and the number of rows of the whole (filtered) list.
template <typename T>
struct PageOf {
  std::vector<T> items;
  std::int64_t total = 0;
};

// ----- organisations --------------------------------------------------------------------------

struct OrganisationQuery {
  std::optional<std::string> type;
  std::optional<Id> municipality_id;
  std::optional<Id> network_id;  // members of this network ...
  std::string as_of;             // ... on this date ("YYYY-MM-DD"; empty: at any time)
  std::optional<std::string> tag;
  std::optional<bool> migrant_led;
  std::optional<bool> active;
  std::string search;  // as typed
  enum class Sort { name, type, municipality, updated } sort = Sort::name;
  bool descending = false;
  int limit = 50;
  int offset = 0;
};

// What still points at an organisation; while any is non-zero it cannot be deleted.
struct OrganisationDependants {
  std::int64_t contacts = 0;
  std::int64_t memberships = 0;
  std::int64_t ties = 0;
  std::int64_t led_networks = 0;
  std::int64_t partner_users = 0;
  std::int64_t offers = 0;  // offers it provides and needs it reported (issue 5)
  std::int64_t needs = 0;
  std::int64_t plan_measures = 0;  // action-plan measures it leads, supports or carries on (issue 6)
  bool any() const {
    return contacts + memberships + ties + led_networks + partner_users + offers + needs + plan_measures > 0;
  }
};

// What a form's choice of organisations needs of each.
struct OrganisationName {
  Id id = 0;
  std::string name;
  bool active = true;
};

class OrganisationRepository {
 public:
  virtual ~OrganisationRepository() = default;
  // The record's id and region_id are ignored; the region is the argument.
  virtual Result<Id> create(Id region_id, const domain::Organisation& organisation, UnixTime now) = 0;
  // False if there is no such organisation in that region.
  virtual Result<bool> update(Id region_id, const domain::Organisation& organisation, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id organisation_id) = 0;
  virtual Result<std::optional<domain::Organisation>> find(Id region_id, Id organisation_id) = 0;
  virtual Result<PageOf<domain::Organisation>> list(Id region_id, const OrganisationQuery& query) = 0;
  // Every organisation of the region by name, without a limit (list() returns at most 1000 rows
  // a page): the choices of forms. Reads three columns only.
  virtual Result<std::vector<OrganisationName>> names(Id region_id) = 0;
  // Organisations whose normalised name equals that of `name` in the same municipality (or, if
  // municipality_id is empty, without one): likely duplicates for forms and imports.
  virtual Result<std::vector<domain::Organisation>> likely_duplicates(Id region_id, std::string_view name,
                                                                      std::optional<Id> municipality_id) = 0;
  virtual Result<OrganisationDependants> dependants(Id region_id, Id organisation_id) = 0;

  // Region-defined organisation types (the built-in ones are domain::kBuiltinOrganisationTypes)
  // by label: the active ones (what forms, filters and imports offer) ...
  virtual Result<std::vector<domain::OrganisationType>> custom_types(Id region_id) = 0;
  // ... and all, the inactive ones too (the admin's list).
  virtual Result<std::vector<domain::OrganisationType>> all_custom_types(Id region_id) = 0;
  // A key taken in the region is a conflict.
  virtual Result<Id> add_custom_type(Id region_id, std::string_view key, std::string_view label,
                                     std::string_view label_en) = 0;
  // Changes the labels and the active flag of the type with that key; false if the region has none.
  virtual Result<bool> update_custom_type(Id region_id, const domain::OrganisationType& type) = 0;
  virtual Result<std::int64_t> count_of_type(Id region_id, std::string_view type) = 0;

  // The organisation a partner user of that region represents (users.organisation_id).
  virtual Result<std::optional<Id>> partner_organisation(Id region_id, Id user_id) = 0;
  // False if the user is not in that region.
  virtual Result<bool> set_partner_organisation(Id region_id, Id user_id, std::optional<Id> organisation_id) = 0;
};

// ----- contacts -------------------------------------------------------------------------------

struct ContactQuery {
  std::optional<Id> organisation_id;
  std::string search;  // on the name
  bool include_anonymised = true;
  int limit = 50;
  int offset = 0;
};

class ContactRepository {
 public:
  virtual ~ContactRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Contact& contact, UnixTime now) = 0;
  virtual Result<bool> update(Id region_id, const domain::Contact& contact, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id contact_id) = 0;
  virtual Result<std::optional<domain::Contact>> find(Id region_id, Id contact_id) = 0;
  // Sorted by name.
  virtual Result<PageOf<domain::Contact>> list(Id region_id, const ContactQuery& query) = 0;
  // Keeps the row (and everything pointing to it) and blanks every personal field: the name
  // becomes empty, function, e-mail, phone, languages and the consent date are cleared.
  virtual Result<bool> anonymise(Id region_id, Id contact_id, UnixTime now) = 0;
  // Replaces the field JSON of one of the contact's own audit entries (object_type "contact",
  // that id, that region), so that anonymisation also removes the personal values from the
  // history. False if the entry is not the contact's.
  virtual Result<bool> redact_audit_entry(Id region_id, Id contact_id, Id audit_entry_id, std::string_view before_json,
                                          std::string_view after_json) = 0;
};

// ----- networks -------------------------------------------------------------------------------

struct NetworkQuery {
  std::optional<domain::NetworkFocus> focus;
  std::optional<domain::NetworkStatus> status;
  std::optional<Id> municipality_id;  // networks covering this municipality
  std::string search;
  enum class Sort { name, status, updated } sort = Sort::name;
  bool descending = false;
  int limit = 50;
  int offset = 0;
};

struct NetworkDependants {
  std::int64_t memberships = 0;
  std::int64_t transfers = 0;
  bool any() const { return memberships + transfers > 0; }
};

class NetworkRepository {
 public:
  virtual ~NetworkRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Network& network, UnixTime now) = 0;
  virtual Result<bool> update(Id region_id, const domain::Network& network, UnixTime now) = 0;
  virtual Result<bool> remove(Id region_id, Id network_id) = 0;
  virtual Result<std::optional<domain::Network>> find(Id region_id, Id network_id) = 0;
  virtual Result<PageOf<domain::Network>> list(Id region_id, const NetworkQuery& query) = 0;
  virtual Result<NetworkDependants> dependants(Id region_id, Id network_id) = 0;
};

// ----- memberships ----------------------------------------------------------------------------

struct MembershipView {
  domain::Membership membership;
  std::string network_name;
  std::string organisation_name;
};

class MembershipRepository {
 public:
  virtual ~MembershipRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Membership& membership) = 0;
  virtual Result<bool> update(Id region_id, const domain::Membership& membership) = 0;
  virtual Result<bool> remove(Id region_id, Id membership_id) = 0;
  virtual Result<std::optional<domain::Membership>> find(Id region_id, Id membership_id) = 0;
  // Members of a network (sorted by organisation name) / networks of an organisation (sorted
  // by network name) on `as_of` ("YYYY-MM-DD"; empty: every period).
  virtual Result<std::vector<MembershipView>> of_network(Id region_id, Id network_id, std::string_view as_of) = 0;
  virtual Result<std::vector<MembershipView>> of_organisation(Id region_id, Id organisation_id,
                                                              std::string_view as_of) = 0;
};

// ----- cooperation ties -----------------------------------------------------------------------

struct TieView {
  domain::Tie tie;
  std::string organisation_a_name;
  std::string organisation_b_name;
};

class TieRepository {
 public:
  virtual ~TieRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Tie& tie) = 0;
  virtual Result<bool> update(Id region_id, const domain::Tie& tie) = 0;
  virtual Result<bool> remove(Id region_id, Id tie_id) = 0;
  virtual Result<std::optional<domain::Tie>> find(Id region_id, Id tie_id) = 0;
  // Ties where the organisation is a or b.
  virtual Result<std::vector<TieView>> of_organisation(Id region_id, Id organisation_id) = 0;
  // Every tie of the region (for the network map).
  virtual Result<std::vector<TieView>> list(Id region_id) = 0;
};

// ----- transfers ------------------------------------------------------------------------------

struct TransferView {
  domain::Transfer transfer;
  std::string from_network_name;  // empty when that end is an event
  std::string to_network_name;
};

// What came into a network and what went out of it, newest first.
struct NetworkTransfers {
  std::vector<TransferView> incoming;
  std::vector<TransferView> outgoing;
};

class TransferRepository {
 public:
  virtual ~TransferRepository() = default;
  virtual Result<Id> create(Id region_id, const domain::Transfer& transfer, UnixTime now) = 0;
  virtual Result<bool> update(Id region_id, const domain::Transfer& transfer) = 0;
  virtual Result<bool> remove(Id region_id, Id transfer_id) = 0;
  virtual Result<std::optional<domain::Transfer>> find(Id region_id, Id transfer_id) = 0;
  virtual Result<NetworkTransfers> of_network(Id region_id, Id network_id) = 0;
  // Newest first.
  virtual Result<PageOf<TransferView>> list(Id region_id, int limit, int offset) = 0;
};

}  // namespace bb::storage
