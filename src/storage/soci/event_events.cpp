// Events with their translations, co-organisers and networks; invitations, topics, the
// calendar feed token, and co-attendance (which organisations met at events).
#include "domain/normalise.hpp"
#include "storage/soci/event_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

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

std::string nullable(Bindings& b, const std::optional<Id>& id) {
  return id ? b.value(id_value(*id)) : std::string("NULL");
}

constexpr const char* kColumns =
    "e.id, e.region_id, e.public_id, e.format, e.title, e.description, e.starts_at, e.ends_at, e.place, "
    "e.municipality_id, e.organiser_id, e.audience, e.capacity, e.languages, e.registration_open, e.created_at, "
    "e.updated_at";

domain::Event read_event(const RowReader& r) {
  domain::Event e;
  e.id = r.int64(0);
  e.region_id = r.int64(1);
  e.public_id = r.text(2);
  e.format = domain::parse_event_format(r.text(3)).value_or(domain::EventFormat::informationsveranstaltung);
  e.title = r.text(4);
  e.description = r.text(5);
  e.starts_at = r.text(6);
  e.ends_at = r.text(7);
  e.place = r.text(8);
  e.municipality_id = r.opt_int64(9);
  e.organiser_id = r.opt_int64(10);
  e.audience = r.text(11);
  e.capacity = static_cast<int>(r.int64(12));
  e.languages = domain::split_list(r.text(13));
  e.registration_open = r.int64(14) != 0;
  e.created_at = r.int64(15);
  e.updated_at = r.int64(16);
  return e;
}

// The columns written by create and update, in order, with their bound values.
std::vector<std::pair<const char*, std::string>> writable(Bindings& b, const domain::Event& e) {
  return {
      {"format", b.value(std::string(domain::to_string(e.format)))},
      {"title", b.value(e.title)},
      {"title_norm", b.value(domain::normalise_for_search(e.title))},
      {"description", b.value(e.description)},
      {"starts_at", b.value(e.starts_at)},
      {"ends_at", b.value(e.ends_at)},
      {"place", b.value(e.place)},
      {"municipality_id", nullable(b, e.municipality_id)},
      {"organiser_id", nullable(b, e.organiser_id)},
      {"audience", b.value(e.audience)},
      {"capacity", b.value(static_cast<long long>(e.capacity))},
      {"languages", b.value(domain::join_list(e.languages))},
      {"registration_open", b.value(e.registration_open ? 1LL : 0LL)},
  };
}

}  // namespace

void SociEventRepository::write_parts(Id region_id, Id event_id, const domain::Event& e) {
  const long long region = region_id;
  const long long event = event_id;
  sql_ << "DELETE FROM event_translations WHERE event_id = :e", soci::use(event);
  sql_ << "DELETE FROM event_co_organisers WHERE event_id = :e", soci::use(event);
  sql_ << "DELETE FROM event_networks WHERE event_id = :e", soci::use(event);
  for (const auto& t : e.translations) {
    if (t.title.empty() && t.description.empty()) continue;
    sql_ << "INSERT INTO event_translations (region_id, event_id, language, title, description) "
            "VALUES (:r, :e, :l, :t, :d)",
        soci::use(region), soci::use(event), soci::use(t.language), soci::use(t.title), soci::use(t.description);
  }
  std::set<Id> seen;
  for (Id o : e.co_organiser_ids) {
    if (!seen.insert(o).second) continue;
    const long long org = o;
    sql_ << "INSERT INTO event_co_organisers (region_id, event_id, organisation_id) VALUES (:r, :e, :o)",
        soci::use(region), soci::use(event), soci::use(org);
  }
  seen.clear();
  for (Id n : e.network_ids) {
    if (!seen.insert(n).second) continue;
    const long long network = n;
    sql_ << "INSERT INTO event_networks (region_id, event_id, network_id) VALUES (:r, :e, :n)", soci::use(region),
        soci::use(event), soci::use(network);
  }
}

Result<Id> SociEventRepository::create(Id region_id, const domain::Event& e, UnixTime now) {
  Bindings b;
  std::string columns = "region_id, public_id";
  std::string values = b.value(id_value(region_id)) + ", " + b.value(e.public_id);
  for (const auto& [column, placeholder] : writable(b, e)) {
    columns += std::string(", ") + column;
    values += ", " + placeholder;
  }
  columns += ", created_at, updated_at";
  values += ", " + b.value(static_cast<long long>(now)) + ", " + b.value(static_cast<long long>(now));
  const Id id = query_int(sql_, "INSERT INTO events (" + columns + ") VALUES (" + values + ") RETURNING id", b);
  write_parts(region_id, id, e);
  return id;
}

Result<bool> SociEventRepository::update(Id region_id, const domain::Event& e, UnixTime now) {
  Bindings b;
  std::string set;
  for (const auto& [column, placeholder] : writable(b, e)) set += std::string(column) + " = " + placeholder + ", ";
  set += "updated_at = " + b.value(static_cast<long long>(now));
  if (!execute_changed(sql_,
                       "UPDATE events SET " + set + " WHERE id = " + b.value(id_value(e.id)) +
                           " AND region_id = " + b.value(id_value(region_id)),
                       b))
    return false;
  write_parts(region_id, e.id, e);
  return true;
}

Result<bool> SociEventRepository::remove(Id region_id, Id event_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM events WHERE id = " + b.value(id_value(event_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::Event>> SociEventRepository::find(Id region_id, Id event_id) {
  Bindings b;
  std::optional<domain::Event> out;
  {
    auto rows = run(sql_,
                    std::string("SELECT ") + kColumns + " FROM events e WHERE e.id = " + b.value(id_value(event_id)) +
                        " AND e.region_id = " + b.value(id_value(region_id)),
                    b);
    for (const auto& row : rows) out = read_event(RowReader(row));
  }
  if (!out) return out;
  const long long event = event_id;
  {
    soci::rowset<soci::row> rows = (sql_.prepare << "SELECT language, title, description FROM event_translations "
                                                    "WHERE event_id = :e ORDER BY language",
                                    soci::use(event));
    for (const auto& row : rows) {
      RowReader r(row);
      out->translations.push_back({r.text(0), r.text(1), r.text(2)});
    }
  }
  {
    soci::rowset<soci::row> rows =
        (sql_.prepare << "SELECT c.organisation_id FROM event_co_organisers c JOIN organisations o ON o.id = "
                         "c.organisation_id WHERE c.event_id = :e ORDER BY o.name_norm, o.id",
         soci::use(event));
    for (const auto& row : rows) out->co_organiser_ids.push_back(RowReader(row).int64(0));
  }
  {
    soci::rowset<soci::row> rows =
        (sql_.prepare << "SELECT x.network_id FROM event_networks x JOIN networks n ON n.id = x.network_id "
                         "WHERE x.event_id = :e ORDER BY n.name_norm, n.id",
         soci::use(event));
    for (const auto& row : rows) out->network_ids.push_back(RowReader(row).int64(0));
  }
  return out;
}

Result<std::optional<PublicEventRef>> SociEventRepository::find_public(std::string_view public_id) {
  Bindings b;
  auto rows = run(sql_, "SELECT region_id, id FROM events WHERE public_id = " + b.value(std::string(public_id)), b);
  for (const auto& row : rows) {
    RowReader r(row);
    return std::optional<PublicEventRef>(PublicEventRef{r.int64(0), r.int64(1)});
  }
  return std::optional<PublicEventRef>();
}

Result<PageOf<EventSummary>> SociEventRepository::list(Id region_id, const EventQuery& q) {
  Bindings b;
  std::string where = " WHERE e.region_id = " + b.value(id_value(region_id));
  if (q.format) where += " AND e.format = " + b.value(std::string(domain::to_string(*q.format)));
  if (q.municipality_id) where += " AND e.municipality_id = " + b.value(id_value(*q.municipality_id));
  // starts_at is "YYYY-MM-DDTHH:MM": a day bound compares with the day's first/last minute.
  if (!q.from.empty()) where += " AND e.starts_at >= " + b.value(q.from + "T00:00");
  if (!q.to.empty()) where += " AND e.starts_at <= " + b.value(q.to + "T23:59");
  append_search(where, b, "e.title_norm", q.search);

  PageOf<EventSummary> page;
  {
    Bindings count_binds = b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM events e" + where, count_binds);
  }
  const std::string order = q.descending ? " ORDER BY e.starts_at DESC, e.id DESC" : " ORDER BY e.starts_at, e.id";
  const std::string query =
      std::string("SELECT ") + kColumns +
      ", COALESCE(m.name, ''), COALESCE(o.name, ''), "
      "(SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status IN ('registered', "
      "'attended')), "
      "(SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting'), "
      "(SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'attended') "
      "FROM events e LEFT JOIN municipalities m ON m.id = e.municipality_id "
      "LEFT JOIN organisations o ON o.id = e.organiser_id" +
      where + order + " LIMIT " + b.value(static_cast<long long>(q.limit)) +
      " OFFSET " + b.value(static_cast<long long>(q.offset));
  auto rows = run(sql_, query, b);
  for (const auto& row : rows) {
    RowReader r(row);
    EventSummary s;
    s.event = read_event(r);
    s.municipality_name = r.text(17);
    s.organiser_name = r.text(18);
    s.registered = r.int64(19);
    s.waiting = r.int64(20);
    s.attended = r.int64(21);
    page.items.push_back(std::move(s));
  }
  return page;
}

Result<EventDependants> SociEventRepository::dependants(Id region_id, Id event_id) {
  EventDependants d;
  {
    Bindings b;
    d.registrations = query_int(sql_,
                                "SELECT COUNT(*) FROM event_registrations WHERE region_id = " +
                                    b.value(id_value(region_id)) + " AND event_id = " + b.value(id_value(event_id)) +
                                    " AND status <> 'cancelled'",
                                b);
  }
  {
    Bindings b;
    d.transfers = query_int(sql_,
                            "SELECT COUNT(*) FROM event_topics WHERE region_id = " + b.value(id_value(region_id)) +
                                " AND event_id = " + b.value(id_value(event_id)) + " AND transfer_id IS NOT NULL",
                            b);
  }
  return d;
}

Result<void> SociEventRepository::lock(Id region_id, Id event_id) {
  Bindings b;
  execute_changed(sql_,
                  "UPDATE events SET capacity = capacity WHERE id = " + b.value(id_value(event_id)) +
                      " AND region_id = " + b.value(id_value(region_id)),
                  b);
  return success();
}

// ----- invitations -----

Result<Id> SociEventRepository::add_invitation(Id region_id, const domain::Invitation& i, UnixTime now) {
  Bindings b;
  const auto target = [&](domain::InvitationKind kind) {
    return i.kind == kind ? b.value(id_value(i.target_id)) : std::string("NULL");
  };
  const std::string values = b.value(id_value(region_id)) + ", " + b.value(id_value(i.event_id)) + ", " +
                             b.value(std::string(domain::to_string(i.kind))) + ", " +
                             target(domain::InvitationKind::organisation) + ", " +
                             target(domain::InvitationKind::contact) + ", " +
                             target(domain::InvitationKind::network) + ", " + b.value(i.invited_on) + ", " +
                             b.value(i.note) + ", " + b.value(static_cast<long long>(now));
  return Id{query_int(sql_,
                      "INSERT INTO event_invitations (region_id, event_id, kind, organisation_id, contact_id, "
                      "network_id, invited_on, note, created_at) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociEventRepository::remove_invitation(Id region_id, Id event_id, Id invitation_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM event_invitations WHERE id = " + b.value(id_value(invitation_id)) +
                             " AND event_id = " + b.value(id_value(event_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::vector<InvitationView>> SociEventRepository::invitations(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  "SELECT i.id, i.region_id, i.event_id, i.kind, COALESCE(i.organisation_id, i.contact_id, "
                  "i.network_id), i.invited_on, i.note, i.created_at, "
                  "COALESCE(o.name, n.name, CASE WHEN c.id IS NULL THEN '' ELSE c.name || ' (' || co.name || ')' "
                  "END, '') "
                  "FROM event_invitations i LEFT JOIN organisations o ON o.id = i.organisation_id "
                  "LEFT JOIN networks n ON n.id = i.network_id LEFT JOIN contacts c ON c.id = i.contact_id "
                  "LEFT JOIN organisations co ON co.id = c.organisation_id WHERE i.region_id = " +
                      b.value(id_value(region_id)) + " AND i.event_id = " + b.value(id_value(event_id)) +
                      " ORDER BY i.kind, i.id",
                  b);
  std::vector<InvitationView> out;
  for (const auto& row : rows) {
    RowReader r(row);
    InvitationView v;
    v.invitation.id = r.int64(0);
    v.invitation.region_id = r.int64(1);
    v.invitation.event_id = r.int64(2);
    v.invitation.kind = domain::parse_invitation_kind(r.text(3)).value_or(domain::InvitationKind::organisation);
    v.invitation.target_id = r.int64(4);
    v.invitation.invited_on = r.text(5);
    v.invitation.note = r.text(6);
    v.invitation.created_at = r.int64(7);
    v.target_name = r.text(8);
    out.push_back(std::move(v));
  }
  return out;
}

// ----- topics -----

namespace {
constexpr const char* kTopicColumns = "id, region_id, event_id, topic, note, transfer_id, created_at";
domain::EventTopic read_topic(const RowReader& r) {
  domain::EventTopic t;
  t.id = r.int64(0);
  t.region_id = r.int64(1);
  t.event_id = r.int64(2);
  t.topic = r.text(3);
  t.note = r.text(4);
  t.transfer_id = r.opt_int64(5);
  t.created_at = r.int64(6);
  return t;
}
}  // namespace

Result<Id> SociEventRepository::add_topic(Id region_id, const domain::EventTopic& t, UnixTime now) {
  Bindings b;
  const std::string values = b.value(id_value(region_id)) + ", " + b.value(id_value(t.event_id)) + ", " +
                             b.value(t.topic) + ", " + b.value(t.note) + ", " + nullable(b, t.transfer_id) + ", " +
                             b.value(static_cast<long long>(now));
  return Id{query_int(
      sql_,
      "INSERT INTO event_topics (region_id, event_id, topic, note, transfer_id, created_at) VALUES (" + values +
          ") RETURNING id",
      b)};
}

Result<bool> SociEventRepository::set_topic_transfer(Id region_id, Id topic_id, Id transfer_id) {
  Bindings b;
  return execute_changed(sql_,
                         "UPDATE event_topics SET transfer_id = " + b.value(id_value(transfer_id)) +
                             " WHERE id = " + b.value(id_value(topic_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::EventTopic>> SociEventRepository::find_topic(Id region_id, Id topic_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string("SELECT ") + kTopicColumns + " FROM event_topics WHERE id = " +
                      b.value(id_value(topic_id)) + " AND region_id = " + b.value(id_value(region_id)),
                  b);
  for (const auto& row : rows) return std::optional<domain::EventTopic>(read_topic(RowReader(row)));
  return std::optional<domain::EventTopic>();
}

Result<std::vector<domain::EventTopic>> SociEventRepository::topics(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string("SELECT ") + kTopicColumns + " FROM event_topics WHERE region_id = " +
                      b.value(id_value(region_id)) + " AND event_id = " + b.value(id_value(event_id)) +
                      " ORDER BY id",
                  b);
  std::vector<domain::EventTopic> out;
  for (const auto& row : rows) out.push_back(read_topic(RowReader(row)));
  return out;
}

// ----- calendar feed -----

Result<void> SociEventRepository::set_feed_token(Id region_id, std::string_view token_hash, UnixTime now) {
  const long long region = region_id;
  const long long at = now;
  const std::string hash(token_hash);
  sql_ << "DELETE FROM event_feeds WHERE region_id = :r", soci::use(region);
  sql_ << "INSERT INTO event_feeds (region_id, token_hash, created_at) VALUES (:r, :h, :a)", soci::use(region),
      soci::use(hash), soci::use(at);
  return success();
}

Result<std::optional<Id>> SociEventRepository::region_of_feed(std::string_view token_hash) {
  Bindings b;
  auto rows = run(sql_, "SELECT region_id FROM event_feeds WHERE token_hash = " + b.value(std::string(token_hash)), b);
  for (const auto& row : rows) return std::optional<Id>(RowReader(row).int64(0));
  return std::optional<Id>();
}

Result<bool> SociEventRepository::has_feed(Id region_id) {
  Bindings b;
  return query_int(sql_, "SELECT COUNT(*) FROM event_feeds WHERE region_id = " + b.value(id_value(region_id)), b) > 0;
}

// ----- co-attendance -----

Result<std::vector<CoAttendance>> SociEventRepository::co_attendance(Id region_id, std::string_view from,
                                                                     std::string_view to) {
  // One row per (pair, event); counted per pair here rather than with GROUP BY, because the
  // list of formats needs string aggregation, which SQLite and PostgreSQL spell differently.
  Bindings b;
  std::string where = " WHERE a.region_id = " + b.value(id_value(region_id)) +
                      " AND a.status = 'attended' AND b.status = 'attended'";
  if (!from.empty()) where += " AND e.starts_at >= " + b.value(std::string(from) + "T00:00");
  if (!to.empty()) where += " AND e.starts_at <= " + b.value(std::string(to) + "T23:59");
  auto rows = run(sql_,
                  "SELECT DISTINCT a.organisation_id, b.organisation_id, e.id, substr(e.starts_at, 1, 10), e.format, "
                  "oa.name, ob.name FROM event_registrations a "
                  "JOIN event_registrations b ON b.event_id = a.event_id AND b.organisation_id > a.organisation_id "
                  "JOIN events e ON e.id = a.event_id "
                  "JOIN organisations oa ON oa.id = a.organisation_id "
                  "JOIN organisations ob ON ob.id = b.organisation_id" +
                      where,
                  b);
  std::map<std::pair<Id, Id>, CoAttendance> pairs;
  std::map<std::pair<Id, Id>, std::set<std::string>> formats;
  for (const auto& row : rows) {
    RowReader r(row);
    const std::pair<Id, Id> key{r.int64(0), r.int64(1)};
    auto& pair = pairs[key];
    pair.organisation_a_id = key.first;
    pair.organisation_b_id = key.second;
    pair.organisation_a_name = r.text(5);
    pair.organisation_b_name = r.text(6);
    pair.events += 1;
    pair.last_date = std::max(pair.last_date, r.text(3));
    formats[key].insert(r.text(4));
  }
  std::vector<CoAttendance> out;
  out.reserve(pairs.size());
  for (auto& [key, pair] : pairs) {
    pair.formats.assign(formats[key].begin(), formats[key].end());
    out.push_back(std::move(pair));
  }
  std::sort(out.begin(), out.end(), [](const CoAttendance& x, const CoAttendance& y) {
    if (x.events != y.events) return x.events > y.events;
    if (x.organisation_a_name != y.organisation_a_name) return x.organisation_a_name < y.organisation_a_name;
    return x.organisation_b_name < y.organisation_b_name;
  });
  return out;
}

}  // namespace bb::storage::soci_impl
