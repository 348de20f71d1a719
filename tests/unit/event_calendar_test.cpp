// The iCalendar export (issue 7) read back by an independent parser, python3-icalendar
// (tests/unit/ics_oracle.py): DTSTART/DTEND carry TZID=Europe/Berlin and resolve to the right
// UTC offset in winter and summer, SUMMARY and LOCATION survive escaping (commas, semicolons,
// umlauts, a long folded line), the file holds the zone's VTIMEZONE, and the UID depends only
// on the event's public id (stable across edits and exports).
#include "services/event_calendar.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

using bb::domain::Event;
using bb::services::CalendarEntry;

Event sample(const std::string& public_id, const std::string& title, const std::string& start, const std::string& end) {
  Event e;
  e.public_id = public_id;
  e.title = title;
  e.starts_at = start;
  e.ends_at = end;
  e.place = "Haus der Region, Raum 1; Eingang B";
  e.description = "Zeile eins\nZeile zwei mit Komma, Semikolon; und Umlauten äöüß – " + std::string(120, 'x');
  e.updated_at = 1760000000;
  return e;
}

boost::json::value parse_with_python(const std::string& ics) {
  const auto path = std::filesystem::temp_directory_path() / ("bb-ics-" + std::to_string(::getpid()) + ".ics");
  std::ofstream(path, std::ios::binary) << ics;
  const std::string command = "/usr/bin/python3 " BB_SOURCE_DIR "/tests/unit/ics_oracle.py " + path.string();
  std::string output;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
    const int status = ::pclose(pipe);
    EXPECT_EQ(status, 0) << "the oracle failed on:\n" << ics;
  }
  std::filesystem::remove(path);
  return boost::json::parse(output);
}

std::string text(const boost::json::value& v, const char* key) {
  return std::string(v.as_object().at(key).as_string());
}

TEST(EventCalendar, ParsesWithPythonIcalendarAndKeepsTimesInEuropeBerlin) {
  CalendarEntry winter{sample("abc123", "Ausbilder-Frühstück, Hannover; Süd", "2026-01-20T08:00", "2026-01-20T10:30"),
                       "Hannover", "http://localhost/e/abc123"};
  CalendarEntry summer{sample("def456", "Elternabend", "2026-07-01T18:00", "2026-07-01T20:00"), "Garbsen", ""};
  const auto parsed = parse_with_python(bb::services::to_icalendar({winter, summer}, "Veranstaltungen"));
  const auto& o = parsed.as_object();
  EXPECT_EQ(std::string(o.at("version").as_string()), "2.0");
  const auto& zones = o.at("timezones").as_array();
  ASSERT_EQ(zones.size(), 1u);
  EXPECT_EQ(std::string(zones[0].as_string()), "Europe/Berlin");
  const auto& events = o.at("events").as_array();
  ASSERT_EQ(events.size(), 2u);

  EXPECT_EQ(text(events[0], "uid"), "abc123@brueckenbauer");
  EXPECT_EQ(text(events[0], "summary"), "Ausbilder-Frühstück, Hannover; Süd");
  EXPECT_EQ(text(events[0], "location"), "Haus der Region, Raum 1; Eingang B, Hannover");
  EXPECT_EQ(text(events[0], "description"), winter.event.description);
  EXPECT_EQ(text(events[0], "start"), "2026-01-20T08:00:00");
  EXPECT_EQ(text(events[0], "end"), "2026-01-20T10:30:00");
  EXPECT_EQ(text(events[0], "tzid"), "Europe/Berlin");
  EXPECT_DOUBLE_EQ(events[0].as_object().at("utc_offset_hours").to_number<double>(), 1.0);  // CET

  EXPECT_EQ(text(events[1], "start"), "2026-07-01T18:00:00");
  EXPECT_EQ(text(events[1], "tzid"), "Europe/Berlin");
  EXPECT_DOUBLE_EQ(events[1].as_object().at("utc_offset_hours").to_number<double>(), 2.0);  // CEST
  EXPECT_EQ(text(events[1], "location"), "Haus der Region, Raum 1; Eingang B, Garbsen");
}

TEST(EventCalendar, TheUidStaysTheSameWhenTheEventChanges) {
  auto before = sample("stable1", "Dialogforum", "2026-03-10T18:00", "2026-03-10T20:00");
  auto after = before;
  after.title = "Dialogforum (verschoben)";
  after.starts_at = "2026-03-17T18:00";
  after.ends_at = "2026-03-17T20:00";
  after.updated_at += 3600;
  const auto first = parse_with_python(bb::services::to_icalendar({{before, "", ""}}, ""));
  const auto second = parse_with_python(bb::services::to_icalendar({{after, "", ""}}, ""));
  const auto& a = first.as_object().at("events").as_array();
  const auto& b = second.as_object().at("events").as_array();
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(text(a[0], "uid"), text(b[0], "uid"));
  EXPECT_NE(text(a[0], "start"), text(b[0], "start"));
  EXPECT_EQ(bb::services::calendar_uid(before), "stable1@brueckenbauer");
}

}  // namespace
