// The register graph of a region for the network analysis: one SELECT per table, ordered by id so
// that the result (and everything computed from it) is the same on SQLite and PostgreSQL.
#include "storage/soci/analysis_repository.hpp"

#include "storage/soci/register_sql.hpp"
#include "storage/soci/row_reader.hpp"

namespace bb::storage::soci_impl {

namespace {

soci::rowset<soci::row> rows_of_region(soci::session& sql, const std::string& query, Id region_id) {
  Bindings b;
  const std::string text = query + b.value(static_cast<long long>(region_id)) + " ORDER BY 1";
  soci::details::prepare_temp_type prep = (sql.prepare << text);
  b.bind(prep);
  return soci::rowset<soci::row>(prep);
}

}  // namespace

Result<RegisterGraph> SociAnalysisRepository::region_graph(Id region_id) {
  RegisterGraph g;
  for (const auto& row : rows_of_region(sql_,
                                        "SELECT o.id, o.name, o.type, o.municipality_id, COALESCE(m.name, ''), "
                                        "o.migrant_led, o.active FROM organisations o "
                                        "LEFT JOIN municipalities m ON m.id = o.municipality_id WHERE o.region_id = ",
                                        region_id)) {
    const RowReader r(row);
    GraphOrganisation o;
    o.id = r.int64(0);
    o.name = r.text(1);
    o.type = r.text(2);
    o.municipality_id = r.opt_int64(3);
    o.municipality = r.text(4);
    o.migrant_led = r.int64(5) != 0;
    o.active = r.int64(6) != 0;
    g.organisations.push_back(std::move(o));
  }
  for (const auto& row : rows_of_region(
           sql_, "SELECT id, name, focus, status, status_since FROM networks WHERE region_id = ", region_id)) {
    const RowReader r(row);
    GraphNetwork n;
    n.id = r.int64(0);
    n.name = r.text(1);
    n.focus = domain::parse_network_focus(r.text(2)).value_or(domain::NetworkFocus::thematic);
    n.status = domain::parse_network_status(r.text(3)).value_or(domain::NetworkStatus::active);
    n.status_since = r.text(4);
    g.networks.push_back(std::move(n));
  }
  for (const auto& row : rows_of_region(
           sql_,
           "SELECT id, region_id, network_id, organisation_id, role, since, until FROM memberships WHERE region_id = ",
           region_id)) {
    const RowReader r(row);
    domain::Membership m;
    m.id = r.int64(0);
    m.region_id = r.int64(1);
    m.network_id = r.int64(2);
    m.organisation_id = r.int64(3);
    m.role = domain::parse_membership_role(r.text(4)).value_or(domain::MembershipRole::member);
    m.since = r.text(5);
    m.until = r.text(6);
    g.memberships.push_back(std::move(m));
  }
  for (const auto& row : rows_of_region(sql_,
                                        "SELECT id, region_id, organisation_a_id, organisation_b_id, kind, directed, "
                                        "intensity, since, until FROM ties WHERE region_id = ",
                                        region_id)) {
    const RowReader r(row);
    domain::Tie t;
    t.id = r.int64(0);
    t.region_id = r.int64(1);
    t.organisation_a_id = r.int64(2);
    t.organisation_b_id = r.int64(3);
    t.kind = domain::parse_tie_kind(r.text(4)).value_or(domain::TieKind::information_exchange);
    t.directed = r.int64(5) != 0;
    t.intensity = static_cast<int>(r.int64(6));
    t.since = r.text(7);
    t.until = r.text(8);
    g.ties.push_back(std::move(t));
  }
  return g;
}

}  // namespace bb::storage::soci_impl
