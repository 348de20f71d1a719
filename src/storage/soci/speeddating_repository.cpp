// The speed-dating planner's rows: settings (with the saved plan's figures), youths,
// companies, preferences (wishes and exclusions) and the talks of the saved plan.
#include "domain/register.hpp"
#include "storage/soci/row_reader.hpp"
#include "storage/soci/speeddating_sql.hpp"

#include <string>

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

void execute(soci::session& sql, const std::string& statement, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << statement);
  binds.bind(prep);
  soci::statement st(prep);
  st.execute(true);
}

std::string nullable_id(Bindings& b, const std::optional<Id>& id) {
  return id ? b.value(id_value(*id)) : std::string("NULL");
}
std::string nullable_int(Bindings& b, const std::optional<int>& v) {
  return v ? b.value(static_cast<long long>(*v)) : std::string("NULL");
}
std::optional<int> opt_int(const RowReader& r, std::size_t i) {
  auto v = r.opt_int64(i);
  return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

std::string join_ints(const std::vector<int>& values) {
  std::string out;
  for (int v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
  return out;
}
std::vector<int> split_ints(const std::string& text) {
  std::vector<int> out;
  for (const auto& part : domain::split_list(text)) {
    try {
      out.push_back(std::stoi(part));
    } catch (const std::exception&) {
      // a value the application never wrote: skipped
    }
  }
  return out;
}

std::string where_event(Bindings& b, Id region_id, Id event_id) {
  return " WHERE region_id = " + b.value(id_value(region_id)) + " AND event_id = " + b.value(id_value(event_id));
}

constexpr const char* kYouthColumns =
    "id, event_id, name, school, occupations, languages, prepared, municipality_id, first_slot, last_slot, "
    "max_talks, no_show";
constexpr const char* kCompanyColumns =
    "id, event_id, organisation_id, name, occupations, places, tables_count, languages, municipality_id, "
    "first_slot, last_slot, no_show";

}  // namespace

// ----- settings -----

Result<std::optional<domain::SpeeddatingSettings>> SociSpeeddatingRepository::settings(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  "SELECT event_id, start_time, slot_minutes, blocks, break_minutes, guaranteed_min, weight_occupation, "
                  "weight_wish, weight_language, weight_distance FROM speeddating_settings" +
                      where_event(b, region_id, event_id),
                  b);
  for (const auto& row : rows) {
    RowReader r(row);
    domain::SpeeddatingSettings s;
    s.event_id = r.int64(0);
    s.start_time = r.text(1);
    s.slot_minutes = static_cast<int>(r.int64(2));
    s.blocks = split_ints(r.text(3));
    s.break_minutes = static_cast<int>(r.int64(4));
    s.guaranteed_min = static_cast<int>(r.int64(5));
    s.weights.occupation = static_cast<int>(r.int64(6));
    s.weights.wish = static_cast<int>(r.int64(7));
    s.weights.language = static_cast<int>(r.int64(8));
    s.weights.distance = static_cast<int>(r.int64(9));
    return std::optional<domain::SpeeddatingSettings>(std::move(s));
  }
  return std::optional<domain::SpeeddatingSettings>();
}

Result<void> SociSpeeddatingRepository::save_settings(Id region_id, const domain::SpeeddatingSettings& s,
                                                      UnixTime now) {
  Bindings b;
  const auto v = [&](int x) { return b.value(static_cast<long long>(x)); };
  // Upsert: ON CONFLICT ... DO UPDATE means the same on SQLite (>= 3.24) and PostgreSQL.
  const std::string values = b.value(id_value(region_id)) + ", " + b.value(id_value(s.event_id)) + ", " +
                             b.value(s.start_time) + ", " + v(s.slot_minutes) + ", " + b.value(join_ints(s.blocks)) +
                             ", " + v(s.break_minutes) + ", " + v(s.guaranteed_min) + ", " + v(s.weights.occupation) +
                             ", " + v(s.weights.wish) + ", " + v(s.weights.language) + ", " + v(s.weights.distance) +
                             ", " + b.value(static_cast<long long>(now));
  execute(sql_,
          "INSERT INTO speeddating_settings (region_id, event_id, start_time, slot_minutes, blocks, break_minutes, "
          "guaranteed_min, weight_occupation, weight_wish, weight_language, weight_distance, updated_at) VALUES (" +
              values +
              ") ON CONFLICT (event_id) DO UPDATE SET start_time = excluded.start_time, slot_minutes = "
              "excluded.slot_minutes, blocks = excluded.blocks, break_minutes = excluded.break_minutes, "
              "guaranteed_min = excluded.guaranteed_min, weight_occupation = excluded.weight_occupation, "
              "weight_wish = excluded.weight_wish, weight_language = excluded.weight_language, weight_distance = "
              "excluded.weight_distance, updated_at = excluded.updated_at",
          b);
  return success();
}

// ----- youths -----

Result<Id> SociSpeeddatingRepository::add_youth(Id region_id, const domain::SpeeddatingYouth& y, UnixTime now) {
  Bindings b;
  const std::string values =
      b.value(id_value(region_id)) + ", " + b.value(id_value(y.event_id)) + ", " + b.value(y.name) + ", " +
      b.value(y.school) + ", " + b.value(domain::join_list(y.occupations)) + ", " +
      b.value(domain::join_list(y.languages)) + ", " + b.value(y.prepared ? 1LL : 0LL) + ", " +
      nullable_id(b, y.municipality_id) + ", " + nullable_int(b, y.first_slot) + ", " + nullable_int(b, y.last_slot) +
      ", " + b.value(static_cast<long long>(y.max_talks)) + ", " + b.value(y.no_show ? 1LL : 0LL) + ", " +
      b.value(static_cast<long long>(now)) + ", " + b.value(static_cast<long long>(now));
  return Id{query_int(sql_,
                      "INSERT INTO speeddating_youths (region_id, event_id, name, school, occupations, languages, "
                      "prepared, municipality_id, first_slot, last_slot, max_talks, no_show, created_at, updated_at) "
                      "VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociSpeeddatingRepository::update_youth(Id region_id, const domain::SpeeddatingYouth& y, UnixTime now) {
  Bindings b;
  return execute_changed(
      sql_,
      "UPDATE speeddating_youths SET name = " + b.value(y.name) + ", school = " + b.value(y.school) +
          ", occupations = " + b.value(domain::join_list(y.occupations)) +
          ", languages = " + b.value(domain::join_list(y.languages)) + ", prepared = " + b.value(y.prepared ? 1LL : 0LL) +
          ", municipality_id = " + nullable_id(b, y.municipality_id) + ", first_slot = " + nullable_int(b, y.first_slot) +
          ", last_slot = " + nullable_int(b, y.last_slot) + ", max_talks = " + b.value(static_cast<long long>(y.max_talks)) +
          ", no_show = " + b.value(y.no_show ? 1LL : 0LL) + ", updated_at = " + b.value(static_cast<long long>(now)) +
          " WHERE id = " + b.value(id_value(y.id)) + " AND region_id = " + b.value(id_value(region_id)) +
          " AND event_id = " + b.value(id_value(y.event_id)),
      b);
}

Result<bool> SociSpeeddatingRepository::remove_youth(Id region_id, Id event_id, Id youth_id) {
  Bindings b;
  const std::string where = where_event(b, region_id, event_id) + " AND youth_id = " + b.value(id_value(youth_id));
  // Explicitly, not by ON DELETE CASCADE: SQLite enforces foreign keys only per connection.
  execute(sql_, "DELETE FROM speeddating_talks" + where, b);
  Bindings b2;
  execute(sql_,
          "DELETE FROM speeddating_preferences" + where_event(b2, region_id, event_id) +
              " AND youth_id = " + b2.value(id_value(youth_id)),
          b2);
  Bindings b3;
  return execute_changed(
      sql_, "DELETE FROM speeddating_youths" + where_event(b3, region_id, event_id) + " AND id = " + b3.value(id_value(youth_id)),
      b3);
}

Result<std::vector<domain::SpeeddatingYouth>> SociSpeeddatingRepository::youths(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string("SELECT ") + kYouthColumns + " FROM speeddating_youths" +
                      where_event(b, region_id, event_id) + " ORDER BY name, id",
                  b);
  std::vector<domain::SpeeddatingYouth> out;
  for (const auto& row : rows) {
    RowReader r(row);
    domain::SpeeddatingYouth y;
    y.id = r.int64(0);
    y.event_id = r.int64(1);
    y.name = r.text(2);
    y.school = r.text(3);
    y.occupations = domain::split_list(r.text(4));
    y.languages = domain::split_list(r.text(5));
    y.prepared = r.int64(6) != 0;
    y.municipality_id = r.opt_int64(7);
    y.first_slot = opt_int(r, 8);
    y.last_slot = opt_int(r, 9);
    y.max_talks = static_cast<int>(r.int64(10));
    y.no_show = r.int64(11) != 0;
    out.push_back(std::move(y));
  }
  return out;
}

// ----- companies -----

Result<Id> SociSpeeddatingRepository::add_company(Id region_id, const domain::SpeeddatingCompany& c, UnixTime now) {
  Bindings b;
  const std::string values =
      b.value(id_value(region_id)) + ", " + b.value(id_value(c.event_id)) + ", " + nullable_id(b, c.organisation_id) +
      ", " + b.value(c.name) + ", " + b.value(domain::join_list(c.occupations)) + ", " +
      b.value(static_cast<long long>(c.places)) + ", " + b.value(static_cast<long long>(c.tables)) + ", " +
      b.value(domain::join_list(c.languages)) + ", " + nullable_id(b, c.municipality_id) + ", " +
      nullable_int(b, c.first_slot) + ", " + nullable_int(b, c.last_slot) + ", " + b.value(c.no_show ? 1LL : 0LL) +
      ", " + b.value(static_cast<long long>(now)) + ", " + b.value(static_cast<long long>(now));
  return Id{query_int(sql_,
                      "INSERT INTO speeddating_companies (region_id, event_id, organisation_id, name, occupations, "
                      "places, tables_count, languages, municipality_id, first_slot, last_slot, no_show, created_at, "
                      "updated_at) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociSpeeddatingRepository::update_company(Id region_id, const domain::SpeeddatingCompany& c, UnixTime now) {
  Bindings b;
  return execute_changed(
      sql_,
      "UPDATE speeddating_companies SET organisation_id = " + nullable_id(b, c.organisation_id) +
          ", name = " + b.value(c.name) + ", occupations = " + b.value(domain::join_list(c.occupations)) +
          ", places = " + b.value(static_cast<long long>(c.places)) +
          ", tables_count = " + b.value(static_cast<long long>(c.tables)) +
          ", languages = " + b.value(domain::join_list(c.languages)) +
          ", municipality_id = " + nullable_id(b, c.municipality_id) + ", first_slot = " + nullable_int(b, c.first_slot) +
          ", last_slot = " + nullable_int(b, c.last_slot) + ", no_show = " + b.value(c.no_show ? 1LL : 0LL) +
          ", updated_at = " + b.value(static_cast<long long>(now)) + " WHERE id = " + b.value(id_value(c.id)) +
          " AND region_id = " + b.value(id_value(region_id)) + " AND event_id = " + b.value(id_value(c.event_id)),
      b);
}

Result<bool> SociSpeeddatingRepository::remove_company(Id region_id, Id event_id, Id company_id) {
  Bindings b;
  execute(sql_, "DELETE FROM speeddating_talks" + where_event(b, region_id, event_id) + " AND company_id = " +
                    b.value(id_value(company_id)),
          b);
  Bindings b2;
  execute(sql_,
          "DELETE FROM speeddating_preferences" + where_event(b2, region_id, event_id) +
              " AND company_id = " + b2.value(id_value(company_id)),
          b2);
  Bindings b3;
  return execute_changed(sql_,
                         "DELETE FROM speeddating_companies" + where_event(b3, region_id, event_id) +
                             " AND id = " + b3.value(id_value(company_id)),
                         b3);
}

Result<std::vector<domain::SpeeddatingCompany>> SociSpeeddatingRepository::companies(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  std::string("SELECT ") + kCompanyColumns + " FROM speeddating_companies" +
                      where_event(b, region_id, event_id) + " ORDER BY name, id",
                  b);
  std::vector<domain::SpeeddatingCompany> out;
  for (const auto& row : rows) {
    RowReader r(row);
    domain::SpeeddatingCompany c;
    c.id = r.int64(0);
    c.event_id = r.int64(1);
    c.organisation_id = r.opt_int64(2);
    c.name = r.text(3);
    c.occupations = domain::split_list(r.text(4));
    c.places = static_cast<int>(r.int64(5));
    c.tables = static_cast<int>(r.int64(6));
    c.languages = domain::split_list(r.text(7));
    c.municipality_id = r.opt_int64(8);
    c.first_slot = opt_int(r, 9);
    c.last_slot = opt_int(r, 10);
    c.no_show = r.int64(11) != 0;
    out.push_back(std::move(c));
  }
  return out;
}

// ----- preferences -----

Result<void> SociSpeeddatingRepository::add_preference(Id region_id, Id event_id, const domain::SpeeddatingPreference& p) {
  Bindings b;
  execute(sql_,
          "INSERT INTO speeddating_preferences (region_id, event_id, youth_id, company_id, kind) VALUES (" +
              b.value(id_value(region_id)) + ", " + b.value(id_value(event_id)) + ", " + b.value(id_value(p.youth_id)) +
              ", " + b.value(id_value(p.company_id)) + ", " + b.value(std::string(domain::to_string(p.kind))) +
              ") ON CONFLICT DO NOTHING",
          b);
  return success();
}

Result<bool> SociSpeeddatingRepository::remove_preference(Id region_id, Id event_id,
                                                          const domain::SpeeddatingPreference& p) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM speeddating_preferences" + where_event(b, region_id, event_id) +
                             " AND youth_id = " + b.value(id_value(p.youth_id)) + " AND company_id = " +
                             b.value(id_value(p.company_id)) + " AND kind = " +
                             b.value(std::string(domain::to_string(p.kind))),
                         b);
}

Result<std::vector<domain::SpeeddatingPreference>> SociSpeeddatingRepository::preferences(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  "SELECT youth_id, company_id, kind FROM speeddating_preferences" +
                      where_event(b, region_id, event_id) + " ORDER BY youth_id, company_id, kind",
                  b);
  std::vector<domain::SpeeddatingPreference> out;
  for (const auto& row : rows) {
    RowReader r(row);
    auto kind = domain::parse_preference_kind(r.text(2));
    if (!kind) continue;
    out.push_back({r.int64(0), r.int64(1), *kind});
  }
  return out;
}

// ----- plan -----

Result<void> SociSpeeddatingRepository::save_plan(Id region_id, Id event_id, const domain::SpeeddatingPlan& plan,
                                                  UnixTime now) {
  Bindings b;
  execute(sql_, "DELETE FROM speeddating_talks" + where_event(b, region_id, event_id), b);
  for (const auto& t : plan.talks) {
    Bindings ins;
    execute(sql_,
            "INSERT INTO speeddating_talks (region_id, event_id, youth_id, company_id, table_no, slot) VALUES (" +
                ins.value(id_value(region_id)) + ", " + ins.value(id_value(event_id)) + ", " +
                ins.value(id_value(t.youth_id)) + ", " + ins.value(id_value(t.company_id)) + ", " +
                ins.value(static_cast<long long>(t.table)) + ", " + ins.value(static_cast<long long>(t.slot)) + ")",
            ins);
  }
  Bindings u;
  const bool changed = execute_changed(
      sql_,
      "UPDATE speeddating_settings SET plan_objective = " + u.value(static_cast<long long>(plan.objective)) +
          ", plan_bound = " + u.value(static_cast<long long>(plan.bound)) +
          ", plan_optimal = " + u.value(plan.optimal ? 1LL : 0LL) + ", plan_method = " + u.value(plan.method) +
          ", plan_held_before = " + u.value(static_cast<long long>(plan.held_before)) +
          ", plan_updated_at = " + u.value(static_cast<long long>(now)) + where_event(u, region_id, event_id),
      u);
  if (!changed) return Error::not_found("speeddating: settings missing");
  return success();
}

Result<std::optional<domain::SpeeddatingPlan>> SociSpeeddatingRepository::plan(Id region_id, Id event_id) {
  Bindings b;
  auto rows = run(sql_,
                  "SELECT plan_objective, plan_bound, plan_optimal, plan_method, plan_held_before, plan_updated_at "
                  "FROM speeddating_settings" +
                      where_event(b, region_id, event_id) + " AND plan_updated_at IS NOT NULL",
                  b);
  std::optional<domain::SpeeddatingPlan> out;
  for (const auto& row : rows) {
    RowReader r(row);
    domain::SpeeddatingPlan p;
    p.objective = r.opt_int64(0).value_or(0);
    p.bound = r.opt_int64(1).value_or(0);
    p.optimal = r.int64(2) != 0;
    p.method = r.text(3);
    p.held_before = static_cast<int>(r.int64(4));
    p.updated_at = r.opt_int64(5);
    out = std::move(p);
  }
  if (!out) return out;
  Bindings t;
  auto talks = run(sql_,
                   "SELECT youth_id, company_id, table_no, slot FROM speeddating_talks" +
                       where_event(t, region_id, event_id) + " ORDER BY slot, company_id, table_no",
                   t);
  for (const auto& row : talks) {
    RowReader r(row);
    out->talks.push_back({r.int64(0), r.int64(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3))});
  }
  return out;
}

}  // namespace bb::storage::soci_impl
