// Organisations, their tags, region-defined types and the partner user's organisation link.
#include "domain/normalise.hpp"
#include "storage/soci/register_sql.hpp"
#include "storage/soci/row_reader.hpp"
#include "storage/soci/typed_rows.hpp"

#include <algorithm>
#include <array>

namespace bb::storage::soci_impl {

namespace {

constexpr const char* kColumns =
    "o.id, o.region_id, o.name, o.type, o.municipality_id, o.address, o.website, o.email, o.phone, o.languages, "
    "o.tags, o.notes, o.active, o.company_size, o.sector, o.migrant_led, o.may_train, o.trains_now, o.created_at, "
    "o.updated_at";

domain::Organisation read_organisation(const RowReader& r) {
  domain::Organisation o;
  o.id = r.int64(0);
  o.region_id = r.int64(1);
  o.name = r.text(2);
  o.type = r.text(3);
  o.municipality_id = r.opt_int64(4);
  o.address = r.text(5);
  o.website = r.text(6);
  o.email = r.text(7);
  o.phone = r.text(8);
  o.languages = domain::split_list(r.text(9));
  o.tags = domain::split_list(r.text(10));
  o.notes = r.text(11);
  o.active = r.int64(12) != 0;
  if (!r.is_null(13)) o.size = domain::parse_company_size(r.text(13));
  o.sector = r.text(14);
  o.migrant_led = r.int64(15) != 0;
  o.may_train = r.int64(16) != 0;
  o.trains_now = r.int64(17) != 0;
  o.created_at = r.int64(18);
  o.updated_at = r.int64(19);
  return o;
}

std::vector<domain::Organisation> read_all(soci::session& sql, const std::string& query, Bindings& binds) {
  soci::details::prepare_temp_type prep = (sql.prepare << query);
  binds.bind(prep);
  soci::rowset<soci::row> rows(prep);
  std::vector<domain::Organisation> out;
  for (const auto& row : rows) out.push_back(read_organisation(RowReader(row)));
  return out;
}

// The editable columns, and their placeholders in the same order (values kept in `b`).
constexpr std::array<const char*, 17> kWritable{
    "name", "name_norm", "type",   "municipality_id", "address", "website",     "email",     "phone",     "languages",
    "tags", "notes",     "active", "company_size",    "sector",  "migrant_led", "may_train", "trains_now"};

std::vector<std::string> writable_values(Bindings& b, const domain::Organisation& o) {
  return {b.value(o.name),
          b.value(domain::normalise_for_search(o.name)),
          b.value(o.type),
          o.municipality_id ? b.value(static_cast<long long>(*o.municipality_id)) : std::string("NULL"),
          b.value(o.address),
          b.value(o.website),
          b.value(o.email),
          b.value(o.phone),
          b.value(domain::join_list(o.languages)),
          b.value(domain::join_list(o.tags)),
          b.value(o.notes),
          b.value(o.active ? 1LL : 0LL),
          o.size ? b.value(std::string(domain::to_string(*o.size))) : std::string("NULL"),
          b.value(o.sector),
          b.value(o.migrant_led ? 1LL : 0LL),
          b.value(o.may_train ? 1LL : 0LL),
          b.value(o.trains_now ? 1LL : 0LL)};
}

}  // namespace

namespace {

// The statements of create(), kept prepared per connection (statement_cache.hpp): an import
// creates tens of thousands of organisations in one transaction, and preparing the INSERT anew
// cost PostgreSQL a PREPARE and a DEALLOCATE round trip per row (docs/PERFORMANCE.md).
struct InsertOrganisation {
  std::string name, name_norm, type;
  long long municipality = 0;
  soci::indicator municipality_ind = soci::i_null;
  std::string address, website, email, phone, languages, tags, notes;
  int active = 1;
  std::string size;
  soci::indicator size_ind = soci::i_null;
  std::string sector;
  int migrant_led = 0, may_train = 0, trains_now = 0;
  long long region = 0, created = 0, updated = 0;
  long long id = 0;
  soci::statement st;

  explicit InsertOrganisation(soci::session& sql) : st(sql) {
    std::string columns;
    std::string values;
    for (std::size_t i = 0; i < kWritable.size(); ++i) {
      columns += std::string(kWritable[i]) + ", ";
      values += ":v" + std::to_string(i) + ", ";
    }
    st.exchange(soci::into(id));
    st.exchange(soci::use(name));
    st.exchange(soci::use(name_norm));
    st.exchange(soci::use(type));
    st.exchange(soci::use(municipality, municipality_ind));
    st.exchange(soci::use(address));
    st.exchange(soci::use(website));
    st.exchange(soci::use(email));
    st.exchange(soci::use(phone));
    st.exchange(soci::use(languages));
    st.exchange(soci::use(tags));
    st.exchange(soci::use(notes));
    st.exchange(soci::use(active));
    st.exchange(soci::use(size, size_ind));
    st.exchange(soci::use(sector));
    st.exchange(soci::use(migrant_led));
    st.exchange(soci::use(may_train));
    st.exchange(soci::use(trains_now));
    st.exchange(soci::use(region));
    st.exchange(soci::use(created));
    st.exchange(soci::use(updated));
    prepare_bound(st, "INSERT INTO organisations (" + columns + "region_id, created_at, updated_at) VALUES (" + values +
                          ":region, :created, :updated) RETURNING id");
  }

  void set(const domain::Organisation& o) {
    name = o.name;
    name_norm = domain::normalise_for_search(o.name);
    type = o.type;
    municipality = o.municipality_id.value_or(0);
    municipality_ind = o.municipality_id ? soci::i_ok : soci::i_null;
    address = o.address;
    website = o.website;
    email = o.email;
    phone = o.phone;
    languages = domain::join_list(o.languages);
    tags = domain::join_list(o.tags);
    notes = o.notes;
    active = o.active ? 1 : 0;
    size = o.size ? std::string(domain::to_string(*o.size)) : std::string();
    size_ind = o.size ? soci::i_ok : soci::i_null;
    sector = o.sector;
    migrant_led = o.migrant_led ? 1 : 0;
    may_train = o.may_train ? 1 : 0;
    trains_now = o.trains_now ? 1 : 0;
  }
};

constexpr std::size_t kTagBatch = 64;

// INSERT of N tag rows in one statement, kept prepared per connection.
template <std::size_t N>
struct InsertOrganisationTags {
  std::array<long long, N> region{}, organisation{};
  std::array<std::string, N> tag;
  soci::statement st;

  explicit InsertOrganisationTags(soci::session& sql) : st(sql) {
    std::string query = "INSERT INTO organisation_tags (region_id, organisation_id, tag_norm) VALUES ";
    for (std::size_t i = 0; i < N; ++i) {
      const std::string n = std::to_string(i);
      query += (i == 0 ? "(" : ", (") + (":r" + n) + ", :o" + n + ", :t" + n + ")";
      st.exchange(soci::use(region[i]));
      st.exchange(soci::use(organisation[i]));
      st.exchange(soci::use(tag[i]));
    }
    prepare_bound(st, query);
  }
};

}  // namespace

void SociOrganisationRepository::write_tags(Id region_id, Id organisation_id, const std::vector<std::string>& tags,
                                            bool replace) {
  if (replace) {
    flush();
    const long long organisation = organisation_id;
    sql_ << "DELETE FROM organisation_tags WHERE organisation_id = :o", soci::use(organisation);
  }
  std::vector<std::string> written;
  for (const auto& tag : tags) {
    std::string norm = domain::normalise_for_search(tag);
    if (norm.empty() || std::find(written.begin(), written.end(), norm) != written.end()) continue;
    pending_tags_.push_back({region_id, organisation_id, norm});
    written.push_back(std::move(norm));
  }
  if (replace || pending_tags_.size() >= kTagBatch) flush();
}

void SociOrganisationRepository::flush() {
  std::size_t i = 0;
  const auto put = [&](auto& q, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k, ++i) {
      q.region[k] = pending_tags_[i].region_id;
      q.organisation[k] = pending_tags_[i].organisation_id;
      q.tag[k] = std::move(pending_tags_[i].tag);
    }
    q.st.execute(true);
  };
  while (pending_tags_.size() - i >= kTagBatch)
    cache_.use<InsertOrganisationTags<kTagBatch>>([&](auto& q) { put(q, kTagBatch); });
  while (i < pending_tags_.size()) cache_.use<InsertOrganisationTags<1>>([&](auto& q) { put(q, 1); });
  pending_tags_.clear();
}

Result<Id> SociOrganisationRepository::create(Id region_id, const domain::Organisation& o, UnixTime now) {
  const Id id = cache_.use<InsertOrganisation>([&](InsertOrganisation& q) {
    q.set(o);
    q.region = region_id;
    q.created = q.updated = now;
    q.st.execute(true);
    return Id{q.id};
  });
  write_tags(region_id, id, o.tags, false);  // a new organisation has no tags to replace
  return id;
}

Result<bool> SociOrganisationRepository::update(Id region_id, const domain::Organisation& o, UnixTime now) {
  Bindings b;
  std::string set;
  const auto placeholders = writable_values(b, o);
  for (std::size_t i = 0; i < kWritable.size(); ++i) set += std::string(kWritable[i]) + " = " + placeholders[i] + ", ";
  set += "updated_at = " + b.value(static_cast<long long>(now));
  if (!execute_changed(sql_,
                       "UPDATE organisations SET " + set + " WHERE id = " + b.value(static_cast<long long>(o.id)) +
                           " AND region_id = " + b.value(static_cast<long long>(region_id)),
                       b))
    return false;
  write_tags(region_id, o.id, o.tags, true);
  return true;
}

Result<bool> SociOrganisationRepository::remove(Id region_id, Id organisation_id) {
  flush();  // the held-back tags first: they point at the organisation
  Bindings b;
  return execute_changed(sql_,
                         "DELETE FROM organisations WHERE id = " + b.value(static_cast<long long>(organisation_id)) +
                             " AND region_id = " + b.value(static_cast<long long>(region_id)),
                         b);
}

Result<std::optional<domain::Organisation>> SociOrganisationRepository::find(Id region_id, Id organisation_id) {
  Bindings b;
  auto found = read_all(sql_,
                        std::string("SELECT ") + kColumns +
                            " FROM organisations o WHERE o.id = " + b.value(static_cast<long long>(organisation_id)) +
                            " AND o.region_id = " + b.value(static_cast<long long>(region_id)),
                        b);
  if (found.empty()) return std::optional<domain::Organisation>();
  return std::optional<domain::Organisation>(std::move(found.front()));
}

namespace {

std::string list_where(Bindings& b, Id region_id, const OrganisationQuery& q) {
  std::string where = " WHERE o.region_id = " + b.value(static_cast<long long>(region_id));
  if (q.type) where += " AND o.type = " + b.value(*q.type);
  if (q.municipality_id) where += " AND o.municipality_id = " + b.value(static_cast<long long>(*q.municipality_id));
  if (q.network_id) {
    where +=
        " AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.organisation_id = o.id AND ms.region_id = o.region_id "
        "AND ms.network_id = " +
        b.value(static_cast<long long>(*q.network_id));
    if (!q.as_of.empty())
      where += " AND (ms.since = '' OR ms.since <= " + b.value(q.as_of) +
               ") AND (ms.until = '' OR ms.until >= " + b.value(q.as_of) + ")";
    where += ")";
  }
  if (q.tag) {
    where +=
        " AND EXISTS (SELECT 1 FROM organisation_tags t WHERE t.organisation_id = o.id AND t.region_id = o.region_id "
        "AND t.tag_norm = " +
        b.value(domain::normalise_for_search(*q.tag)) + ")";
  }
  if (q.migrant_led) where += " AND o.migrant_led = " + b.value(*q.migrant_led ? 1LL : 0LL);
  if (q.active) where += " AND o.active = " + b.value(*q.active ? 1LL : 0LL);
  append_search(where, b, "o.name_norm", q.search);
  return where;
}

}  // namespace

Result<PageOf<domain::Organisation>> SociOrganisationRepository::list(Id region_id, const OrganisationQuery& q) {
  flush();  // the tag filter reads organisation_tags
  PageOf<domain::Organisation> page;
  {
    Bindings b;
    page.total = query_int(sql_, "SELECT COUNT(*) FROM organisations o" + list_where(b, region_id, q), b);
  }
  const std::string direction = q.descending ? " DESC" : " ASC";
  std::string order;
  std::string from = " FROM organisations o";
  switch (q.sort) {
    case OrganisationQuery::Sort::name:
      order = "o.name_norm" + direction;
      break;
    case OrganisationQuery::Sort::type:
      order = "o.type" + direction + ", o.name_norm";
      break;
    case OrganisationQuery::Sort::municipality:
      from += " LEFT JOIN municipalities m ON m.id = o.municipality_id";
      order = "COALESCE(m.name, '')" + direction + ", o.name_norm";
      break;
    case OrganisationQuery::Sort::updated:
      order = "o.updated_at" + direction;
      break;
  }
  Bindings b;
  const std::string where = list_where(b, region_id, q);
  const std::string paging = " LIMIT " + b.value(static_cast<long long>(std::clamp(q.limit, 1, 1000))) + " OFFSET " +
                             b.value(static_cast<long long>(std::max(q.offset, 0)));
  page.items =
      read_all(sql_, std::string("SELECT ") + kColumns + from + where + " ORDER BY " + order + ", o.id" + paging, b);
  return page;
}

Result<std::vector<OrganisationName>> SociOrganisationRepository::names(Id region_id) {
  const long long region = region_id;
  long long id = 0;
  std::string name;
  int active = 0;
  soci::statement st(sql_);
  st.exchange(soci::into(id));
  st.exchange(soci::into(name));
  st.exchange(soci::into(active));
  st.exchange(soci::use(region));
  execute_for_rows(st, "SELECT id, name, active FROM organisations WHERE region_id = :r ORDER BY name_norm, id");
  std::vector<OrganisationName> out;
  while (st.fetch()) out.push_back({id, std::move(name), active != 0});
  return out;
}

Result<std::vector<domain::Organisation>> SociOrganisationRepository::likely_duplicates(
    Id region_id, std::string_view name, std::optional<Id> municipality_id) {
  Bindings b;
  std::string query = std::string("SELECT ") + kColumns +
                      " FROM organisations o WHERE o.region_id = " + b.value(static_cast<long long>(region_id)) +
                      " AND o.name_norm = " + b.value(domain::normalise_for_search(name));
  query += municipality_id ? " AND o.municipality_id = " + b.value(static_cast<long long>(*municipality_id))
                           : std::string(" AND o.municipality_id IS NULL");
  return read_all(sql_, query + " ORDER BY o.id", b);
}

Result<OrganisationDependants> SociOrganisationRepository::dependants(Id region_id, Id organisation_id) {
  OrganisationDependants d;
  // Rows of `table` in the region where any of `columns` names the organisation.
  auto count = [&](const std::string& table, std::initializer_list<const char*> columns) {
    Bindings b;
    std::string query =
        "SELECT COUNT(*) FROM " + table + " WHERE region_id = " + b.value(static_cast<long long>(region_id)) + " AND (";
    bool first = true;
    for (const char* column : columns) {
      query += std::string(first ? "" : " OR ") + column + " = " + b.value(static_cast<long long>(organisation_id));
      first = false;
    }
    return query_int(sql_, query + ")", b);
  };
  d.contacts = count("contacts", {"organisation_id"});
  d.memberships = count("memberships", {"organisation_id"});
  d.ties = count("ties", {"organisation_a_id", "organisation_b_id"});
  d.led_networks = count("networks", {"lead_organisation_id"});
  d.partner_users = count("users", {"organisation_id"});
  d.offers = count("offers", {"provider_id"});
  d.needs = count("needs", {"organisation_id"});
  d.plan_measures = count("plan_measures", {"lead_organisation_id", "anchoring_organisation_id"});
  {
    Bindings b;
    d.plan_measures += query_int(sql_,
                                 "SELECT COUNT(*) FROM plan_measure_links WHERE region_id = " +
                                     b.value(static_cast<long long>(region_id)) + " AND kind = 'partner' AND target_id = " +
                                     b.value(static_cast<long long>(organisation_id)),
                                 b);
  }
  return d;
}

std::vector<domain::OrganisationType> SociOrganisationRepository::types(Id region_id, bool only_active) {
  Bindings b;
  soci::details::prepare_temp_type prep =
      (sql_.prepare << "SELECT id, region_id, key, label, label_en, active FROM organisation_types WHERE region_id = " +
                           b.value(static_cast<long long>(region_id)) + (only_active ? " AND active = 1" : "") +
                           " ORDER BY label, id");
  b.bind(prep);
  soci::rowset<soci::row> rows(prep);
  std::vector<domain::OrganisationType> out;
  for (const auto& row : rows) {
    RowReader r(row);
    out.push_back(domain::OrganisationType{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.int64(5) != 0});
  }
  return out;
}

Result<std::vector<domain::OrganisationType>> SociOrganisationRepository::custom_types(Id region_id) {
  return types(region_id, true);
}

Result<std::vector<domain::OrganisationType>> SociOrganisationRepository::all_custom_types(Id region_id) {
  return types(region_id, false);
}

Result<Id> SociOrganisationRepository::add_custom_type(Id region_id, std::string_view key, std::string_view label,
                                                       std::string_view label_en) {
  Bindings b;
  const std::string values = b.value(static_cast<long long>(region_id)) + ", " + b.value(std::string(key)) + ", " +
                             b.value(std::string(label)) + ", " + b.value(std::string(label_en));
  return Id{query_int(
      sql_,
      "INSERT INTO organisation_types (region_id, key, label, label_en, active) VALUES (" + values + ", 1) RETURNING id",
      b)};
}

Result<bool> SociOrganisationRepository::update_custom_type(Id region_id, const domain::OrganisationType& type) {
  Bindings b;
  const std::string set = "label = " + b.value(type.label) + ", label_en = " + b.value(type.label_en) +
                          ", active = " + b.value(type.active ? 1LL : 0LL);
  return execute_changed(sql_,
                         "UPDATE organisation_types SET " + set + " WHERE region_id = " +
                             b.value(static_cast<long long>(region_id)) + " AND key = " + b.value(type.key),
                         b);
}

Result<std::int64_t> SociOrganisationRepository::count_of_type(Id region_id, std::string_view type) {
  Bindings b;
  return query_int(sql_,
                   "SELECT COUNT(*) FROM organisations WHERE region_id = " +
                       b.value(static_cast<long long>(region_id)) + " AND type = " + b.value(std::string(type)),
                   b);
}

Result<std::optional<Id>> SociOrganisationRepository::partner_organisation(Id region_id, Id user_id) {
  Bindings b;
  soci::details::prepare_temp_type prep =
      (sql_.prepare << "SELECT organisation_id FROM users WHERE id = " + b.value(static_cast<long long>(user_id)) +
                           " AND region_id = " + b.value(static_cast<long long>(region_id)));
  b.bind(prep);
  soci::rowset<soci::row> rows(prep);
  for (const auto& row : rows) return RowReader(row).opt_int64(0);
  return std::optional<Id>();
}

Result<bool> SociOrganisationRepository::set_partner_organisation(Id region_id, Id user_id,
                                                                  std::optional<Id> organisation_id) {
  Bindings b;
  const std::string value = organisation_id ? b.value(static_cast<long long>(*organisation_id)) : std::string("NULL");
  return execute_changed(sql_,
                         "UPDATE users SET organisation_id = " + value +
                             " WHERE id = " + b.value(static_cast<long long>(user_id)) +
                             " AND region_id = " + b.value(static_cast<long long>(region_id)),
                         b);
}

}  // namespace bb::storage::soci_impl
