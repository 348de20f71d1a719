#pragma once
// The analysis results as JSON, shared by the API (/api/v1/analysis, /what-if, /graph) and the
// CLI (`brueckenbauer analyze --region R --format json`), so both say the same thing in the same
// shape (documented in docs/openapi.yaml). Organisations and networks are named by their register
// ids; numbers that are not finite (constraint of an isolate, a z-score with zero variance) are null.

#include "services/analysis_service.hpp"

#include <boost/json.hpp>

namespace bb::services {

boost::json::object analysis_json(const RegionAnalysis& a);
boost::json::object what_if_json(const RegionWhatIf& w, const std::vector<WhatIfEdit>& edits);
// The node/edge graph a browser map draws: organisation and network nodes with their attributes
// and metrics on the date, every membership and tie with its period (and whether it is valid on
// the date), and the sole bridges of the focus organisation.
boost::json::object graph_json(const RegionAnalysis& a);

// The group label of an organisation under the request's partition (a type key, a
// municipality name, its home network's name, or "member"/"other" for an affiliation).
std::string group_label(const RegionAnalysis& a, int organisation);

}  // namespace bb::services
