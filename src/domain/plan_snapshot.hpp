#pragma once
// The canonical JSON form of a whole plan (PlanDocument): what an adopted version stores, what
// the API returns for a version, and what an old version is read back from, exactly as adopted.
// Canonical: keys in a fixed order, items in the document's order, so the same plan always
// gives the same text.

#include "core/result.hpp"
#include "domain/plan.hpp"

#include <string>
#include <string_view>

namespace bb::domain {

std::string to_snapshot_json(const PlanDocument& document);
// Error invalid_input ("plans.error.snapshot") if the text is not a snapshot.
Result<PlanDocument> from_snapshot_json(std::string_view json);

// One measure alone in the same form (a partner's proposal stores the measure as proposed).
std::string measure_to_json(const PlanMeasure& measure);
Result<PlanMeasure> measure_from_json(std::string_view json);

}  // namespace bb::domain
