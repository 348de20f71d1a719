#include "services/event_calendar.hpp"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace bb::services {

namespace {

constexpr const char* kZone = "Europe/Berlin";

// libical keeps its built-in time zones in a global cache that it fills lazily; building
// calendars one at a time keeps that safe whatever libical's build options are.
std::mutex& libical_mutex() {
  static std::mutex m;
  return m;
}

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

// "YYYY-MM-DDTHH:MM" (validated by the domain) as a local time without zone; the TZID
// parameter names the zone.
icaltimetype local_time(const std::string& text) {
  icaltimetype t = icaltime_null_time();
  t.year = std::atoi(text.substr(0, 4).c_str());
  t.month = std::atoi(text.substr(5, 2).c_str());
  t.day = std::atoi(text.substr(8, 2).c_str());
  t.hour = std::atoi(text.substr(11, 2).c_str());
  t.minute = std::atoi(text.substr(14, 2).c_str());
  t.second = 0;
  t.is_date = 0;
  return t;
}

icalproperty* with_zone(icalproperty* p) {
  icalproperty_add_parameter(p, icalparameter_new_tzid(kZone));
  return p;
}

icalcomponent* vevent(const CalendarEntry& entry) {
  const auto& e = entry.event;
  icalcomponent* ev = icalcomponent_new_vevent();
  icalcomponent_add_property(ev, icalproperty_new_uid(calendar_uid(e).c_str()));
  icalcomponent_add_property(
      ev, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(e.updated_at, 0, icaltimezone_get_utc_timezone())));
  icalcomponent_add_property(
      ev, icalproperty_new_lastmodified(
              icaltime_from_timet_with_zone(e.updated_at, 0, icaltimezone_get_utc_timezone())));
  if (domain::is_local_datetime(e.starts_at))
    icalcomponent_add_property(ev, with_zone(icalproperty_new_dtstart(local_time(e.starts_at))));
  if (domain::is_local_datetime(e.ends_at))
    icalcomponent_add_property(ev, with_zone(icalproperty_new_dtend(local_time(e.ends_at))));
  icalcomponent_add_property(ev, icalproperty_new_summary(e.title.c_str()));
  std::string location = e.place;
  if (!entry.municipality_name.empty() && location.find(entry.municipality_name) == std::string::npos)
    location += (location.empty() ? "" : ", ") + entry.municipality_name;
  if (!location.empty()) icalcomponent_add_property(ev, icalproperty_new_location(location.c_str()));
  if (!e.description.empty()) icalcomponent_add_property(ev, icalproperty_new_description(e.description.c_str()));
  if (!entry.url.empty()) icalcomponent_add_property(ev, icalproperty_new_url(entry.url.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_categories(std::string(domain::to_string(e.format)).c_str()));
  icalcomponent_add_property(ev, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
  return ev;
}

}  // namespace

std::string calendar_uid(const domain::Event& event) {
  return event.public_id + "@brueckenbauer";
}

std::string to_icalendar(const std::vector<CalendarEntry>& entries, const std::string& name) {
  const std::lock_guard lock(libical_mutex());
  std::unique_ptr<icalcomponent, ComponentDeleter> cal(icalcomponent_new_vcalendar());
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Brueckenbauer//Veranstaltungen//DE"));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  if (!name.empty()) {
    icalproperty* p = icalproperty_new_x(name.c_str());
    icalproperty_set_x_name(p, "X-WR-CALNAME");
    icalcomponent_add_property(cal.get(), p);
  }
  if (icaltimezone* zone = icaltimezone_get_builtin_timezone(kZone)) {
    if (icalcomponent* vtimezone = icaltimezone_get_component(zone)) {
      icalcomponent* copy = icalcomponent_new_clone(vtimezone);
      // libical names its built-in zones with a prefix ("/freeassociation.sourceforge.net/...");
      // the VTIMEZONE must carry exactly the TZID the events refer to.
      if (icalproperty* tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, kZone);
      icalcomponent_add_component(cal.get(), copy);
    }
  }
  for (const auto& entry : entries) icalcomponent_add_component(cal.get(), vevent(entry));
  char* text = icalcomponent_as_ical_string_r(cal.get());
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

}  // namespace bb::services
