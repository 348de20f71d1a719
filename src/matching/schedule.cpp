// Bipartite edge colouring by alternating paths (the constructive proof of König's edge-colouring
// theorem, 1916): a bipartite multigraph with maximum degree k can be edge-coloured with k colours.
// To colour edge (u, v), take a colour a missing at u and a colour b missing at v. If a is also
// missing at v, use it. Otherwise follow the path from v along edges coloured a, b, a, ...; in a
// bipartite graph it cannot reach u (u would be entered by an a-edge, but a is missing at u), so
// swapping a and b on that path frees a at v without touching u, and (u, v) gets colour a.
//
// Here colours are slots, youths are one side and company tables the other. When all talks share
// one window of k slots, every youth has <= k talks and the planner caps each company at
// tables * k talks; we always pick a table with fewer than k talks (one exists by counting), so
// a and b exist and the first attempt succeeds: the schedule uses k slots, the fewest possible.
//
// With differing presence windows the swap must keep each recoloured talk inside its own window,
// so we try several (table, a, b) choices; this can fail (timetabling with availabilities is
// NP-complete: Even, Itai and Shamir 1976) and the planner then falls back to the exact MIP.
#include "matching/schedule.hpp"

#include <algorithm>
#include <numeric>

namespace bb::matching::detail {
namespace {

class Colouring {
 public:
  explicit Colouring(const ScheduleProblem& problem) : p_(problem), n_(problem.slots) {
    const std::size_t companies = problem.company_tables.size();
    table_offset_.assign(companies + 1, 0);
    for (std::size_t c = 0; c < companies; ++c) {
      table_offset_[c + 1] = table_offset_[c] + problem.company_tables[c];
    }
    const std::size_t nodes = static_cast<std::size_t>(problem.num_youths) +
                              static_cast<std::size_t>(table_offset_[companies]);
    at_.assign(nodes * static_cast<std::size_t>(n_), -1);
    load_.assign(nodes, 0);
    const std::size_t edges = problem.edge_youth.size();
    result_.slot.assign(edges, -1);
    result_.table.assign(edges, -1);
  }

  ScheduleResult run() {
    std::vector<int> order(p_.edge_youth.size());
    std::iota(order.begin(), order.end(), 0);
    // Most constrained talks first; with equal windows this keeps the input order.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return p_.edge_window[static_cast<std::size_t>(a)].size() < p_.edge_window[static_cast<std::size_t>(b)].size();
    });
    for (const int e : order) {
      if (!place_direct(e) && !place_by_swap(e)) result_.unscheduled.push_back(e);
    }
    return std::move(result_);
  }

 private:
  int& at(int node, int slot) { return at_[static_cast<std::size_t>(node) * static_cast<std::size_t>(n_) + static_cast<std::size_t>(slot)]; }
  int youth_node(int e) const { return p_.edge_youth[static_cast<std::size_t>(e)]; }
  int table_node(int company, int table) const {
    return p_.num_youths + table_offset_[static_cast<std::size_t>(company)] + table;
  }
  int company_of(int e) const { return p_.edge_company[static_cast<std::size_t>(e)]; }
  int tables_of(int company) const { return p_.company_tables[static_cast<std::size_t>(company)]; }
  const Window& window(int e) const { return p_.edge_window[static_cast<std::size_t>(e)]; }

  void assign(int e, int table, int slot) {
    const auto i = static_cast<std::size_t>(e);
    result_.slot[i] = slot;
    result_.table[i] = table;
    at(youth_node(e), slot) = e;
    at(table_node(company_of(e), table), slot) = e;
  }
  void unassign(int e) {
    const auto i = static_cast<std::size_t>(e);
    at(youth_node(e), result_.slot[i]) = -1;
    at(table_node(company_of(e), result_.table[i]), result_.slot[i]) = -1;
  }

  bool place_direct(int e) {
    const int y = youth_node(e);
    const int c = company_of(e);
    const Window w = window(e);
    for (int s = w.first; s <= w.last; ++s) {
      if (at(y, s) != -1) continue;
      int best = -1;  // least-loaded free table keeps tables balanced (needed for the König bound)
      for (int t = 0; t < tables_of(c); ++t) {
        const int node = table_node(c, t);
        if (at(node, s) == -1 && (best == -1 || load_[static_cast<std::size_t>(node)] <
                                                    load_[static_cast<std::size_t>(table_node(c, best))])) {
          best = t;
        }
      }
      if (best != -1) {
        assign(e, best, s);
        ++load_[static_cast<std::size_t>(table_node(c, best))];
        return true;
      }
    }
    return false;
  }

  // The alternating path from `start` along colours a, b, a, ...; empty optional-like result
  // (false) if a talk on it cannot take the other colour because of its window.
  bool collect_path(int start, int a, int b, long long& budget) {
    path_.clear();
    int node = start;
    int colour = a;
    while (true) {
      const int e = at(node, colour);
      if (e == -1) return true;
      if (--budget < 0) return false;
      const Window& w = window(e);
      if (!w.contains(a) || !w.contains(b)) return false;
      path_.push_back(e);
      const int y = youth_node(e);
      node = node == y ? table_node(company_of(e), result_.table[static_cast<std::size_t>(e)]) : y;
      colour = colour == a ? b : a;
    }
  }

  void flip_path(int a, int b) {
    for (const int e : path_) unassign(e);
    for (const int e : path_) {
      const auto i = static_cast<std::size_t>(e);
      assign(e, result_.table[i], result_.slot[i] == a ? b : a);
    }
  }

  bool place_by_swap(int e) {
    const int y = youth_node(e);
    const int c = company_of(e);
    const Window w = window(e);
    long long budget = p_.max_steps_per_edge;
    std::vector<int> tables(static_cast<std::size_t>(tables_of(c)));
    std::iota(tables.begin(), tables.end(), 0);
    std::stable_sort(tables.begin(), tables.end(), [&](int l, int r) {
      return load_[static_cast<std::size_t>(table_node(c, l))] < load_[static_cast<std::size_t>(table_node(c, r))];
    });
    for (const int t : tables) {
      const int tn = table_node(c, t);
      // (A) a free at the youth and inside the window; b free at the table; swap from the table.
      for (int a = w.first; a <= w.last; ++a) {
        if (at(y, a) != -1) continue;
        for (int b = 0; b < n_; ++b) {
          if (b == a || at(tn, b) != -1) continue;
          if (collect_path(tn, a, b, budget)) {
            flip_path(a, b);
            assign(e, t, a);
            ++load_[static_cast<std::size_t>(tn)];
            return true;
          }
          if (budget < 0) return false;
        }
      }
      // (B) the mirror image: b free at the table and inside the window; swap from the youth.
      for (int b = w.first; b <= w.last; ++b) {
        if (at(tn, b) != -1) continue;
        for (int a = 0; a < n_; ++a) {
          if (a == b || at(y, a) != -1) continue;
          if (collect_path(y, b, a, budget)) {
            flip_path(b, a);
            assign(e, t, b);
            ++load_[static_cast<std::size_t>(tn)];
            return true;
          }
          if (budget < 0) return false;
        }
      }
    }
    return false;
  }

  const ScheduleProblem& p_;
  int n_;
  std::vector<int> table_offset_;
  std::vector<int> at_;    // node x slot -> edge or -1
  std::vector<int> load_;  // talks per node
  std::vector<int> path_;
  ScheduleResult result_;
};

}  // namespace

ScheduleResult colour_edges(const ScheduleProblem& problem) { return Colouring(problem).run(); }

}  // namespace bb::matching::detail
