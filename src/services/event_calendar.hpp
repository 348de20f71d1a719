#pragma once
// iCalendar (RFC 5545) export of events with libical: one event (.ics download) or a region's
// feed (all its events). Times are the events' wall-clock times with TZID=Europe/Berlin and the
// zone's VTIMEZONE from libical's built-in zone data, so calendar clients show the right hour
// in summer and winter. The UID is derived from the event's public id, so it stays the same
// across exports and edits (clients update the entry instead of adding a second one).

#include "domain/events.hpp"

#include <string>
#include <vector>

namespace bb::services {

struct CalendarEntry {
  domain::Event event;
  std::string municipality_name;  // appended to the place in LOCATION
  std::string url;                // the public registration page (absolute), empty: none
};

// A VCALENDAR with one VEVENT per entry. `name` becomes X-WR-CALNAME (feeds), empty: none.
std::string to_icalendar(const std::vector<CalendarEntry>& entries, const std::string& name);

// "<public id>@brueckenbauer": stable for the life of the event.
std::string calendar_uid(const domain::Event& event);

}  // namespace bb::services
