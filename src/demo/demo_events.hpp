#pragma once
// The events of the Region Hannover demo (issue 7, "Demo data"): two years of events across the
// region - a kick-off conference, two Ausbilder-Frühstücke, a Dialogforum series with the
// economic development office, parents' evenings, the HWK-style Azubi-Speeddating, and some
// upcoming events with open registration - with invitations, registrations of fictional people
// from the demo organisations, attendance, topics and one follow-up transfer. Written through
// services::EventService (every record audited). Fixed dates and a fixed-seed generator: the
// same data on every run.

#include "core/result.hpp"
#include "domain/entities.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace bb::demo {

struct DemoEventsSummary {
  int events = 0;
  int registrations = 0;
  int attended = 0;
  int topics = 0;
};

// `organisations`: the register's key organisations (DemoRegisterSummary::key_organisations).
Result<DemoEventsSummary> create_demo_events(storage::Database& db, domain::Id region_id,
                                             const std::map<std::string, domain::Id>& organisations,
                                             std::int64_t now);

}  // namespace bb::demo
