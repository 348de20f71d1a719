// Registrations for events: the waiting list, cancellation by token, check-in, and the
// attendance figures by organisation type and municipality.
#include "storage/soci/event_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <map>

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

constexpr const char* kColumns =
    "r.id, r.region_id, r.event_id, r.name, r.email, r.organisation_id, r.organisation_name, r.consent_given, "
    "r.consent_at, r.status, r.registered_by, r.registered_by_user_id, r.checked_in_at, r.created_at, r.updated_at";

domain::Registration read_registration(const RowReader& r) {
  domain::Registration x;
  x.id = r.int64(0);
  x.region_id = r.int64(1);
  x.event_id = r.int64(2);
  x.name = r.text(3);
  x.email = r.text(4);
  x.organisation_id = r.opt_int64(5);
  x.organisation_name = r.text(6);
  x.consent_given = r.int64(7) != 0;
  x.consent_at = r.opt_int64(8);
  x.status = domain::parse_registration_status(r.text(9)).value_or(domain::RegistrationStatus::registered);
  x.registered_by = r.text(10) == "staff" ? domain::RegisteredBy::staff : domain::RegisteredBy::self;
  x.registered_by_user_id = r.opt_int64(11);
  x.checked_in_at = r.opt_int64(12);
  x.created_at = r.int64(13);
  x.updated_at = r.int64(14);
  return x;
}

std::optional<domain::Registration> first_of(soci::session& sql, const std::string& query, Bindings& b) {
  auto rows = run(sql, query, b);
  for (const auto& row : rows) return read_registration(RowReader(row));
  return std::nullopt;
}

std::string nullable(Bindings& b, const std::optional<long long>& v) {
  return v ? b.value(*v) : std::string("NULL");
}

}  // namespace

Result<Id> SociRegistrationRepository::create(Id region_id, const domain::Registration& x,
                                              std::string_view cancel_token_hash, UnixTime now) {
  Bindings b;
  std::optional<long long> organisation;
  if (x.organisation_id) organisation = id_value(*x.organisation_id);
  std::optional<long long> by_user;
  if (x.registered_by_user_id) by_user = id_value(*x.registered_by_user_id);
  std::optional<long long> consent_at;
  if (x.consent_at) consent_at = *x.consent_at;
  std::optional<long long> checked_in;
  if (x.checked_in_at) checked_in = *x.checked_in_at;
  const std::string values =
      b.value(id_value(region_id)) + ", " + b.value(id_value(x.event_id)) + ", " + b.value(x.name) + ", " +
      b.value(x.email) + ", " + nullable(b, organisation) + ", " + b.value(x.organisation_name) + ", " +
      b.value(x.consent_given ? 1LL : 0LL) + ", " + nullable(b, consent_at) + ", " +
      b.value(std::string(domain::to_string(x.status))) + ", " + b.value(std::string(cancel_token_hash)) + ", " +
      b.value(std::string(domain::to_string(x.registered_by))) + ", " + nullable(b, by_user) + ", " +
      nullable(b, checked_in) + ", " + b.value(static_cast<long long>(now)) + ", " +
      b.value(static_cast<long long>(now));
  return Id{query_int(sql_,
                      "INSERT INTO event_registrations (region_id, event_id, name, email, organisation_id, "
                      "organisation_name, consent_given, consent_at, status, cancel_token_hash, registered_by, "
                      "registered_by_user_id, checked_in_at, created_at, updated_at) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociRegistrationRepository::set_status(Id region_id, Id registration_id,
                                                    domain::RegistrationStatus status,
                                                    std::optional<UnixTime> checked_in_at, UnixTime now) {
  Bindings b;
  std::optional<long long> checked;
  if (checked_in_at) checked = *checked_in_at;
  return execute_changed(sql_,
                         "UPDATE event_registrations SET status = " + b.value(std::string(domain::to_string(status))) +
                             ", checked_in_at = " + nullable(b, checked) +
                             ", updated_at = " + b.value(static_cast<long long>(now)) +
                             " WHERE id = " + b.value(id_value(registration_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::Registration>> SociRegistrationRepository::find(Id region_id, Id registration_id) {
  Bindings b;
  return first_of(sql_,
                  std::string("SELECT ") + kColumns + " FROM event_registrations r WHERE r.id = " +
                      b.value(id_value(registration_id)) + " AND r.region_id = " + b.value(id_value(region_id)),
                  b);
}

Result<std::optional<domain::Registration>> SociRegistrationRepository::find_by_cancel_token(
    std::string_view token_hash) {
  Bindings b;
  return first_of(sql_,
                  std::string("SELECT ") + kColumns + " FROM event_registrations r WHERE r.cancel_token_hash = " +
                      b.value(std::string(token_hash)),
                  b);
}

Result<std::vector<RegistrationView>> SociRegistrationRepository::of_event(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string("SELECT ") + kColumns +
                      ", COALESCE(o.name, r.organisation_name), COALESCE(o.type, '') FROM event_registrations r "
                      "LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.region_id = " +
                      b.value(id_value(region_id)) + " AND r.event_id = " + b.value(id_value(event_id)) +
                      " ORDER BY CASE r.status WHEN 'waiting' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END, "
                      "CASE WHEN r.status = 'waiting' THEN '' ELSE r.name END, r.id",
                  b);
  std::vector<RegistrationView> out;
  for (const auto& row : rows) {
    RowReader r(row);
    RegistrationView v;
    v.registration = read_registration(r);
    v.organisation_display = r.text(15);
    v.organisation_type = r.text(16);
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::int64_t> SociRegistrationRepository::count_taken(Id region_id, Id event_id) {
  Bindings b;
  return query_int(sql_,
                   "SELECT COUNT(*) FROM event_registrations WHERE region_id = " + b.value(id_value(region_id)) +
                       " AND event_id = " + b.value(id_value(event_id)) +
                       " AND status IN ('registered', 'attended')",
                   b);
}

Result<std::optional<domain::Registration>> SociRegistrationRepository::first_waiting(Id region_id, Id event_id) {
  Bindings b;
  return first_of(sql_,
                  std::string("SELECT ") + kColumns + " FROM event_registrations r WHERE r.region_id = " +
                      b.value(id_value(region_id)) + " AND r.event_id = " + b.value(id_value(event_id)) +
                      " AND r.status = 'waiting' ORDER BY r.id LIMIT 1",
                  b);
}

Result<std::optional<Id>> SociRegistrationRepository::active_by_email(Id region_id, Id event_id,
                                                                      std::string_view email) {
  Bindings b;
  auto rows = run(sql_,
                  "SELECT id FROM event_registrations WHERE region_id = " + b.value(id_value(region_id)) +
                      " AND event_id = " + b.value(id_value(event_id)) + " AND email = " +
                      b.value(std::string(email)) + " AND status <> 'cancelled' ORDER BY id LIMIT 1",
                  b);
  for (const auto& row : rows) return std::optional<Id>(RowReader(row).int64(0));
  return std::optional<Id>();
}

Result<AttendanceFigures> SociRegistrationRepository::figures(Id region_id, Id event_id) {
  AttendanceFigures f;
  {
    Bindings b;
    auto rows = run(sql_,
                    "SELECT status, COUNT(*) FROM event_registrations WHERE region_id = " +
                        b.value(id_value(region_id)) + " AND event_id = " + b.value(id_value(event_id)) +
                        " GROUP BY status",
                    b);
    for (const auto& row : rows) {
      RowReader r(row);
      const auto status = r.text(0);
      const auto n = r.int64(1);
      if (status == "registered") f.registered += n;
      if (status == "attended") {
        f.attended += n;
        f.registered += n;
      }
      if (status == "cancelled") f.cancelled = n;
      if (status == "waiting") f.waiting = n;
    }
  }
  auto by = [&](const std::string& key_expr, const std::string& join) {
    Bindings b;
    auto rows = run(sql_,
                    "SELECT " + key_expr + ", COUNT(*), COUNT(DISTINCT r.organisation_id) FROM event_registrations r " +
                        "LEFT JOIN organisations o ON o.id = r.organisation_id " + join +
                        " WHERE r.region_id = " + b.value(id_value(region_id)) +
                        " AND r.event_id = " + b.value(id_value(event_id)) + " AND r.status = 'attended' GROUP BY " +
                        key_expr + " ORDER BY COUNT(*) DESC, " + key_expr,
                    b);
    std::vector<AttendanceFigures::Count> out;
    for (const auto& row : rows) {
      RowReader r(row);
      out.push_back({r.text(0), r.int64(1), r.int64(2)});
    }
    return out;
  };
  f.by_type = by("COALESCE(o.type, '')", "");
  f.by_municipality = by("COALESCE(m.name, '')", "LEFT JOIN municipalities m ON m.id = o.municipality_id");
  return f;
}

}  // namespace bb::storage::soci_impl
