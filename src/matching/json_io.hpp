#pragma once
// JSON (de)serialisation of the planner's input and output with Boost.JSON. Input format:
//   {"slots":N,"youths":[{"id":..,"max_talks":..,"guaranteed_min":..,"present":[first,last]}],
//    "companies":[{"id":..,"tables":..,"present":[first,last]}],
//    "pairs":[{"youth":..,"company":..,"score":..}]}
// Ids may be strings or integers; the output repeats them as they came. Slots and tables are
// 0-based; scores are integers. Other keys (names, notes) are ignored.

#include "core/result.hpp"
#include "matching/model.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string_view>
#include <vector>

namespace bb::matching {

struct ParsedInstance {
  Instance instance;
  std::vector<boost::json::value> youth_ids;    // as given, per youth index
  std::vector<boost::json::value> company_ids;  // as given, per company index
};

Result<ParsedInstance> parse_instance(std::string_view text);
Result<ParsedInstance> parse_instance(const boost::json::value& json);

// {"objective","bound","optimal","method","slots_used","guarantee_shortfall","talks":[..],"fairness":{..}}
boost::json::object plan_to_json(const Plan& plan, const ParsedInstance& parsed);
boost::json::object plan_to_json(const Plan& plan, const Instance& instance);  // ids as strings

}  // namespace bb::matching
