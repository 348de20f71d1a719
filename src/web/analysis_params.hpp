#pragma once
// The parameters of an analysis request, read alike by the analysis pages, their CSV/XLSX/GraphML
// exports and the API (query string or form):
//   date=YYYY-MM-DD (default today)  partition=type|municipality|network|affiliation  network=<id>
//   focus=<organisation id> (default: the service centre)  metrics_graph=affiliation|projection
//   tie_factor, co_membership_factor (numbers >= 0)  diminishing=true|false  direction=true|false
//   k=0..20 (default 3)  weight_unbridged, weight_single, weight_<focus>_<focus> (the focus keys in
//   alphabetical order, e.g. weight_migration_sector)  handover_contacts, handover_intensity,
//   handover_load
// A malformed value is an invalid_input error naming the parameter.

#include "http/message.hpp"
#include "services/analysis_service.hpp"

#include <string>
#include <vector>

namespace bb::web {

Result<services::AnalysisRequest> analysis_request_from(const http::Params& params, const std::string& today);

// The focus pairs whose recommendation weight is editable, as "<a>_<b>" (a <= b).
std::vector<std::pair<std::string, std::string>> focus_pairs();

// The region graph of the request as a GraphML or GEXF attachment (web/api/analysis_api.cpp); bad
// parameters answer 400 (API) or an error page.
struct Services;
http::Response analysis_graph_download(Services& s, http::Request& req, bool gexf);

}  // namespace bb::web
