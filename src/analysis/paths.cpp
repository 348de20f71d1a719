#include "analysis/paths.hpp"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>

namespace bb::analysis {
namespace {

// Out-arcs in compressed rows (an undirected edge is an arc each way). Parallel arcs stay, so the
// path counts equal igraph's on a multigraph; loops go, they lie on no shortest path.
struct Csr {
  std::vector<int> start;  // arcs of v: target[start[v] .. start[v + 1])
  std::vector<int> target;
};

Csr make_csr(const Graph& g) {
  const auto n = static_cast<std::size_t>(g.n);
  Csr c;
  c.start.assign(n + 1, 0);
  for (const auto& e : g.edges) {
    if (e.from == e.to) continue;
    ++c.start[static_cast<std::size_t>(e.from) + 1];
    if (!g.directed) ++c.start[static_cast<std::size_t>(e.to) + 1];
  }
  for (std::size_t v = 0; v < n; ++v) c.start[v + 1] += c.start[v];
  c.target.resize(static_cast<std::size_t>(c.start[n]));
  std::vector<int> fill(c.start.begin(), c.start.end() - 1);
  for (const auto& e : g.edges) {
    if (e.from == e.to) continue;
    c.target[static_cast<std::size_t>(fill[static_cast<std::size_t>(e.from)]++)] = e.to;
    if (!g.directed) c.target[static_cast<std::size_t>(fill[static_cast<std::size_t>(e.to)]++)] = e.from;
  }
  return c;
}

// One thread's searches: Brandes (2001), "A faster algorithm for betweenness centrality", for
// unweighted graphs. The forward pass writes, per node in search order, its arcs one level down
// (the shortest-path DAG), so the backward pass reads only those; the distances it finds give the
// harmonic sums for free.
class Searcher {
 public:
  Searcher(const Csr& csr, std::size_t n)
      : csr_(csr),
        node_(n, Node{0.0, -1, 0}),
        coefficient_(n, 0.0),
        order_(n + 1),  // + 1: the forward pass writes one past the last node found
        down_start_(n + 1),
        down_(csr.target.size() + 1),  // + 1: likewise one past the last DAG arc
        inverse_(n + 1, 0.0) {
    for (std::size_t d = 1; d <= n; ++d) inverse_[d] = 1.0 / static_cast<double>(d);
  }

  // Not inlined into the thread loop: on its own the compiler keeps the inner loop's state in
  // registers (inlined, it spilled to the stack on every arc).
  [[gnu::noinline]] void run(int s, double* __restrict betweenness, double* __restrict harmonic) {
    const int* __restrict start = csr_.start.data();
    const int* __restrict target = csr_.target.data();
    Node* __restrict node = node_.data();
    double* __restrict coefficient = coefficient_.data();
    int* __restrict order = order_.data();
    int* __restrict down_start = down_start_.data();
    int* __restrict down = down_.data();

    // Forward: distances, shortest-path counts sigma and the DAG arcs. Written without branches on
    // the arc (arithmetic selects, which the compiler cannot turn back into jumps): whether an arc
    // finds a new node or leads one level down is a coin toss for the branch predictor.
    // Pointers rather than indices keep the loop's state in registers.
    int* const order_begin = order;
    int* const down_begin = down;
    int* head = order;
    int* tail = order;
    int* down_end = down;
    *tail++ = s;
    node[s].dist = 0;
    node[s].sigma = 1.0;  // every other sigma is 0 between searches
    while (head < tail) {
      const int v = *head;
      down_start[head++ - order_begin] = static_cast<int>(down_end - down_begin);
      const int next = node[v].dist + 1;
      const double paths = node[v].sigma;
      const int* const arcs_end = target + start[v + 1];
      for (const int* arc = target + start[v]; arc < arcs_end; ++arc) {
        const int w = *arc;
        Node& x = node[w];
        const int seen = x.dist;
        const int fresh = static_cast<int>(static_cast<unsigned>(seen) >> 31);  // 1: not reached yet (-1)
        *tail = w;
        tail += fresh;
        const int d = seen + ((next - seen) & -fresh);  // fresh ? next : seen
        x.dist = d;
        const int is_down = d == next ? 1 : 0;
        x.sigma += paths * static_cast<double>(is_down);
        *down_end = w;
        down_end += is_down;
      }
    }
    const auto reached = static_cast<std::size_t>(tail - order_begin);
    down_start[reached] = static_cast<int>(down_end - down_begin);
    for (std::size_t i = 1; i < reached; ++i)
      harmonic[order[i]] += inverse_[static_cast<std::size_t>(node[order[i]].dist)];
    // Backward, deepest first: delta(v) = sigma(v) * sum over its DAG arcs v->w of
    // (1 + delta(w)) / sigma(w); the quotient is kept per w so each arc costs one add.
    for (std::size_t i = reached; i-- > 0;) {
      const int v = order[i];
      double sum = 0.0;
      for (int a = down_start[i]; a < down_start[i + 1]; ++a) sum += coefficient[down[a]];
      const double delta = node[v].sigma * sum;
      coefficient[v] = (1.0 + delta) / node[v].sigma;
      if (v != s) betweenness[v] += delta;
    }
    for (std::size_t i = 0; i < reached; ++i) {  // reset only what this search touched
      node[order[i]] = Node{0.0, -1, 0};
    }
  }

 private:
  const Csr& csr_;
  // Distance and path count side by side: the forward pass reads and writes both for every arc,
  // and on national graphs (arrays beyond the L2 cache) one cache line per arc instead of two
  // is what counts.
  struct Node {
    double sigma;
    int dist;
    int unused;
  };
  std::vector<Node> node_;
  std::vector<double> coefficient_;  // (1 + delta(w)) / sigma(w) of the current search
  std::vector<int> order_;
  std::vector<int> down_start_;  // per search position: where its DAG arcs start in down_
  std::vector<int> down_;        // DAG arcs' heads, grouped by tail in search order
  std::vector<double> inverse_;  // 1 / d, d <= n
};

}  // namespace

PathSums shortest_path_sums(const Graph& g, const std::vector<int>& sources, int threads,
                            const std::function<void()>& also) {
  const auto n = static_cast<std::size_t>(g.n);
  const Csr csr = make_csr(g);
  // The sources are cut into a fixed number of lanes; a free thread claims the next lane and sums
  // its searches into the lane's own totals, and the lanes are added in order at the end. So the
  // result is the same bit for bit whatever the number of threads and however they were scheduled
  // (what-if diffs and reruns must not move), and the threads still end together: the lanes shrink
  // towards the end (lane i gets a share proportional to lanes - i), like guided scheduling.
  const std::size_t lanes = std::clamp<std::size_t>(sources.size() / 8, 1, 16);
  std::vector<std::size_t> bound(lanes + 1, 0);
  const std::size_t weights = lanes * (lanes + 1) / 2;
  for (std::size_t i = 0, w = 0; i < lanes; ++i) {
    w += lanes - i;
    bound[i + 1] = sources.size() * w / weights;
  }
  struct Lane {
    std::vector<double> betweenness, harmonic;
  };
  std::vector<Lane> lane(lanes);
  std::atomic<std::size_t> next{0};
  auto work = [&](Searcher& searcher) {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < lanes;) {
      lane[i].betweenness.assign(n, 0.0);
      lane[i].harmonic.assign(n, 0.0);
      for (std::size_t k = bound[i]; k < bound[i + 1]; ++k)
        searcher.run(sources[k], lane[i].betweenness.data(), lane[i].harmonic.data());
    }
  };

  const int used = std::max(1, std::min(threads, static_cast<int>(lanes)));
  std::vector<Searcher> searchers;
  searchers.reserve(static_cast<std::size_t>(used));
  for (int t = 0; t < used; ++t) searchers.emplace_back(csr, n);
  {
    // Joins on every way out, also if `also` throws.
    struct Workers {
      std::vector<std::thread> threads;
      ~Workers() {
        for (auto& t : threads) t.join();
      }
    } workers;
    for (int t = 1; t < used; ++t)
      workers.threads.emplace_back([&, t] { work(searchers[static_cast<std::size_t>(t)]); });
    if (also) also();
    work(searchers[0]);
  }

  PathSums out;
  out.threads_used = used;
  out.betweenness = std::move(lane[0].betweenness);
  out.harmonic = std::move(lane[0].harmonic);
  if (out.betweenness.empty()) {  // no sources at all
    out.betweenness.assign(n, 0.0);
    out.harmonic.assign(n, 0.0);
  }
  for (std::size_t i = 1; i < lanes; ++i)
    for (std::size_t v = 0; v < n; ++v) {
      out.betweenness[v] += lane[i].betweenness[v];
      out.harmonic[v] += lane[i].harmonic[v];
    }
  if (!g.directed)
    for (double& b : out.betweenness) b /= 2;
  return out;
}

}  // namespace bb::analysis
