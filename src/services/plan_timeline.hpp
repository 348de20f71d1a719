#pragma once
// The timeline of a plan (issue 6): a Gantt-like SVG of the measures over the plan period, one
// row per measure grouped by field of action, bars coloured by status, the indicators' target
// dates as milestones and year marks. Rendered on the server, so it is readable without
// JavaScript and printable; the page shows it as an image with the outline's tables as the
// accessible equivalent.

#include "domain/plan.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace bb::services {

// Days since 1970-01-01 of an ISO date ("YYYY-MM-DD"); nullopt if it is not one.
std::optional<long> days_from_iso(std::string_view iso);
// The ISO date of a day number.
std::string iso_from_days(long days);

// `text`: catalog texts (status names, the milestone label); `title`: the SVG's <title>.
std::string timeline_svg(const domain::PlanDocument& document, const std::function<std::string(std::string_view)>& text,
                         const std::string& title);

}  // namespace bb::services
