#include "matching/cli.hpp"

#include "matching/json_io.hpp"
#include "matching/planner.hpp"

#include <boost/json.hpp>

#include <iomanip>
#include <iostream>
#include <string>

namespace bb::matching {
namespace {

void print_text(const Plan& plan, const ParsedInstance& parsed, std::ostream& out) {
  const Fairness& f = plan.fairness;
  out << "objective " << plan.objective << " of bound " << plan.bound << (plan.optimal ? " (optimal" : " (not proven optimal")
      << ", " << to_string(plan.method) << ")\n"
      << plan.talks.size() << " talks in " << plan.slots_used << " slots; guarantee shortfall "
      << plan.guarantee_shortfall << "\n"
      << std::fixed << std::setprecision(3) << "min talks " << f.min_talks << ", mean talks " << f.mean_talks
      << ", guaranteed met " << f.share_guaranteed_met << ", first choice met " << f.share_first_choice_met
      << ", table utilisation " << f.table_utilisation << "\n"
      << "slot\tcompany\ttable\tyouth\n";
  const Instance& inst = parsed.instance;
  for (const Talk& t : plan.talks) {
    out << t.slot << '\t' << inst.companies[static_cast<std::size_t>(t.company)].id << '\t' << t.table << '\t'
        << inst.youths[static_cast<std::size_t>(t.youth)].id << '\n';
  }
}

}  // namespace

int run_speeddating_plan_cli(std::istream& in, std::ostream& out, std::ostream& err, std::string_view format) {
  if (format != "json" && format != "text") {
    err << "brueckenbauer: error: --format must be json or text\n";
    return 2;
  }
  // Chunked read: istreambuf_iterator trips g++ 12's -Wnull-dereference inside <streambuf>.
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    err << "brueckenbauer: error: cannot read the input\n";
    return 1;
  }
  auto parsed = parse_instance(text);
  if (!parsed) {
    err << "brueckenbauer: error: invalid input: " << parsed.error().message << '\n';
    return 2;
  }
  auto result = plan(parsed->instance);
  if (!result) {
    err << "brueckenbauer: error: " << result.error().message << '\n';
    return result.error().code == ErrorCode::invalid_input ? 2 : 1;
  }
  if (format == "json") {
    out << boost::json::serialize(plan_to_json(*result, *parsed)) << '\n';
  } else {
    print_text(*result, *parsed, out);
  }
  return out ? 0 : 1;
}

}  // namespace bb::matching
