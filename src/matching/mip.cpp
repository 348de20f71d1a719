#include "matching/mip.hpp"

#include <coin/Cbc_C_Interface.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace bb::matching::detail {
namespace {

struct CbcDeleter {
  void operator()(Cbc_Model* model) const { Cbc_deleteModel(model); }
};
using CbcPtr = std::unique_ptr<Cbc_Model, CbcDeleter>;

// Column-major model for Cbc_loadProblem; minimisation.
struct Lp {
  std::vector<int> start{0};
  std::vector<int> index;
  std::vector<double> value;
  std::vector<double> col_lb, col_ub, obj;
  std::vector<double> row_lb, row_ub;
  std::vector<bool> integer;

  int add_row(double lb, double ub) {
    row_lb.push_back(lb);
    row_ub.push_back(ub);
    return static_cast<int>(row_lb.size()) - 1;
  }
  // Entries of the column are pushed with `entry` before calling end_col.
  void entry(int row, double coef) {
    if (row < 0) return;
    index.push_back(row);
    value.push_back(coef);
  }
  int end_col(double lb, double ub, double cost, bool is_integer) {
    start.push_back(static_cast<int>(index.size()));
    col_lb.push_back(lb);
    col_ub.push_back(ub);
    obj.push_back(cost);
    integer.push_back(is_integer);
    return static_cast<int>(obj.size()) - 1;
  }
};

struct Layout {
  std::vector<int> pair_first_col;  // x[p, window.first + k] is column pair_first_col[p] + k
  std::vector<int> youth_u_col;     // -1 if no guarantee
  int guarantee_row = -1;           // sum u >= G (phase 2)
};

Lp build(const MipProblem& m, int phase, std::int64_t guaranteed_level, Layout& layout) {
  const std::size_t num_youths = m.youth_max.size();
  const std::size_t num_companies = m.company_tables.size();
  const std::size_t num_pairs = m.pair_youth.size();
  const auto n = static_cast<std::size_t>(m.slots);
  Lp lp;

  // Count talks per (youth, slot), (company, slot), youth, to add only rows that can bind.
  std::vector<int> youth_slot(num_youths * n, 0), company_slot(num_companies * n, 0), youth_total(num_youths, 0);
  for (std::size_t p = 0; p < num_pairs; ++p) {
    const auto y = static_cast<std::size_t>(m.pair_youth[p]);
    const auto c = static_cast<std::size_t>(m.pair_company[p]);
    for (int s = m.pair_window[p].first; s <= m.pair_window[p].last; ++s) {
      ++youth_slot[y * n + static_cast<std::size_t>(s)];
      ++company_slot[c * n + static_cast<std::size_t>(s)];
    }
    youth_total[y] += std::min(1, m.pair_window[p].size());
  }
  for (std::size_t i = 0; i < youth_slot.size(); ++i) youth_slot[i] = youth_slot[i] > 1 ? lp.add_row(-1e30, 1) : -1;
  for (std::size_t i = 0; i < company_slot.size(); ++i) {
    const double tables = m.company_tables[i / n];
    company_slot[i] = company_slot[i] > tables ? lp.add_row(-1e30, tables) : -1;
  }
  std::vector<int> youth_row(num_youths, -1), u_row(num_youths, -1);
  for (std::size_t y = 0; y < num_youths; ++y) {
    if (youth_total[y] > m.youth_max[y]) youth_row[y] = lp.add_row(-1e30, m.youth_max[y]);
    if (m.youth_guaranteed[y] > 0) u_row[y] = lp.add_row(-1e30, 0);  // u - sum x <= 0
  }
  layout.guarantee_row = phase == 2 && guaranteed_level > 0 ? lp.add_row(static_cast<double>(guaranteed_level), 1e30) : -1;

  layout.pair_first_col.assign(num_pairs, -1);
  for (std::size_t p = 0; p < num_pairs; ++p) {
    const auto y = static_cast<std::size_t>(m.pair_youth[p]);
    const auto c = static_cast<std::size_t>(m.pair_company[p]);
    const Window w = m.pair_window[p];
    const int pair_row = w.size() > 1 ? lp.add_row(-1e30, 1) : -1;
    layout.pair_first_col[p] = static_cast<int>(lp.obj.size());
    for (int s = w.first; s <= w.last; ++s) {
      lp.entry(pair_row, 1);
      lp.entry(youth_slot[y * n + static_cast<std::size_t>(s)], 1);
      lp.entry(company_slot[c * n + static_cast<std::size_t>(s)], 1);
      lp.entry(youth_row[y], 1);
      lp.entry(u_row[y], -1);
      const double cost = phase == 1 ? 0.0 : -static_cast<double>(m.pair_score[p]);
      lp.end_col(0, 1, cost, true);
    }
  }
  layout.youth_u_col.assign(num_youths, -1);
  for (std::size_t y = 0; y < num_youths; ++y) {
    if (u_row[y] < 0) continue;
    lp.entry(u_row[y], 1);
    lp.entry(layout.guarantee_row, 1);
    layout.youth_u_col[y] = lp.end_col(0, m.youth_guaranteed[y], phase == 1 ? -1.0 : 0.0, false);
  }
  return lp;
}

struct PhaseResult {
  bool ok = false;
  bool optimal = false;
  std::vector<double> solution;
  double objective = 0;
  double best_possible = 0;
};

// No MIP start is passed: CBC 2.10.8's C interface fails on starts when preprocessing removes
// columns ("Illegal index in ClpModel::getColumnName"); the planner keeps the colouring's plan
// itself if CBC does not beat it within the time limit.
PhaseResult run(const Lp& lp, double seconds) {
  CbcPtr model(Cbc_newModel());
  Cbc_loadProblem(model.get(), static_cast<int>(lp.obj.size()), static_cast<int>(lp.row_lb.size()), lp.start.data(),
                  lp.index.data(), lp.value.data(), lp.col_lb.data(), lp.col_ub.data(), lp.obj.data(),
                  lp.row_lb.data(), lp.row_ub.data());
  for (std::size_t i = 0; i < lp.integer.size(); ++i) {
    if (lp.integer[i]) Cbc_setInteger(model.get(), static_cast<int>(i));
  }
  Cbc_setLogLevel(model.get(), 0);
  Cbc_setMaximumSeconds(model.get(), seconds);
  Cbc_solve(model.get());
  PhaseResult result;
  const double* best = Cbc_bestSolution(model.get());
  if (best == nullptr) return result;
  result.ok = true;
  result.optimal = Cbc_isProvenOptimal(model.get()) != 0;
  result.solution.assign(best, best + lp.obj.size());
  result.objective = Cbc_getObjValue(model.get());
  result.best_possible = Cbc_getBestPossibleObjValue(model.get());
  return result;
}

}  // namespace

std::int64_t count_mip_variables(const std::vector<Window>& pair_window) {
  std::int64_t count = 0;
  for (const Window& w : pair_window) count += w.size();
  return count;
}

MipSolution solve_mip(const MipProblem& m) {
  MipSolution out;
  Layout layout;
  std::int64_t level = 0;
  bool phase1_optimal = true;
  const bool has_guarantees =
      std::any_of(m.youth_guaranteed.begin(), m.youth_guaranteed.end(), [](int g) { return g > 0; });
  if (has_guarantees) {
    const Lp lp = build(m, 1, 0, layout);
    const PhaseResult r = run(lp, m.time_limit_seconds);
    if (!r.ok) return out;
    level = std::llround(-r.objective);
    phase1_optimal = r.optimal || level >= m.guaranteed_upper;
  }
  const Lp lp = build(m, 2, level, layout);
  const PhaseResult r = run(lp, m.time_limit_seconds);
  if (!r.ok) return out;

  out.ok = true;
  out.optimal = phase1_optimal && r.optimal;
  out.pair_slot.assign(m.pair_youth.size(), -1);
  std::vector<int> talks(m.youth_max.size(), 0);
  for (std::size_t p = 0; p < m.pair_youth.size(); ++p) {
    for (int k = 0; k < m.pair_window[p].size(); ++k) {
      if (r.solution[static_cast<std::size_t>(layout.pair_first_col[p] + k)] > 0.5) {
        out.pair_slot[p] = m.pair_window[p].first + k;
        out.score += m.pair_score[p];
        ++talks[static_cast<std::size_t>(m.pair_youth[p])];
      }
    }
  }
  for (std::size_t y = 0; y < talks.size(); ++y) out.guaranteed_units += std::min(talks[y], m.youth_guaranteed[y]);
  // Costs are integers, so the bound rounds down; the small tolerance absorbs LP round-off.
  out.score_bound = static_cast<std::int64_t>(std::floor(-r.best_possible + 1e-6));
  out.score_bound = std::max(out.score_bound, out.score);
  return out;
}

}  // namespace bb::matching::detail
