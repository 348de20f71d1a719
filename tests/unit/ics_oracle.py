#!/usr/bin/env python3
"""Parses an iCalendar file with python3-icalendar (an independent implementation) and prints
what a calendar client would read as JSON: one object per VEVENT with the start and end as ISO
local times, the zone they are in (from DTSTART's TZID, resolved by icalendar), SUMMARY,
LOCATION, UID, and the TZIDs of the file's VTIMEZONE components. Used by event_calendar_test."""
import json
import sys

import icalendar


def zone_name(dt):
    tz = dt.tzinfo
    if tz is None:
        return ""
    for attribute in ("zone", "key"):
        value = getattr(tz, attribute, None)
        if value:
            return str(value)
    return str(tz)


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    out = {"version": str(calendar.get("VERSION")), "prodid": str(calendar.get("PRODID")), "events": [],
           "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")]}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        out["events"].append({
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "location": str(event.get("LOCATION", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "start": start.replace(tzinfo=None).isoformat(),
            "end": end.replace(tzinfo=None).isoformat(),
            "tzid": str(event["DTSTART"].params.get("TZID", "")),
            "zone": zone_name(start),
            "utc_offset_hours": start.utcoffset().total_seconds() / 3600 if start.utcoffset() is not None else None,
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
