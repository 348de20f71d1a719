#include "storage/soci/row_reader.hpp"
#include "storage/soci/soci_repositories.hpp"
#include "storage/soci/typed_rows.hpp"

#include <string>

namespace bb::storage::soci_impl {

namespace {
domain::Region to_region(const soci::row& row) {
  RowReader r(row);
  return domain::Region{r.int64(0), r.text(1), r.text(2), r.int64(3)};
}
}  // namespace

Result<Id> SociRegionRepository::create(std::string_view slug, std::string_view name, UnixTime now) {
  long long id = 0;
  const std::string s(slug);
  const std::string n(name);
  const long long at = now;
  sql_ << "INSERT INTO regions (slug, name, created_at) VALUES (:s, :n, :a) RETURNING id", soci::use(s), soci::use(n),
      soci::use(at), soci::into(id);
  return Id{id};
}

Result<std::optional<domain::Region>> SociRegionRepository::find(Id id) {
  static const std::string query = "SELECT id, slug, name, created_at FROM regions WHERE id = :id";
  const long long key = id;
  RegionRow row;
  soci::statement st(sql_);
  row.bind_into(st);
  st.exchange(soci::use(key));
  if (!fetch_first(st, query)) return std::optional<domain::Region>();
  return std::optional<domain::Region>(row.take());
}

Result<std::optional<domain::Region>> SociRegionRepository::find_by_slug(std::string_view slug) {
  const std::string s(slug);
  soci::rowset<soci::row> rows = (sql_.prepare << "SELECT id, slug, name, created_at FROM regions WHERE slug = :s",
                                  soci::use(s));
  for (const auto& row : rows) return std::optional<domain::Region>(to_region(row));
  return std::optional<domain::Region>();
}

Result<std::vector<domain::Region>> SociRegionRepository::list() {
  std::vector<domain::Region> out;
  soci::rowset<soci::row> rows = (sql_.prepare << "SELECT id, slug, name, created_at FROM regions ORDER BY name");
  for (const auto& row : rows) out.push_back(to_region(row));
  return out;
}

Result<Id> SociRegionRepository::add_municipality(Id region_id, std::string_view name) {
  long long id = 0;
  const long long region = region_id;
  const std::string n(name);
  sql_ << "INSERT INTO municipalities (region_id, name) VALUES (:r, :n) RETURNING id", soci::use(region), soci::use(n),
      soci::into(id);
  return Id{id};
}

Result<std::vector<domain::Municipality>> SociRegionRepository::municipalities(Id region_id) {
  static const std::string query = "SELECT id, region_id, name FROM municipalities WHERE region_id = :r ORDER BY name";
  const long long region = region_id;
  MunicipalityRow row;
  soci::statement st(sql_);
  row.bind_into(st);
  st.exchange(soci::use(region));
  execute_for_rows(st, query);
  std::vector<domain::Municipality> out;
  while (st.fetch()) out.push_back(row.take());
  return out;
}


namespace {
// The dashboard's figure on every view: kept prepared per connection (statement_cache.hpp).
struct CountMunicipalities {
  long long region = 0;
  long long count = 0;
  soci::statement st;

  explicit CountMunicipalities(soci::session& sql) : st(sql) {
    st.exchange(soci::into(count));
    st.exchange(soci::use(region));
    prepare_bound(st, "SELECT COUNT(*) FROM municipalities WHERE region_id = :r");
  }
};
}  // namespace

Result<std::int64_t> SociRegionRepository::count_municipalities(Id region_id) {
  return cache_.use<CountMunicipalities>([&](CountMunicipalities& q) -> std::int64_t {
    q.region = region_id;
    q.st.execute(true);
    return q.count;
  });
}

}  // namespace bb::storage::soci_impl
