// Memberships (organisation x network), cooperation ties (organisation x organisation) and
// transfers (bridge work between networks or events).
#include "storage/soci/register_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>

namespace bb::storage::soci_impl {

namespace {

long long id_value(Id id) {
  return static_cast<long long>(id);
}

soci::rowset<soci::row> run(soci::session& sql, const std::string& query, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << query);
  binds.bind(prep);
  return soci::rowset<soci::row>(prep);
}

// ----- memberships -----

constexpr const char* kMembershipSelect =
    "SELECT ms.id, ms.region_id, ms.network_id, ms.organisation_id, ms.role, ms.since, ms.until, n.name, o.name "
    "FROM memberships ms JOIN networks n ON n.id = ms.network_id JOIN organisations o ON o.id = ms.organisation_id ";

MembershipView read_membership(const RowReader& r) {
  MembershipView v;
  v.membership.id = r.int64(0);
  v.membership.region_id = r.int64(1);
  v.membership.network_id = r.int64(2);
  v.membership.organisation_id = r.int64(3);
  v.membership.role = domain::parse_membership_role(r.text(4)).value_or(domain::MembershipRole::member);
  v.membership.since = r.text(5);
  v.membership.until = r.text(6);
  v.network_name = r.text(7);
  v.organisation_name = r.text(8);
  return v;
}

// ----- ties -----

constexpr const char* kTieSelect =
    "SELECT t.id, t.region_id, t.organisation_a_id, t.organisation_b_id, t.kind, t.directed, t.intensity, t.since, "
    "t.until, t.note, a.name, b.name FROM ties t JOIN organisations a ON a.id = t.organisation_a_id "
    "JOIN organisations b ON b.id = t.organisation_b_id ";

TieView read_tie(const RowReader& r) {
  TieView v;
  v.tie.id = r.int64(0);
  v.tie.region_id = r.int64(1);
  v.tie.organisation_a_id = r.int64(2);
  v.tie.organisation_b_id = r.int64(3);
  v.tie.kind = domain::parse_tie_kind(r.text(4)).value_or(domain::TieKind::information_exchange);
  v.tie.directed = r.int64(5) != 0;
  v.tie.intensity = static_cast<int>(r.int64(6));
  v.tie.since = r.text(7);
  v.tie.until = r.text(8);
  v.tie.note = r.text(9);
  v.organisation_a_name = r.text(10);
  v.organisation_b_name = r.text(11);
  return v;
}

// ----- transfers -----

constexpr const char* kTransferSelect =
    "SELECT t.id, t.region_id, t.on_date, t.topic, t.from_network_id, t.from_event, t.to_network_id, t.to_event, "
    "t.result, t.created_at, COALESCE(fn.name, ''), COALESCE(tn.name, '') FROM transfers t "
    "LEFT JOIN networks fn ON fn.id = t.from_network_id LEFT JOIN networks tn ON tn.id = t.to_network_id ";

TransferView read_transfer(const RowReader& r) {
  TransferView v;
  v.transfer.id = r.int64(0);
  v.transfer.region_id = r.int64(1);
  v.transfer.date = r.text(2);
  v.transfer.topic = r.text(3);
  v.transfer.from.network_id = r.opt_int64(4);
  v.transfer.from.event = r.text(5);
  v.transfer.to.network_id = r.opt_int64(6);
  v.transfer.to.event = r.text(7);
  v.transfer.result = r.text(8);
  v.transfer.created_at = r.int64(9);
  v.from_network_name = r.text(10);
  v.to_network_name = r.text(11);
  return v;
}

std::string nullable(Bindings& b, const std::optional<Id>& id) {
  return id ? b.value(id_value(*id)) : std::string("NULL");
}

}  // namespace

// ===== memberships =====

Result<Id> SociMembershipRepository::create(Id region_id, const domain::Membership& m) {
  Bindings b;
  const std::string values = b.value(id_value(region_id)) + ", " + b.value(id_value(m.network_id)) + ", " +
                             b.value(id_value(m.organisation_id)) + ", " +
                             b.value(std::string(domain::to_string(m.role))) + ", " + b.value(m.since) + ", " +
                             b.value(m.until);
  return Id{query_int(sql_,
                      "INSERT INTO memberships (region_id, network_id, organisation_id, role, since, until) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociMembershipRepository::update(Id region_id, const domain::Membership& m) {
  Bindings b;
  const std::string set = "network_id = " + b.value(id_value(m.network_id)) +
                          ", organisation_id = " + b.value(id_value(m.organisation_id)) +
                          ", role = " + b.value(std::string(domain::to_string(m.role))) +
                          ", since = " + b.value(m.since) + ", until = " + b.value(m.until);
  return execute_changed(sql_,
                         "UPDATE memberships SET " + set + " WHERE id = " + b.value(id_value(m.id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociMembershipRepository::remove(Id region_id, Id membership_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM memberships WHERE id = " + b.value(id_value(membership_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::Membership>> SociMembershipRepository::find(Id region_id, Id membership_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string(kMembershipSelect) + "WHERE ms.id = " + b.value(id_value(membership_id)) +
                      " AND ms.region_id = " + b.value(id_value(region_id)),
                  b);
  for (const auto& row : rows) return std::optional<domain::Membership>(read_membership(RowReader(row)).membership);
  return std::optional<domain::Membership>();
}

std::vector<MembershipView> SociMembershipRepository::views(Id region_id, const char* side_column, Id side_id,
                                                            std::string_view as_of, const char* order_by) {
  Bindings b;
  std::string query = std::string(kMembershipSelect) + "WHERE ms.region_id = " + b.value(id_value(region_id)) +
                      " AND " + side_column + " = " + b.value(id_value(side_id));
  if (!as_of.empty()) {
    query += " AND (ms.since = '' OR ms.since <= " + b.value(std::string(as_of)) +
             ") AND (ms.until = '' OR ms.until >= " + b.value(std::string(as_of)) + ")";
  }
  query += std::string(" ORDER BY ") + order_by + ", ms.since, ms.id";
  auto rows = run(sql_, query, b);
  std::vector<MembershipView> out;
  for (const auto& row : rows) out.push_back(read_membership(RowReader(row)));
  return out;
}

Result<std::vector<MembershipView>> SociMembershipRepository::of_network(Id region_id, Id network_id,
                                                                         std::string_view as_of) {
  return views(region_id, "ms.network_id", network_id, as_of, "o.name_norm");
}

Result<std::vector<MembershipView>> SociMembershipRepository::of_organisation(Id region_id, Id organisation_id,
                                                                              std::string_view as_of) {
  return views(region_id, "ms.organisation_id", organisation_id, as_of, "n.name_norm");
}

// ===== ties =====

Result<Id> SociTieRepository::create(Id region_id, const domain::Tie& t) {
  Bindings b;
  const std::string values = b.value(id_value(region_id)) + ", " + b.value(id_value(t.organisation_a_id)) + ", " +
                             b.value(id_value(t.organisation_b_id)) + ", " +
                             b.value(std::string(domain::to_string(t.kind))) + ", " + b.value(t.directed ? 1LL : 0LL) +
                             ", " + b.value(static_cast<long long>(t.intensity)) + ", " + b.value(t.since) + ", " +
                             b.value(t.until) + ", " + b.value(t.note);
  return Id{query_int(sql_,
                      "INSERT INTO ties (region_id, organisation_a_id, organisation_b_id, kind, directed, intensity, "
                      "since, until, note) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociTieRepository::update(Id region_id, const domain::Tie& t) {
  Bindings b;
  const std::string set = "organisation_a_id = " + b.value(id_value(t.organisation_a_id)) +
                          ", organisation_b_id = " + b.value(id_value(t.organisation_b_id)) +
                          ", kind = " + b.value(std::string(domain::to_string(t.kind))) +
                          ", directed = " + b.value(t.directed ? 1LL : 0LL) +
                          ", intensity = " + b.value(static_cast<long long>(t.intensity)) +
                          ", since = " + b.value(t.since) + ", until = " + b.value(t.until) +
                          ", note = " + b.value(t.note);
  return execute_changed(sql_,
                         "UPDATE ties SET " + set + " WHERE id = " + b.value(id_value(t.id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociTieRepository::remove(Id region_id, Id tie_id) {
  Bindings b;
  return execute_changed(
      sql_,
      "DELETE FROM ties WHERE id = " + b.value(id_value(tie_id)) + " AND region_id = " + b.value(id_value(region_id)),
      b);
}

Result<std::optional<domain::Tie>> SociTieRepository::find(Id region_id, Id tie_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string(kTieSelect) + "WHERE t.id = " + b.value(id_value(tie_id)) +
                      " AND t.region_id = " + b.value(id_value(region_id)),
                  b);
  for (const auto& row : rows) return std::optional<domain::Tie>(read_tie(RowReader(row)).tie);
  return std::optional<domain::Tie>();
}

Result<std::vector<TieView>> SociTieRepository::of_organisation(Id region_id, Id organisation_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string(kTieSelect) + "WHERE t.region_id = " + b.value(id_value(region_id)) +
                      " AND (t.organisation_a_id = " + b.value(id_value(organisation_id)) +
                      " OR t.organisation_b_id = " + b.value(id_value(organisation_id)) + ") ORDER BY t.id",
                  b);
  std::vector<TieView> out;
  for (const auto& row : rows) out.push_back(read_tie(RowReader(row)));
  return out;
}

Result<std::vector<TieView>> SociTieRepository::list(Id region_id) {
  Bindings b;
  auto rows =
      run(sql_, std::string(kTieSelect) + "WHERE t.region_id = " + b.value(id_value(region_id)) + " ORDER BY t.id", b);
  std::vector<TieView> out;
  for (const auto& row : rows) out.push_back(read_tie(RowReader(row)));
  return out;
}

// ===== transfers =====

Result<Id> SociTransferRepository::create(Id region_id, const domain::Transfer& t, UnixTime now) {
  Bindings b;
  const std::string values = b.value(id_value(region_id)) + ", " + b.value(t.date) + ", " + b.value(t.topic) + ", " +
                             nullable(b, t.from.network_id) + ", " + b.value(t.from.event) + ", " +
                             nullable(b, t.to.network_id) + ", " + b.value(t.to.event) + ", " + b.value(t.result) +
                             ", " + b.value(static_cast<long long>(now));
  return Id{query_int(sql_,
                      "INSERT INTO transfers (region_id, on_date, topic, from_network_id, from_event, to_network_id, "
                      "to_event, result, created_at) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociTransferRepository::update(Id region_id, const domain::Transfer& t) {
  Bindings b;
  const std::string set = "on_date = " + b.value(t.date) + ", topic = " + b.value(t.topic) +
                          ", from_network_id = " + nullable(b, t.from.network_id) +
                          ", from_event = " + b.value(t.from.event) +
                          ", to_network_id = " + nullable(b, t.to.network_id) + ", to_event = " + b.value(t.to.event) +
                          ", result = " + b.value(t.result);
  return execute_changed(sql_,
                         "UPDATE transfers SET " + set + " WHERE id = " + b.value(id_value(t.id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociTransferRepository::remove(Id region_id, Id transfer_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM transfers WHERE id = " + b.value(id_value(transfer_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::Transfer>> SociTransferRepository::find(Id region_id, Id transfer_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string(kTransferSelect) + "WHERE t.id = " + b.value(id_value(transfer_id)) +
                      " AND t.region_id = " + b.value(id_value(region_id)),
                  b);
  for (const auto& row : rows) return std::optional<domain::Transfer>(read_transfer(RowReader(row)).transfer);
  return std::optional<domain::Transfer>();
}

Result<NetworkTransfers> SociTransferRepository::of_network(Id region_id, Id network_id) {
  NetworkTransfers out;
  for (const char* column : {"t.to_network_id", "t.from_network_id"}) {
    Bindings b;
    auto rows = run(sql_,
                    std::string(kTransferSelect) + "WHERE t.region_id = " + b.value(id_value(region_id)) + " AND " +
                        column + " = " + b.value(id_value(network_id)) + " ORDER BY t.on_date DESC, t.id DESC",
                    b);
    auto& into = std::string_view(column) == "t.to_network_id" ? out.incoming : out.outgoing;
    for (const auto& row : rows) into.push_back(read_transfer(RowReader(row)));
  }
  return out;
}

Result<PageOf<TransferView>> SociTransferRepository::list(Id region_id, int limit, int offset) {
  PageOf<TransferView> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM transfers WHERE region_id = " + b.value(id_value(region_id)), b);
  }
  Bindings b;
  auto rows = run(sql_,
                  std::string(kTransferSelect) + "WHERE t.region_id = " + b.value(id_value(region_id)) +
                      " ORDER BY t.on_date DESC, t.id DESC LIMIT " +
                      b.value(static_cast<long long>(std::clamp(limit, 1, 1000))) + " OFFSET " +
                      b.value(static_cast<long long>(std::max(offset, 0))),
                  b);
  for (const auto& row : rows) page.items.push_back(read_transfer(RowReader(row)));
  return page;
}

}  // namespace bb::storage::soci_impl
