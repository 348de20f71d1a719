#pragma once

#include "storage/analysis_repository.hpp"

#include <soci/soci.h>

namespace bb::storage::soci_impl {

class SociAnalysisRepository final : public AnalysisRepository {
 public:
  explicit SociAnalysisRepository(soci::session& sql) : sql_(sql) {}
  Result<RegisterGraph> region_graph(Id region_id) override;

 private:
  soci::session& sql_;
};

}  // namespace bb::storage::soci_impl
