#pragma once

#include "storage/map_layout_repository.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociMapLayoutRepository final : public MapLayoutRepository {
 public:
  explicit SociMapLayoutRepository(soci::session& sql) : sql_(sql) {}
  Result<std::vector<MapLayoutSummary>> list(domain::Id region_id) override;
  Result<std::optional<std::string>> positions(domain::Id region_id, std::string_view name) override;
  Result<void> save(domain::Id region_id, std::string_view name, std::string_view positions, domain::Id user_id,
                    domain::UnixTime now) override;
  Result<bool> remove(domain::Id region_id, std::string_view name) override;

 private:
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
