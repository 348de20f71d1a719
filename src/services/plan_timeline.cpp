#include "services/plan_timeline.hpp"

#include "domain/validation.hpp"

#include <algorithm>
#include <cstdio>

namespace bb::services {

// The civil-calendar conversions (Howard Hinnant's days_from_civil / civil_from_days): g++ 12's
// <chrono> has no parsing of "YYYY-MM-DD" text, and these two small functions are exact.
std::optional<long> days_from_iso(std::string_view iso) {
  if (iso.size() != 10 || !domain::is_iso_date(iso)) return std::nullopt;
  long y = std::stol(std::string(iso.substr(0, 4)));
  const long m = std::stol(std::string(iso.substr(5, 2)));
  const long d = std::stol(std::string(iso.substr(8, 2)));
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string iso_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long day = doy - (153 * mp + 2) / 5 + 1;
  const long month = mp < 10 ? mp + 3 : mp - 9;
  const long year = yoe + era * 400 + (month <= 2);
  auto padded = [](long v, std::size_t width) {
    std::string t = std::to_string(v);
    return std::string(t.size() < width ? width - t.size() : 0, '0') + t;
  };
  return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
}

namespace {

// XML text and attribute escaping (the five predefined entities).
std::string xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* colour(domain::MeasureStatus status) {
  switch (status) {
    case domain::MeasureStatus::planned: return "#7a8ca3";
    case domain::MeasureStatus::running: return "#1f6fb2";
    case domain::MeasureStatus::done: return "#2e7d32";
    case domain::MeasureStatus::stopped: return "#9e3b3b";
  }
  return "#7a8ca3";
}

std::string fmt(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

}  // namespace

std::string timeline_svg(const domain::PlanDocument& d, const std::function<std::string(std::string_view)>& text,
                         const std::string& title) {
  constexpr double kWidth = 960, kLabel = 320, kRow = 20, kTop = 46, kRight = 16;
  const long start = days_from_iso(d.plan.period_start).value_or(0);
  const long end = std::max(start + 1, days_from_iso(d.plan.period_end).value_or(start + 365));
  const double span = static_cast<double>(end - start);
  auto x_of = [&](long day) {
    const double clamped = static_cast<double>(std::clamp(day, start, end) - start);
    return kLabel + clamped / span * (kWidth - kLabel - kRight);
  };
  int rows = 0;
  for (const auto& f : d.fields) {
    ++rows;
    for (const auto& g : d.goals)
      if (g.field_id == f.id)
        for (const auto& m : d.measures) rows += m.goal_id == g.id ? 1 : 0;
  }
  const double height = kTop + rows * kRow + 24;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt(kWidth) + "\" height=\"" +
                    fmt(height) + "\" viewBox=\"0 0 " + fmt(kWidth) + " " + fmt(height) +
                    "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" role=\"img\"><title>" + xml(title) +
                    "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>";
  // Year marks.
  const int first_year = std::stoi(iso_from_days(start).substr(0, 4));
  const int last_year = std::stoi(iso_from_days(end).substr(0, 4));
  for (int y = first_year; y <= last_year + 1; ++y) {
    const auto day = days_from_iso(std::to_string(y) + "-01-01");
    if (!day || *day < start || *day > end) continue;
    const double x = x_of(*day);
    svg += "<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(kTop - 14) + "\" x2=\"" + fmt(x) + "\" y2=\"" +
           fmt(height - 20) + "\" stroke=\"#c8ccd2\"/><text x=\"" + fmt(x + 3) + "\" y=\"" + fmt(kTop - 18) +
           "\" fill=\"#333\">" + std::to_string(y) + "</text>";
  }
  // Milestones: the indicators' target dates.
  for (const auto& i : d.indicators) {
    const auto day = days_from_iso(i.target_date);
    if (!day) continue;
    const double x = x_of(*day), y = kTop - 8;
    svg += "<path d=\"M" + fmt(x) + " " + fmt(y - 5) + " l5 5 l-5 5 l-5 -5 z\" fill=\"#b26a00\"><title>" +
           xml(text("plans.timeline.milestone") + ": " + i.name + " (" + i.target_date + ")") + "</title></path>";
  }
  double y = kTop;
  for (const auto& f : d.fields) {
    svg += "<text x=\"4\" y=\"" + fmt(y + 14) + "\" font-weight=\"bold\" fill=\"#111\">" + xml(f.title) + "</text>";
    y += kRow;
    for (const auto& g : d.goals) {
      if (g.field_id != f.id) continue;
      for (const auto& m : d.measures) {
        if (m.goal_id != g.id) continue;
        std::string label = m.title;
        if (label.size() > 48) {
          std::size_t cut = 46;  // not inside a UTF-8 sequence: step back over continuation bytes
          while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
          label = label.substr(0, cut) + "…";
        }
        svg += "<text x=\"14\" y=\"" + fmt(y + 14) + "\" fill=\"#222\">" + xml(label) + "</text>";
        const long from = days_from_iso(m.start_on).value_or(start);
        const long to = days_from_iso(m.end_on).value_or(end);
        const double x1 = x_of(from), x2 = std::max(x_of(to), x1 + 3);
        svg += "<rect x=\"" + fmt(x1) + "\" y=\"" + fmt(y + 4) + "\" width=\"" + fmt(x2 - x1) +
               "\" height=\"12\" rx=\"2\" fill=\"" + colour(m.status) + "\"><title>" +
               xml(m.title + ": " + text("plans.measure_status." + std::string(domain::to_string(m.status)))) +
               "</title></rect>";
        y += kRow;
      }
    }
  }
  // The legend.
  double lx = 4;
  for (auto st : {domain::MeasureStatus::planned, domain::MeasureStatus::running, domain::MeasureStatus::done,
                  domain::MeasureStatus::stopped}) {
    const std::string name = text("plans.measure_status." + std::string(domain::to_string(st)));
    svg += "<rect x=\"" + fmt(lx) + "\" y=\"" + fmt(height - 16) + "\" width=\"12\" height=\"10\" fill=\"" +
           colour(st) + "\"/><text x=\"" + fmt(lx + 16) + "\" y=\"" + fmt(height - 7) + "\" fill=\"#222\">" +
           xml(name) + "</text>";
    lx += 30 + 7.0 * static_cast<double>(name.size());
  }
  svg += "</svg>";
  return svg;
}

}  // namespace bb::services
