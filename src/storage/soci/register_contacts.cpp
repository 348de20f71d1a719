// Contacts (Ansprechpersonen), including anonymisation on request.
#include "domain/normalise.hpp"
#include "storage/soci/register_sql.hpp"
#include "storage/soci/row_reader.hpp"

#include <algorithm>

namespace bb::storage::soci_impl {

namespace {

constexpr const char* kColumns =
    "c.id, c.region_id, c.organisation_id, c.name, c.function, c.email, c.phone, c.languages, c.data_basis, "
    "c.consent_date, c.anonymised, c.created_at, c.updated_at";

domain::Contact read_contact(const RowReader& r) {
  domain::Contact c;
  c.id = r.int64(0);
  c.region_id = r.int64(1);
  c.organisation_id = r.int64(2);
  c.name = r.text(3);
  c.function = r.text(4);
  c.email = r.text(5);
  c.phone = r.text(6);
  c.languages = domain::split_list(r.text(7));
  c.data_basis = domain::parse_data_basis(r.text(8)).value_or(domain::DataBasis::legitimate_interest);
  c.consent_date = r.text(9);
  c.anonymised = r.int64(10) != 0;
  c.created_at = r.int64(11);
  c.updated_at = r.int64(12);
  return c;
}

std::vector<domain::Contact> read_all(soci::session& sql, const std::string& query, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << query);
  binds.bind(prep);
  soci::rowset<soci::row> rows(prep);
  std::vector<domain::Contact> out;
  for (const auto& row : rows) out.push_back(read_contact(RowReader(row)));
  return out;
}

long long id_value(Id id) {
  return static_cast<long long>(id);
}

}  // namespace

Result<Id> SociContactRepository::create(Id region_id, const domain::Contact& c, UnixTime now) {
  Bindings b;
  std::string values = b.value(id_value(region_id));
  values += ", " + b.value(id_value(c.organisation_id));
  values += ", " + b.value(c.name);
  values += ", " + b.value(domain::normalise_for_search(c.name));
  values += ", " + b.value(c.function);
  values += ", " + b.value(c.email);
  values += ", " + b.value(c.phone);
  values += ", " + b.value(domain::join_list(c.languages));
  values += ", " + b.value(std::string(domain::to_string(c.data_basis)));
  values += ", " + b.value(c.consent_date);
  values += ", " + b.value(c.anonymised ? 1LL : 0LL);
  values += ", " + b.value(static_cast<long long>(now));
  values += ", " + b.value(static_cast<long long>(now));
  return Id{query_int(sql_,
                      "INSERT INTO contacts (region_id, organisation_id, name, name_norm, function, email, phone, "
                      "languages, data_basis, consent_date, anonymised, created_at, updated_at) VALUES (" +
                          values + ") RETURNING id",
                      b)};
}

Result<bool> SociContactRepository::update(Id region_id, const domain::Contact& c, UnixTime now) {
  Bindings b;
  std::string set = "organisation_id = " + b.value(id_value(c.organisation_id));
  set += ", name = " + b.value(c.name);
  set += ", name_norm = " + b.value(domain::normalise_for_search(c.name));
  set += ", function = " + b.value(c.function);
  set += ", email = " + b.value(c.email);
  set += ", phone = " + b.value(c.phone);
  set += ", languages = " + b.value(domain::join_list(c.languages));
  set += ", data_basis = " + b.value(std::string(domain::to_string(c.data_basis)));
  set += ", consent_date = " + b.value(c.consent_date);
  set += ", updated_at = " + b.value(static_cast<long long>(now));
  return execute_changed(sql_,
                         "UPDATE contacts SET " + set + " WHERE id = " + b.value(id_value(c.id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociContactRepository::remove(Id region_id, Id contact_id) {
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM contacts WHERE id = " + b.value(id_value(contact_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<std::optional<domain::Contact>> SociContactRepository::find(Id region_id, Id contact_id) {
  Bindings b;
  auto found =
      read_all(sql_,
               std::string("SELECT ") + kColumns + " FROM contacts c WHERE c.id = " + b.value(id_value(contact_id)) +
                   " AND c.region_id = " + b.value(id_value(region_id)),
               b);
  if (found.empty()) return std::optional<domain::Contact>();
  return std::optional<domain::Contact>(std::move(found.front()));
}

Result<PageOf<domain::Contact>> SociContactRepository::list(Id region_id, const ContactQuery& q) {
  auto where = [&](Bindings& b) {
    std::string w = " WHERE c.region_id = " + b.value(id_value(region_id));
    if (q.organisation_id) w += " AND c.organisation_id = " + b.value(id_value(*q.organisation_id));
    if (!q.include_anonymised) w += " AND c.anonymised = 0";
    append_search(w, b, "c.name_norm", q.search);
    return w;
  };
  PageOf<domain::Contact> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM contacts c" + where(b), b);
  }
  Bindings b;
  std::string query = std::string("SELECT ") + kColumns + " FROM contacts c" + where(b) +
                      " ORDER BY c.anonymised, c.name_norm, c.id LIMIT " +
                      b.value(static_cast<long long>(std::clamp(q.limit, 1, 1000))) + " OFFSET " +
                      b.value(static_cast<long long>(std::max(q.offset, 0)));
  page.items = read_all(sql_, query, b);
  return page;
}

Result<bool> SociContactRepository::anonymise(Id region_id, Id contact_id, UnixTime now) {
  Bindings b;
  return execute_changed(sql_,
                         "UPDATE contacts SET name = '', name_norm = '', function = '', email = '', phone = '', "
                         "languages = '', consent_date = '', anonymised = 1, updated_at = " +
                             b.value(static_cast<long long>(now)) + " WHERE id = " + b.value(id_value(contact_id)) +
                             " AND region_id = " + b.value(id_value(region_id)),
                         b);
}

Result<bool> SociContactRepository::redact_audit_entry(Id region_id, Id contact_id, Id audit_entry_id,
                                                       std::string_view before_json, std::string_view after_json) {
  Bindings b;
  const std::string set =
      "before_json = " + b.value(std::string(before_json)) + ", after_json = " + b.value(std::string(after_json));
  return execute_changed(sql_,
                         "UPDATE audit_log SET " + set + " WHERE id = " + b.value(id_value(audit_entry_id)) +
                             " AND region_id = " + b.value(id_value(region_id)) +
                             " AND object_type = 'contact' AND object_id = " + b.value(std::to_string(contact_id)),
                         b);
}

}  // namespace bb::storage::soci_impl
