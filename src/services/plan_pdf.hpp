#pragma once
// The PDF of a plan version (issue 6), fit to be put before the partners for adoption: cover,
// contents, preamble, each field of action with its goals, indicators and measures as tables,
// and the partners who agreed; page numbers; German hyphenation. Drawn with cairo (PDF
// surface) and pango (text layout: line breaking, hyphenation by the language attribute,
// umlauts), both from Debian. Laid out twice: the first pass finds the page of each heading
// for the contents and the page count.

#include "core/result.hpp"
#include "domain/plan.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace bb::services {

struct PlanPdfInput {
  const domain::PlanDocument* document = nullptr;
  const domain::PlanVersion* version = nullptr;  // nullptr: the living draft
  std::string region_name;
  std::string language = "de";  // for hyphenation: "de" or "en"
  // The catalog text of a key ("plans.pdf.contents", "plans.measure_status.running", ...).
  std::function<std::string(std::string_view key)> text;
};

Result<std::string> render_plan_pdf(const PlanPdfInput& input);

// "2026-03-31" -> "31.03.2026" (German) or unchanged (other languages, or not a date).
std::string readable_date(const std::string& iso, std::string_view language);

}  // namespace bb::services
