#pragma once
// SOCI implementations of the register repositories (storage/register_repositories.hpp), and
// the helper that binds the variable set of values of a filtered list query.

#include "storage/register_repositories.hpp"
#include "storage/soci/statement_cache.hpp"

#include <soci/soci.h>

#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bb::storage::soci_impl {

// Builds SQL with a variable number of bound values: value() keeps the value and returns its
// placeholder for the SQL text; bind() attaches all of them to the prepared statement. Values are never formatted into
// the SQL text.
class Bindings {
 public:
  std::string value(long long v) {
    ints_.push_back(v);
    order_.emplace_back(false, ints_.size() - 1);
    return next();
  }
  std::string value(std::string v) {
    texts_.push_back(std::move(v));
    order_.emplace_back(true, texts_.size() - 1);
    return next();
  }
  // Binds by name, so the placeholders may appear in the SQL text in any order (the order in
  // which C++ evaluates the operands of one `+` chain is unspecified).
  void bind(soci::details::prepare_temp_type& prep) {
    for (std::size_t k = 0; k < order_.size(); ++k) {
      const auto& [text, i] = order_[k];
      const std::string name = "p" + std::to_string(k + 1);
      if (text) {
        prep, soci::use(texts_[i], name);
      } else {
        prep, soci::use(ints_[i], name);
      }
    }
  }

 private:
  std::string next() { return ":p" + std::to_string(order_.size()); }
  std::deque<long long> ints_;  // deques: references stay valid while values are added
  std::deque<std::string> texts_;
  std::vector<std::pair<bool, std::size_t>> order_;
};

// " AND <column> LIKE '%word%'" for each normalised word of the search term (at most eight).
void append_search(std::string& where, Bindings& binds, const std::string& column, std::string_view search);
// Runs a query whose first column of the first row is an integer (COUNT(*) and the like).
std::int64_t query_int(soci::session& sql, const std::string& query, Bindings& binds);
// Runs a statement and tells whether it changed a row.
bool execute_changed(soci::session& sql, const std::string& statement, Bindings& binds);

class SociOrganisationRepository final : public OrganisationRepository {
 public:
  SociOrganisationRepository(soci::session& sql, StatementCache& cache) : sql_(sql), cache_(cache) {}
  Result<Id> create(Id region_id, const domain::Organisation& organisation, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Organisation& organisation, UnixTime now) override;
  Result<bool> remove(Id region_id, Id organisation_id) override;
  Result<std::optional<domain::Organisation>> find(Id region_id, Id organisation_id) override;
  Result<PageOf<domain::Organisation>> list(Id region_id, const OrganisationQuery& query) override;
  Result<std::vector<OrganisationName>> names(Id region_id) override;
  Result<std::vector<domain::Organisation>> likely_duplicates(Id region_id, std::string_view name,
                                                              std::optional<Id> municipality_id) override;
  Result<OrganisationDependants> dependants(Id region_id, Id organisation_id) override;
  Result<std::vector<domain::OrganisationType>> custom_types(Id region_id) override;
  Result<std::vector<domain::OrganisationType>> all_custom_types(Id region_id) override;
  Result<Id> add_custom_type(Id region_id, std::string_view key, std::string_view label,
                             std::string_view label_en) override;
  Result<bool> update_custom_type(Id region_id, const domain::OrganisationType& type) override;
  Result<std::int64_t> count_of_type(Id region_id, std::string_view type) override;
  Result<std::optional<Id>> partner_organisation(Id region_id, Id user_id) override;
  Result<bool> set_partner_organisation(Id region_id, Id user_id, std::optional<Id> organisation_id) override;

  // Writes the tag rows still held back (see pending_tags_); the unit of work calls it before
  // COMMIT.
  void flush();

 private:
  // replace: delete the organisation's tags first (an update; a new organisation has none).
  void write_tags(Id region_id, Id organisation_id, const std::vector<std::string>& tags, bool replace);
  std::vector<domain::OrganisationType> types(Id region_id, bool only_active);
  soci::session& sql_;
  StatementCache& cache_;
  // Tag rows of created organisations not yet written: an import creates one organisation per
  // row, and a round trip per tag cost PostgreSQL a fifth of it (docs/PERFORMANCE.md). Written
  // in multi-row INSERTs, before anything here reads or deletes tags, and before COMMIT.
  struct PendingTag {
    Id region_id = 0;
    Id organisation_id = 0;
    std::string tag;
  };
  std::vector<PendingTag> pending_tags_;
};

class SociContactRepository final : public ContactRepository {
 public:
  explicit SociContactRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Contact& contact, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Contact& contact, UnixTime now) override;
  Result<bool> remove(Id region_id, Id contact_id) override;
  Result<std::optional<domain::Contact>> find(Id region_id, Id contact_id) override;
  Result<PageOf<domain::Contact>> list(Id region_id, const ContactQuery& query) override;
  Result<bool> anonymise(Id region_id, Id contact_id, UnixTime now) override;
  Result<bool> redact_audit_entry(Id region_id, Id contact_id, Id audit_entry_id, std::string_view before_json,
                                  std::string_view after_json) override;

 private:
  soci::session& sql_;
};

class SociNetworkRepository final : public NetworkRepository {
 public:
  explicit SociNetworkRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Network& network, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Network& network, UnixTime now) override;
  Result<bool> remove(Id region_id, Id network_id) override;
  Result<std::optional<domain::Network>> find(Id region_id, Id network_id) override;
  Result<PageOf<domain::Network>> list(Id region_id, const NetworkQuery& query) override;
  Result<NetworkDependants> dependants(Id region_id, Id network_id) override;

 private:
  void write_municipalities(Id region_id, Id network_id, const std::vector<Id>& municipality_ids);
  std::vector<Id> municipalities_of(Id network_id);
  soci::session& sql_;
};

class SociMembershipRepository final : public MembershipRepository {
 public:
  explicit SociMembershipRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Membership& membership) override;
  Result<bool> update(Id region_id, const domain::Membership& membership) override;
  Result<bool> remove(Id region_id, Id membership_id) override;
  Result<std::optional<domain::Membership>> find(Id region_id, Id membership_id) override;
  Result<std::vector<MembershipView>> of_network(Id region_id, Id network_id, std::string_view as_of) override;
  Result<std::vector<MembershipView>> of_organisation(Id region_id, Id organisation_id,
                                                      std::string_view as_of) override;

 private:
  std::vector<MembershipView> views(Id region_id, const char* side_column, Id side_id, std::string_view as_of,
                                    const char* order_by);
  soci::session& sql_;
};

class SociTieRepository final : public TieRepository {
 public:
  explicit SociTieRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Tie& tie) override;
  Result<bool> update(Id region_id, const domain::Tie& tie) override;
  Result<bool> remove(Id region_id, Id tie_id) override;
  Result<std::optional<domain::Tie>> find(Id region_id, Id tie_id) override;
  Result<std::vector<TieView>> of_organisation(Id region_id, Id organisation_id) override;
  Result<std::vector<TieView>> list(Id region_id) override;

 private:
  soci::session& sql_;
};

class SociTransferRepository final : public TransferRepository {
 public:
  explicit SociTransferRepository(soci::session& sql) : sql_(sql) {}
  Result<Id> create(Id region_id, const domain::Transfer& transfer, UnixTime now) override;
  Result<bool> update(Id region_id, const domain::Transfer& transfer) override;
  Result<bool> remove(Id region_id, Id transfer_id) override;
  Result<std::optional<domain::Transfer>> find(Id region_id, Id transfer_id) override;
  Result<NetworkTransfers> of_network(Id region_id, Id network_id) override;
  Result<PageOf<TransferView>> list(Id region_id, int limit, int offset) override;

 private:
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
