// Needs (Bedarfe) that organisations (later also events and counselling) report.
#include "storage/soci/offer_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>
#include <array>

namespace bb::storage::soci_impl {

namespace {

long long id_value(Id id) { return static_cast<long long>(id); }

constexpr const char* kColumns =
    "n.id, n.region_id, n.source_kind, n.organisation_id, n.source_note, n.target_group, n.municipality_id, n.field, "
    "n.description, n.urgency, n.reported_on, n.status, n.offer_id, n.measure_id, n.created_at, n.updated_at, "
    "org.name, off.title";
constexpr const char* kFrom =
    " FROM needs n LEFT JOIN organisations org ON org.id = n.organisation_id LEFT JOIN offers off ON off.id = n.offer_id";

NeedView read_need(const RowReader& r) {
  NeedView v;
  auto& n = v.need;
  n.id = r.int64(0);
  n.region_id = r.int64(1);
  n.source_kind = r.text(2);
  n.organisation_id = r.opt_int64(3);
  n.source_note = r.text(4);
  n.target_group = r.text(5);
  n.municipality_id = r.opt_int64(6);
  n.field = r.text(7);
  n.description = r.text(8);
  n.urgency = r.text(9);
  n.reported_on = r.text(10);
  n.status = r.text(11);
  n.offer_id = r.opt_int64(12);
  n.measure_id = r.opt_int64(13);
  n.created_at = r.int64(14);
  n.updated_at = r.int64(15);
  v.organisation_name = r.text(16);
  v.offer_title = r.text(17);
  return v;
}

constexpr std::array<const char*, 13> kWritable{"source_kind", "organisation_id", "source_note", "target_group",
                                                "municipality_id", "field",        "description", "urgency",
                                                "reported_on",     "status",       "offer_id",    "measure_id",
                                                "updated_at"};

std::vector<std::string> writable_values(Bindings& b, const domain::Need& n, UnixTime now) {
  const auto optional = [&](const std::optional<Id>& id) {
    return id ? b.value(id_value(*id)) : std::string("NULL");
  };
  return {b.value(n.source_kind), optional(n.organisation_id), b.value(n.source_note), b.value(n.target_group),
          optional(n.municipality_id), b.value(n.field), b.value(n.description), b.value(n.urgency),
          b.value(n.reported_on), b.value(n.status), optional(n.offer_id), optional(n.measure_id),
          b.value(static_cast<long long>(now))};
}

}  // namespace

Result<Id> SociNeedRepository::create(Id region_id, const domain::Need& n, UnixTime now) {
  Bindings b;
  std::string columns;
  std::string values;
  const auto placeholders = writable_values(b, n, now);
  for (std::size_t i = 0; i < kWritable.size(); ++i) {
    columns += std::string(kWritable[i]) + ", ";
    values += placeholders[i] + ", ";
  }
  values += b.value(id_value(region_id)) + ", " + b.value(static_cast<long long>(now));
  return query_int(sql_, "INSERT INTO needs (" + columns + "region_id, created_at) VALUES (" + values + ") RETURNING id",
                   b);
}

Result<bool> SociNeedRepository::update(Id region_id, const domain::Need& n, UnixTime now) {
  Bindings b;
  std::string set;
  const auto placeholders = writable_values(b, n, now);
  for (std::size_t i = 0; i < kWritable.size(); ++i)
    set += (i == 0 ? "" : ", ") + std::string(kWritable[i]) + " = " + placeholders[i];
  return execute_changed(sql_,
                         "UPDATE needs SET " + set + " WHERE id = " + b.value(id_value(n.id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociNeedRepository::remove(Id region_id, Id need_id) {
  Bindings b;
  return execute_changed(
      sql_, "DELETE FROM needs WHERE id = " + b.value(id_value(need_id)) + " AND region_id = " + b.value(id_value(region_id)),
      b);
}

Result<std::optional<domain::Need>> SociNeedRepository::find(Id region_id, Id need_id) {
  Bindings b;
  std::optional<domain::Need> out;
  for_rows(sql_,
           std::string("SELECT ") + kColumns + kFrom + " WHERE n.id = " + b.value(id_value(need_id)) +
               " AND n.region_id = " + b.value(id_value(region_id)),
           b, [&](const soci::row& row) { out = read_need(RowReader(row)).need; });
  return out;
}

Result<PageOf<NeedView>> SociNeedRepository::list(Id region_id, const NeedQuery& q) {
  auto where = [&](Bindings& b) {
    std::string w = " WHERE n.region_id = " + b.value(id_value(region_id));
    if (q.status) w += " AND n.status = " + b.value(*q.status);
    if (q.target_group) w += " AND n.target_group = " + b.value(*q.target_group);
    if (q.field) w += " AND n.field = " + b.value(*q.field);
    if (q.municipality_id) w += " AND n.municipality_id = " + b.value(id_value(*q.municipality_id));
    if (q.organisation_id) w += " AND n.organisation_id = " + b.value(id_value(*q.organisation_id));
    if (q.urgency) w += " AND n.urgency = " + b.value(*q.urgency);
    if (q.offer_id) w += " AND n.offer_id = " + b.value(id_value(*q.offer_id));
    return w;
  };
  PageOf<NeedView> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM needs n" + where(b), b);
  }
  Bindings b;
  const std::string query = std::string("SELECT ") + kColumns + kFrom + where(b) +
                            " ORDER BY n.reported_on DESC, n.id DESC LIMIT " +
                            b.value(static_cast<long long>(std::clamp(q.limit, 1, 1000))) + " OFFSET " +
                            b.value(static_cast<long long>(std::max(q.offset, 0)));
  for_rows(sql_, query, b, [&](const soci::row& row) { page.items.push_back(read_need(RowReader(row))); });
  return page;
}

}  // namespace bb::storage::soci_impl
