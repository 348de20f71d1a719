// Networks and the municipalities they cover.
#include "domain/normalise.hpp"
#include "storage/soci/register_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace bb::storage::soci_impl {

namespace {

constexpr const char* kColumns =
    "n.id, n.region_id, n.name, n.focus, n.goals, n.meeting_rhythm, n.meeting_format, n.channels, n.work_forms, "
    "n.lead_organisation_id, n.status, n.started_on, n.status_since, n.created_at, n.updated_at";

domain::Network read_network(const RowReader& r) {
  domain::Network n;
  n.id = r.int64(0);
  n.region_id = r.int64(1);
  n.name = r.text(2);
  n.focus = domain::parse_network_focus(r.text(3)).value_or(domain::NetworkFocus::thematic);
  n.goals = r.text(4);
  n.meeting_rhythm = domain::parse_meeting_rhythm(r.text(5)).value_or(domain::MeetingRhythm::none);
  n.meeting_format = domain::parse_meeting_format(r.text(6)).value_or(domain::MeetingFormat::none);
  n.channels = domain::split_list(r.text(7));
  n.work_forms = r.text(8);
  n.lead_organisation_id = r.opt_int64(9);
  n.status = domain::parse_network_status(r.text(10)).value_or(domain::NetworkStatus::active);
  n.started_on = r.text(11);
  n.status_since = r.text(12);
  n.created_at = r.int64(13);
  n.updated_at = r.int64(14);
  return n;
}

std::vector<domain::Network> read_all(soci::session& sql, const std::string& query, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << query);
  binds.bind(prep);
  soci::rowset<soci::row> rows(prep);
  std::vector<domain::Network> out;
  for (const auto& row : rows) out.push_back(read_network(RowReader(row)));
  return out;
}

long long id_value(Id id) {
  return static_cast<long long>(id);
}

// name, name_norm, focus, goals, meeting_rhythm, meeting_format, channels, work_forms,
// lead_organisation_id, status, started_on, status_since: placeholders in that order.
std::vector<std::string> writable_values(Bindings& b, const domain::Network& n) {
  return {b.value(n.name),
          b.value(domain::normalise_for_search(n.name)),
          b.value(std::string(domain::to_string(n.focus))),
          b.value(n.goals),
          b.value(std::string(domain::to_string(n.meeting_rhythm))),
          b.value(std::string(domain::to_string(n.meeting_format))),
          b.value(domain::join_list(n.channels)),
          b.value(n.work_forms),
          n.lead_organisation_id ? b.value(id_value(*n.lead_organisation_id)) : std::string("NULL"),
          b.value(std::string(domain::to_string(n.status))),
          b.value(n.started_on),
          b.value(n.status_since)};
}
constexpr std::array<const char*, 12> kWritable{"name",     "name_norm",      "focus",
                                                "goals",    "meeting_rhythm", "meeting_format",
                                                "channels", "work_forms",     "lead_organisation_id",
                                                "status",   "started_on",     "status_since"};

}  // namespace

void SociNetworkRepository::write_municipalities(Id region_id, Id network_id, const std::vector<Id>& municipality_ids) {
  const long long region = region_id;
  const long long network = network_id;
  sql_ << "DELETE FROM network_municipalities WHERE network_id = :n", soci::use(network);
  std::vector<Id> written;
  for (Id m : municipality_ids) {
    if (std::find(written.begin(), written.end(), m) != written.end()) continue;
    const long long municipality = m;
    sql_ << "INSERT INTO network_municipalities (region_id, network_id, municipality_id) VALUES (:r, :n, :m)",
        soci::use(region), soci::use(network), soci::use(municipality);
    written.push_back(m);
  }
}

std::vector<Id> SociNetworkRepository::municipalities_of(Id network_id) {
  const long long network = network_id;
  soci::rowset<soci::row> rows =
      (sql_.prepare
           << "SELECT municipality_id FROM network_municipalities WHERE network_id = :n ORDER BY municipality_id",
       soci::use(network));
  std::vector<Id> out;
  for (const auto& row : rows) out.push_back(RowReader(row).int64(0));
  return out;
}

Result<Id> SociNetworkRepository::create(Id region_id, const domain::Network& n, UnixTime now) {
  Bindings b;
  std::string columns;
  std::string values;
  const auto placeholders = writable_values(b, n);
  for (std::size_t i = 0; i < kWritable.size(); ++i) {
    columns += std::string(kWritable[i]) + ", ";
    values += placeholders[i] + ", ";
  }
  values += b.value(id_value(region_id)) + ", " + b.value(static_cast<long long>(now)) + ", " +
            b.value(static_cast<long long>(now));
  const Id id = query_int(
      sql_,
      "INSERT INTO networks (" + columns + "region_id, created_at, updated_at) VALUES (" + values + ") RETURNING id",
      b);
  write_municipalities(region_id, id, n.municipality_ids);
  return id;
}

Result<bool> SociNetworkRepository::update(Id region_id, const domain::Network& n, UnixTime now) {
  Bindings b;
  std::string set;
  const auto placeholders = writable_values(b, n);
  for (std::size_t i = 0; i < kWritable.size(); ++i) set += std::string(kWritable[i]) + " = " + placeholders[i] + ", ";
  set += "updated_at = " + b.value(static_cast<long long>(now));
  if (!execute_changed(sql_,
                       "UPDATE networks SET " + set + " WHERE id = " + b.value(id_value(n.id)) +
                           " AND region_id = " + b.value(id_value(region_id)),
                       b))
    return false;
  write_municipalities(region_id, n.id, n.municipality_ids);
  return true;
}

Result<bool> SociNetworkRepository::remove(Id region_id, Id network_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM networks WHERE id = " + b.value(id_value(network_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::Network>> SociNetworkRepository::find(Id region_id, Id network_id) {
  Bindings b;
  auto found =
      read_all(sql_,
               std::string("SELECT ") + kColumns + " FROM networks n WHERE n.id = " + b.value(id_value(network_id)) +
                   " AND n.region_id = " + b.value(id_value(region_id)),
               b);
  if (found.empty()) return std::optional<domain::Network>();
  found.front().municipality_ids = municipalities_of(network_id);
  return std::optional<domain::Network>(std::move(found.front()));
}

Result<PageOf<domain::Network>> SociNetworkRepository::list(Id region_id, const NetworkQuery& q) {
  auto where = [&](Bindings& b) {
    std::string w = " WHERE n.region_id = " + b.value(id_value(region_id));
    if (q.focus) w += " AND n.focus = " + b.value(std::string(domain::to_string(*q.focus)));
    if (q.status) w += " AND n.status = " + b.value(std::string(domain::to_string(*q.status)));
    if (q.municipality_id) {
      // A network without listed municipalities covers the whole region.
      w +=
          " AND (EXISTS (SELECT 1 FROM network_municipalities nm WHERE nm.network_id = n.id AND nm.municipality_id = " +
          b.value(id_value(*q.municipality_id)) +
          ") OR NOT EXISTS (SELECT 1 FROM network_municipalities nm2 WHERE nm2.network_id = n.id))";
    }
    append_search(w, b, "n.name_norm", q.search);
    return w;
  };
  PageOf<domain::Network> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM networks n" + where(b), b);
  }
  const std::string direction = q.descending ? " DESC" : " ASC";
  std::string order;
  switch (q.sort) {
    case NetworkQuery::Sort::name:
      order = "n.name_norm" + direction;
      break;
    case NetworkQuery::Sort::status:
      order = "n.status" + direction + ", n.name_norm";
      break;
    case NetworkQuery::Sort::updated:
      order = "n.updated_at" + direction;
      break;
  }
  Bindings b;
  std::string query = std::string("SELECT ") + kColumns + " FROM networks n" + where(b) + " ORDER BY " + order +
                      ", n.id LIMIT " + b.value(static_cast<long long>(std::clamp(q.limit, 1, 1000))) + " OFFSET " +
                      b.value(static_cast<long long>(std::max(q.offset, 0)));
  page.items = read_all(sql_, query, b);
  if (page.items.empty()) return page;
  // The covered municipalities of the whole page in one statement: one query per network made
  // the filter list of a large region cost ~500 round trips on PostgreSQL (bench/register).
  Bindings ids;
  std::string in;
  for (const auto& n : page.items) in += (in.empty() ? "" : ", ") + ids.value(id_value(n.id));
  soci::details::prepare_temp_type prep =
      (sql_.prepare << "SELECT network_id, municipality_id FROM network_municipalities WHERE network_id IN (" + in +
                           ") ORDER BY network_id, municipality_id");
  ids.bind(prep);
  soci::rowset<soci::row> rows(prep);
  std::map<Id, std::vector<Id>> covered;
  for (const auto& row : rows) {
    RowReader r(row);
    covered[r.int64(0)].push_back(r.int64(1));
  }
  for (auto& n : page.items) n.municipality_ids = std::move(covered[n.id]);
  return page;
}

Result<NetworkDependants> SociNetworkRepository::dependants(Id region_id, Id network_id) {
  NetworkDependants d;
  {
    Bindings b;
    d.memberships = query_int(sql_,
                              "SELECT COUNT(*) FROM memberships WHERE region_id = " + b.value(id_value(region_id)) +
                                  " AND network_id = " + b.value(id_value(network_id)),
                              b);
  }
  Bindings b;
  d.transfers = query_int(sql_,
                          "SELECT COUNT(*) FROM transfers WHERE region_id = " + b.value(id_value(region_id)) +
                              " AND (from_network_id = " + b.value(id_value(network_id)) +
                              " OR to_network_id = " + b.value(id_value(network_id)) + ")",
                          b);
  return d;
}

}  // namespace bb::storage::soci_impl
