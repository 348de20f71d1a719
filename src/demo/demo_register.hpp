#pragma once
// The register of the Region Hannover demo (issue 3, "Demo data"): real institutions of the
// region, generated companies, fictional people, networks with their memberships, cooperation
// ties and some bridge work. Everything is written through services::RegisterService, so every
// record has its audit entry. The data are the same on every run (a fixed-seed generator, fixed
// calendar dates); only the timestamps are `now`.

#include "core/result.hpp"
#include "domain/entities.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

namespace bb::demo {

inline constexpr std::string_view kServiceCentreName = "Servicestelle Ausbildung und Migration Region Hannover";

struct DemoRegisterSummary {
  int organisations = 0;
  int companies = 0;
  int contacts = 0;
  int networks = 0;
  int memberships = 0;
  int ties = 0;
  int transfers = 0;
  // Some organisations by a stable key ("service_centre", "ihk", "hwk", "jobcenter", "miso", ...).
  std::map<std::string, domain::Id> key_organisations;
};

// Creates the register in that (freshly created, empty) region. Not idempotent by itself:
// create_demo_region calls it only when it has just created the region.
Result<DemoRegisterSummary> create_demo_register(storage::Database& db, domain::Id region_id, std::int64_t now);

// The fictional first and last names every demo contact is made of ("First Last").
std::span<const std::string_view> demo_first_names();
std::span<const std::string_view> demo_last_names();

}  // namespace bb::demo
