#include "storage/soci/map_layout_repository.hpp"

namespace bb::storage::soci_impl {

Result<std::vector<MapLayoutSummary>> SociMapLayoutRepository::list(domain::Id region_id) {
  std::vector<MapLayoutSummary> out;
  soci::rowset<soci::row> rows =
      (sql_.prepare << "SELECT l.name, l.updated_at, COALESCE(u.display_name, '') FROM map_layouts l "
                       "LEFT JOIN users u ON u.id = l.updated_by WHERE l.region_id = :r ORDER BY l.name",
       soci::use(region_id));
  for (const auto& row : rows) {
    out.push_back({row.get<std::string>(0), static_cast<domain::UnixTime>(row.get<long long>(1)), row.get<std::string>(2)});
  }
  return out;
}

Result<std::optional<std::string>> SociMapLayoutRepository::positions(domain::Id region_id, std::string_view name) {
  const std::string n(name);
  std::string value;
  soci::indicator ind = soci::i_null;
  sql_ << "SELECT positions FROM map_layouts WHERE region_id = :r AND name = :n", soci::use(region_id), soci::use(n),
      soci::into(value, ind);
  if (!sql_.got_data() || ind == soci::i_null) return std::optional<std::string>();
  return std::optional<std::string>(std::move(value));
}

Result<void> SociMapLayoutRepository::save(domain::Id region_id, std::string_view name, std::string_view positions,
                                           domain::Id user_id, domain::UnixTime now) {
  const std::string n(name);
  const std::string p(positions);
  const long long at = now;
  // Both backends understand ON CONFLICT ... DO UPDATE with excluded.
  sql_ << "INSERT INTO map_layouts (region_id, name, positions, updated_by, updated_at) VALUES (:r, :n, :p, :u, :t) "
          "ON CONFLICT (region_id, name) DO UPDATE SET positions = excluded.positions, "
          "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
      soci::use(region_id), soci::use(n), soci::use(p), soci::use(user_id), soci::use(at);
  return {};
}

Result<bool> SociMapLayoutRepository::remove(domain::Id region_id, std::string_view name) {
  const std::string n(name);
  soci::statement st = (sql_.prepare << "DELETE FROM map_layouts WHERE region_id = :r AND name = :n",
                        soci::use(region_id), soci::use(n));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

}  // namespace bb::storage::soci_impl
