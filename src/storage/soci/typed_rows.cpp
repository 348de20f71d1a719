#include "storage/soci/typed_rows.hpp"

#include <utility>

namespace bb::storage::soci_impl {

bool fetch_first(soci::statement& st, const std::string& query) {
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  return st.execute(true);
}

void prepare_bound(soci::statement& st, const std::string& query) {
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
}

void execute_for_rows(soci::statement& st, const std::string& query) {
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  st.execute(false);
}

void UserRow::bind_into(soci::statement& st) {
  st.exchange(soci::into(id));
  st.exchange(soci::into(region_id, region_ind));
  st.exchange(soci::into(email));
  st.exchange(soci::into(display_name));
  st.exchange(soci::into(role));
  st.exchange(soci::into(language));
  st.exchange(soci::into(active));
  st.exchange(soci::into(created_at));
}

domain::User UserRow::take() {
  domain::User u;
  u.id = id;
  u.region_id = region_ind == soci::i_null ? std::nullopt : std::optional<domain::Id>(region_id);
  u.email = std::move(email);
  u.display_name = std::move(display_name);
  u.role = domain::parse_role(role).value_or(domain::Role::partner);
  u.language = domain::parse_ui_language(language).value_or(domain::UiLanguage::de);
  u.active = active != 0;
  u.created_at = created_at;
  return u;
}

void JoinedRegionRow::bind_into(soci::statement& st) {
  st.exchange(soci::into(id, id_ind));
  st.exchange(soci::into(slug, slug_ind));
  st.exchange(soci::into(name, name_ind));
  st.exchange(soci::into(created_at, created_at_ind));
}

std::optional<domain::Region> JoinedRegionRow::take() {
  if (id_ind == soci::i_null) return std::nullopt;
  return domain::Region{id, std::move(slug), std::move(name), created_at};
}

void RegionRow::bind_into(soci::statement& st) {
  st.exchange(soci::into(id));
  st.exchange(soci::into(slug));
  st.exchange(soci::into(name));
  st.exchange(soci::into(created_at));
}

domain::Region RegionRow::take() { return domain::Region{id, std::move(slug), std::move(name), created_at}; }

void MunicipalityRow::bind_into(soci::statement& st) {
  st.exchange(soci::into(id));
  st.exchange(soci::into(region_id));
  st.exchange(soci::into(name));
}

domain::Municipality MunicipalityRow::take() { return domain::Municipality{id, region_id, std::move(name)}; }

}  // namespace bb::storage::soci_impl
