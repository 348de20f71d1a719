#pragma once
// The offer landscape of the Region Hannover demo (issue 5, "Demo data"): a few hundred offers
// of the demo organisations across the 21 municipalities, with planted gaps (municipalities
// without parents' work, recognition counselling only in a few places) and planted overlaps
// (the same application training by two providers in one town), translations for a subset,
// assessments of the migration-sensitivity check (some due for re-check) and reported needs.
// Written through the services, so every record has its audit entry. The same on every run
// (a fixed-seed generator); dates that must stay "current" (funding that runs out soon, reviews
// that are due) are counted from `now`, the others are fixed.

#include "core/result.hpp"
#include "domain/entities.hpp"
#include "storage/database.hpp"

#include <cstdint>

namespace bb::demo {

struct DemoOffersSummary {
  int offers = 0;
  int translations = 0;
  int assessments = 0;
  int needs = 0;
};

// Needs the region's register (create_demo_register) to exist.
Result<DemoOffersSummary> create_demo_offers(storage::Database& db, domain::Id region_id, std::int64_t now);

}  // namespace bb::demo
