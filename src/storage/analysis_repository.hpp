#pragma once
// Reading a region's whole register graph for the network analysis (issue 4): organisations,
// networks, memberships and cooperation ties with their validity periods, in four statements (one
// per table) rather than one per record, so the analysis of a region with thousands of
// organisations costs four round trips. Like every repository, it takes the region id and never
// returns a row of another region.

#include "core/result.hpp"
#include "domain/register.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bb::storage {

using domain::Id;

// The fields of an organisation the analysis and the map need (not its contact details).
struct GraphOrganisation {
  Id id = 0;
  std::string name;
  std::string type;
  std::optional<Id> municipality_id;
  std::string municipality;  // its name, empty without one
  bool migrant_led = false;
  bool active = true;
};

struct GraphNetwork {
  Id id = 0;
  std::string name;
  domain::NetworkFocus focus = domain::NetworkFocus::thematic;
  domain::NetworkStatus status = domain::NetworkStatus::active;
  std::string status_since;
};

// Every period of the region, not only those valid on one day: the analysis picks the day, the
// GraphML/GEXF exports carry the periods.
struct RegisterGraph {
  std::vector<GraphOrganisation> organisations;  // by id
  std::vector<GraphNetwork> networks;            // by id
  std::vector<domain::Membership> memberships;   // by id
  std::vector<domain::Tie> ties;                 // by id
};

class AnalysisRepository {
 public:
  virtual ~AnalysisRepository() = default;
  virtual Result<RegisterGraph> region_graph(Id region_id) = 0;
};

}  // namespace bb::storage
