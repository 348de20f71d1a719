#pragma once
// The demo's HWK-style Azubi-Speeddating (issue 7): about 150 fictional youths from 20 schools
// and 30 craft companies of the demo register with 35 tables, 10-minute rounds in three blocks,
// wishes of both sides and a few exclusions; the plan is computed by the planner as staff
// would. Written through services::SpeeddatingService; fixed seed, the same data every run.

#include "core/result.hpp"
#include "domain/entities.hpp"
#include "storage/database.hpp"

#include <cstdint>

namespace bb::demo {

struct DemoSpeeddatingSummary {
  int youths = 0;
  int companies = 0;
  int tables = 0;
  int talks = 0;
};

// Fills the demo's first event of format azubi_speeddating (none: nothing to do).
Result<DemoSpeeddatingSummary> create_demo_speeddating(storage::Database& db, domain::Id region_id, std::int64_t now);

}  // namespace bb::demo
