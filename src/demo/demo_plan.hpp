#pragma once
// The action plan of the Region Hannover demo (issue 6): the five fields of action of the issue,
// goals with indicators and some actuals, measures led by the real institutions of the demo
// register, an adopted version 1 (with the partners who agreed) and a revision in progress.
// Written through services::PlanService, so every record has its audit entry.

#include "core/result.hpp"
#include "domain/entities.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace bb::demo {

struct DemoPlanSummary {
  domain::Id plan_id = 0;
  int measures = 0;
  int versions = 0;
};

// `organisations`: the register's key organisations (DemoRegisterSummary::key_organisations).
Result<DemoPlanSummary> create_demo_plan(storage::Database& db, domain::Id region_id,
                                         const std::map<std::string, domain::Id>& organisations, std::int64_t now);

}  // namespace bb::demo
