#pragma once
// `brueckenbauer speeddating plan --input FILE [--format json|text]`: reads the instance from
// `in`, writes the plan to `out` (JSON, or a readable summary and schedule) and one clear error
// line to `err`. Returns 0 on success, 2 on invalid input, 1 on an internal failure.

#include <iosfwd>
#include <string_view>

namespace bb::matching {

int run_speeddating_plan_cli(std::istream& in, std::ostream& out, std::ostream& err, std::string_view format = "text");

}  // namespace bb::matching
