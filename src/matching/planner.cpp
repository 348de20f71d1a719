// What is exact when:
// * The min-cost flow (flow_core) optimises over pairs with aggregate capacities: a youth takes at
//   most min(max_talks, |present window|) talks, a company at most tables * |present window|, and
//   a pair is allowed only if the two windows overlap. Every real schedule satisfies these, so
//   the flow optimum is an upper bound ("bound") for the lexicographic objective.
// * Guarantees: the first guaranteed_min units of a youth earn a weight M larger than any
//   possible difference in total score (M = 1 + sum of |scores|), so the flow first maximises
//   guaranteed units, then the score. When all guarantees can be met, all are met; otherwise the
//   total shortfall in talks is minimised (not the number of youths missing out: that
//   all-or-nothing variant is NP-hard in general and would need the MIP every time).
// * Without restrictive presence windows (everybody present in the remaining slots) the
//   aggregate capacities are exact: by König's theorem the chosen pairs can always be coloured
//   with Delta = max(max talks per youth, max ceil(talks per company / tables)) slots, which is
//   also the fewest slots any schedule of these talks can use. Plan = flow optimum, proven.
// * With windows, the colouring may fail to fit every chosen talk into the windows. If it fits
//   them all, the plan still equals the bound and is optimal. If not, the exact time-indexed MIP
//   (mip.hpp, CBC) decides; its result is optimal unless the time limit stops it (then
//   `optimal` is false, `bound` is CBC's bound, and the better of CBC's and the colouring's
//   plans is returned).
#include "matching/planner.hpp"

#include "matching/flow_problem.hpp"
#include "matching/mip.hpp"
#include "matching/schedule.hpp"
#include "matching/validate.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>
#include <unordered_map>

namespace bb::matching {

const char* to_string(Method method) {
  switch (method) {
    case Method::flow_and_colouring: return "flow_and_colouring";
    case Method::mip: return "mip";
    case Method::heuristic: return "heuristic";
  }
  return "unknown";
}

namespace {

Window intersect(Window a, Window b) { return {std::max(a.first, b.first), std::min(a.last, b.last)}; }

// The planning problem restricted to slots [from, slots-1] and to pairs that can matter.
struct Prepared {
  int from = 0;
  std::vector<Window> youth_window, company_window;
  std::vector<int> pair_index;  // usable pairs, as indices into instance.pairs
  std::vector<Window> pair_window;
  detail::FlowProblem flow;
  bool windows_bind = false;  // some usable pair cannot use every remaining slot
};

Prepared prepare(const Instance& inst, int from) {
  Prepared p;
  p.from = from;
  const Window rest{from, inst.slots - 1};
  for (const Youth& y : inst.youths) p.youth_window.push_back(intersect(window_or_all(y.present, inst.slots), rest));
  for (const Company& c : inst.companies) {
    p.company_window.push_back(intersect(window_or_all(c.present, inst.slots), rest));
  }
  const std::size_t num_youths = inst.youths.size();
  std::vector<int> usable_pairs(num_youths, 0);
  std::int64_t weight = 1;
  for (std::size_t i = 0; i < inst.pairs.size(); ++i) {
    const Pair& pair = inst.pairs[i];
    const auto y = static_cast<std::size_t>(pair.youth);
    const auto c = static_cast<std::size_t>(pair.company);
    const Window w = intersect(p.youth_window[y], p.company_window[c]);
    // A pair with score <= 0 can only help a guarantee; elsewhere it never improves the plan.
    const bool useful = pair.score > 0 || inst.youths[y].guaranteed_min > 0;
    if (w.size() == 0 || !useful || inst.youths[y].max_talks == 0 || inst.companies[c].tables == 0) continue;
    p.pair_index.push_back(static_cast<int>(i));
    p.pair_window.push_back(w);
    p.flow.pair_youth.push_back(pair.youth);
    p.flow.pair_company.push_back(pair.company);
    p.flow.pair_score.push_back(pair.score);
    p.windows_bind = p.windows_bind || !(w == rest);
    ++usable_pairs[y];
    weight += std::llabs(pair.score);
  }
  p.flow.guarantee_weight = weight;
  for (std::size_t y = 0; y < num_youths; ++y) {
    const int cap = std::min({inst.youths[y].max_talks, p.youth_window[y].size(), usable_pairs[y]});
    p.flow.youth_cap.push_back(cap);
    p.flow.youth_guaranteed.push_back(std::min(inst.youths[y].guaranteed_min, cap));
  }
  for (std::size_t c = 0; c < inst.companies.size(); ++c) {
    p.flow.company_cap.push_back(std::int64_t{inst.companies[c].tables} * p.company_window[c].size());
  }
  return p;
}

int ceil_div(std::int64_t a, std::int64_t b) { return static_cast<int>((a + b - 1) / b); }

detail::ScheduleProblem schedule_problem(const Instance& inst, const Prepared& p, const std::vector<int>& chosen) {
  detail::ScheduleProblem s;
  s.slots = inst.slots;
  s.num_youths = static_cast<int>(inst.youths.size());
  for (const Company& c : inst.companies) s.company_tables.push_back(c.tables);
  std::vector<int> youth_degree(inst.youths.size(), 0), company_degree(inst.companies.size(), 0);
  for (const int k : chosen) {
    const auto i = static_cast<std::size_t>(k);
    s.edge_youth.push_back(p.flow.pair_youth[i]);
    s.edge_company.push_back(p.flow.pair_company[i]);
    s.edge_window.push_back(p.pair_window[i]);
    ++youth_degree[static_cast<std::size_t>(p.flow.pair_youth[i])];
    ++company_degree[static_cast<std::size_t>(p.flow.pair_company[i])];
  }
  if (!p.windows_bind) {
    // Fewest slots: the König bound Delta, which no schedule of these talks can beat.
    int delta = 0;
    for (const int d : youth_degree) delta = std::max(delta, d);
    for (std::size_t c = 0; c < company_degree.size(); ++c) {
      if (company_degree[c] > 0) delta = std::max(delta, ceil_div(company_degree[c], inst.companies[c].tables));
    }
    for (Window& w : s.edge_window) w = {p.from, p.from + delta - 1};
  }
  return s;
}

struct Core {
  std::vector<Talk> talks;
  std::int64_t objective = 0;
  std::int64_t bound = 0;
  bool optimal = false;
  Method method = Method::flow_and_colouring;
};

// Numbers the tables of each (company, slot) 0, 1, ... for talks placed by the MIP.
void number_tables(std::vector<Talk>& talks) {
  std::map<std::pair<int, int>, int> next;
  for (Talk& t : talks) t.table = next[{t.company, t.slot}]++;
}

Result<Core> plan_core(const Instance& inst, int from, const PlanOptions& options) {
  Prepared p = prepare(inst, from);
  const detail::FlowSolution flow = detail::solve_flow(p.flow);
  if (!flow.ok) return Error::internal("matching: network simplex found no optimum");

  std::vector<int> chosen;
  for (std::size_t k = 0; k < flow.chosen.size(); ++k) {
    if (flow.chosen[k] != 0) chosen.push_back(static_cast<int>(k));
  }
  const detail::ScheduleResult schedule = detail::colour_edges(schedule_problem(inst, p, chosen));

  Core core;
  core.bound = flow.score;
  for (std::size_t e = 0; e < chosen.size(); ++e) {
    if (schedule.slot[e] < 0) continue;
    const auto k = static_cast<std::size_t>(chosen[e]);
    core.talks.push_back({p.flow.pair_youth[k], p.flow.pair_company[k], schedule.table[e], schedule.slot[e]});
    core.objective += p.flow.pair_score[k];
  }
  if (schedule.unscheduled.empty()) {
    core.optimal = true;
    return core;
  }

  core.method = Method::heuristic;
  if (!options.use_mip_fallback || detail::count_mip_variables(p.pair_window) > options.mip_max_variables) {
    return core;
  }
  detail::MipProblem m;
  m.slots = inst.slots;
  for (std::size_t y = 0; y < inst.youths.size(); ++y) {
    m.youth_max.push_back(p.flow.youth_cap[y]);
    m.youth_guaranteed.push_back(p.flow.youth_guaranteed[y]);
  }
  for (const Company& c : inst.companies) m.company_tables.push_back(c.tables);
  m.pair_youth = p.flow.pair_youth;
  m.pair_company = p.flow.pair_company;
  m.pair_score = p.flow.pair_score;
  m.pair_window = p.pair_window;
  m.guaranteed_upper = flow.guaranteed_units;
  m.time_limit_seconds = options.mip_time_limit_seconds;
  const detail::MipSolution mip = detail::solve_mip(m);
  std::int64_t colouring_units = 0;
  {
    std::vector<int> talks(inst.youths.size(), 0);
    for (const Talk& t : core.talks) ++talks[static_cast<std::size_t>(t.youth)];
    for (std::size_t y = 0; y < talks.size(); ++y) colouring_units += std::min(talks[y], p.flow.youth_guaranteed[y]);
  }
  // Keep the colouring's partial plan if a time-limited CBC run found nothing better.
  if (!mip.ok || std::pair{mip.guaranteed_units, mip.score} < std::pair{colouring_units, core.objective}) return core;

  core.method = Method::mip;
  core.optimal = mip.optimal;
  core.objective = mip.score;
  // The flow's score bound holds at the flow's guarantee level; CBC's at the level it reached.
  core.bound = mip.guaranteed_units == flow.guaranteed_units ? std::min(flow.score, mip.score_bound) : mip.score_bound;
  if (core.optimal) core.bound = core.objective;
  core.talks.clear();
  for (std::size_t k = 0; k < mip.pair_slot.size(); ++k) {
    if (mip.pair_slot[k] >= 0) core.talks.push_back({m.pair_youth[k], m.pair_company[k], 0, mip.pair_slot[k]});
  }
  number_tables(core.talks);
  return core;
}

Plan finish(const Instance& inst, std::vector<Talk> talks, std::int64_t objective, std::int64_t bound, bool optimal,
            Method method) {
  std::sort(talks.begin(), talks.end(), [](const Talk& a, const Talk& b) {
    return std::tie(a.slot, a.company, a.table, a.youth) < std::tie(b.slot, b.company, b.table, b.youth);
  });
  Plan plan;
  plan.objective = objective;
  plan.bound = std::max(bound, objective);
  plan.optimal = optimal;
  plan.method = method;
  for (const Talk& t : talks) plan.slots_used = std::max(plan.slots_used, t.slot + 1);
  std::vector<int> per_youth(inst.youths.size(), 0);
  for (const Talk& t : talks) ++per_youth[static_cast<std::size_t>(t.youth)];
  for (std::size_t y = 0; y < inst.youths.size(); ++y) {
    plan.guarantee_shortfall += std::max(0, inst.youths[y].guaranteed_min - per_youth[y]);
  }
  plan.talks = std::move(talks);
  plan.fairness = compute_fairness(inst, plan.talks);
  return plan;
}

}  // namespace

detail::FlowProblem detail::flow_problem_for(const Instance& instance, int from_slot) {
  return prepare(instance, from_slot).flow;
}

Result<Plan> plan(const Instance& instance, const PlanOptions& options) {
  if (auto valid = validate(instance); !valid) return std::move(valid).error();
  auto core = plan_core(instance, 0, options);
  if (!core) return std::move(core).error();
  Core& c = core.value();
  return finish(instance, std::move(c.talks), c.objective, c.bound, c.optimal, c.method);
}

Result<Plan> replan(const Instance& instance, const std::vector<Talk>& previous, int from_slot,
                    const NoShows& no_shows, const PlanOptions& options) {
  if (auto valid = validate(instance); !valid) return std::move(valid).error();
  if (from_slot < 0 || from_slot > instance.slots) {
    return Error::invalid("from_slot: must be between 0 and slots", {{"from_slot", "out_of_range"}});
  }
  const auto num_companies = static_cast<std::int64_t>(instance.companies.size());
  std::unordered_map<std::int64_t, std::int64_t> score_of;
  for (const Pair& p : instance.pairs) score_of[p.youth * num_companies + p.company] = p.score;

  Instance rest = instance;
  std::vector<Talk> kept;
  std::int64_t kept_score = 0;
  std::unordered_map<std::int64_t, bool> held;
  for (const Talk& t : previous) {
    if (t.slot >= from_slot) continue;
    if (t.youth < 0 || t.youth >= static_cast<int>(instance.youths.size()) || t.company < 0 ||
        t.company >= num_companies) {
      return Error::invalid("previous: talk refers to an unknown youth or company", {{"previous", "unknown"}});
    }
    kept.push_back(t);
    const std::int64_t key = t.youth * num_companies + t.company;
    held[key] = true;
    if (auto it = score_of.find(key); it != score_of.end()) kept_score += it->second;
    Youth& y = rest.youths[static_cast<std::size_t>(t.youth)];
    y.max_talks = std::max(0, y.max_talks - 1);
    y.guaranteed_min = std::max(0, y.guaranteed_min - 1);
  }
  for (const int y : no_shows.youths) {
    if (y < 0 || y >= static_cast<int>(rest.youths.size())) {
      return Error::invalid("no_shows.youths: unknown youth index", {{"no_shows.youths", "unknown"}});
    }
    rest.youths[static_cast<std::size_t>(y)].max_talks = 0;
    rest.youths[static_cast<std::size_t>(y)].guaranteed_min = 0;
  }
  for (const int c : no_shows.companies) {
    if (c < 0 || c >= num_companies) {
      return Error::invalid("no_shows.companies: unknown company index", {{"no_shows.companies", "unknown"}});
    }
    rest.companies[static_cast<std::size_t>(c)].tables = 0;
  }
  std::erase_if(rest.pairs, [&](const Pair& p) { return held.contains(p.youth * num_companies + p.company); });

  Core core;
  core.optimal = true;
  if (from_slot < instance.slots) {
    auto planned = plan_core(rest, from_slot, options);
    if (!planned) return std::move(planned).error();
    core = std::move(planned.value());
  }
  std::vector<Talk> talks = std::move(kept);
  talks.insert(talks.end(), core.talks.begin(), core.talks.end());
  return finish(instance, std::move(talks), kept_score + core.objective, kept_score + core.bound, core.optimal,
                core.method);
}

}  // namespace bb::matching
