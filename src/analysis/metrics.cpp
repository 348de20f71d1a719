#include "analysis/metrics.hpp"
#include "analysis/igraph_lock.hpp"

#include <igraph/igraph.h>

#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

namespace bb::analysis {
namespace {

// igraph is not thread-safe in Debian's build, so every call into the linked copy holds this lock;
// the web server may run analyses from several request threads.
std::mutex& igraph_lock() {
  static std::mutex m;
  return m;
}

void init_igraph_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    // The default handler aborts the process; errors are return values here.
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
  });
}

Error igraph_failure(igraph_error_t code, const char* where) {
  return Error::internal(std::string("analysis.igraph_failed: ") + where + ": " + igraph_strerror(code));
}

// RAII owners for the igraph objects of the linked copy.
struct IGraph {
  igraph_t g{};
  bool live = false;
  ~IGraph() {
    if (live) igraph_destroy(&g);
  }
};
struct IVec {
  igraph_vector_t v{};
  IVec() { igraph_vector_init(&v, 0); }
  ~IVec() { igraph_vector_destroy(&v); }
};
struct IVecInt {
  igraph_vector_int_t v{};
  IVecInt() { igraph_vector_int_init(&v, 0); }
  ~IVecInt() { igraph_vector_int_destroy(&v); }
};

igraph_error_t make_graph(const Graph& g, bool directed, IGraph& out) {
  IVecInt edges;
  igraph_error_t rc = igraph_vector_int_resize(&edges.v, static_cast<igraph_integer_t>(2 * g.edges.size()));
  if (rc != IGRAPH_SUCCESS) return rc;
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    VECTOR(edges.v)[2 * i] = g.edges[i].from;
    VECTOR(edges.v)[2 * i + 1] = g.edges[i].to;
  }
  rc = igraph_create(&out.g, &edges.v, g.n, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
  out.live = rc == IGRAPH_SUCCESS;
  return rc;
}

void copy_weights(const Graph& g, igraph_vector_t* w) {
  igraph_vector_resize(w, static_cast<igraph_integer_t>(g.edges.size()));
  for (std::size_t i = 0; i < g.edges.size(); ++i) VECTOR(*w)[i] = g.edges[i].weight;
}

std::vector<double> to_std(const igraph_vector_t& v) {
  return std::vector<double>(VECTOR(v), VECTOR(v) + igraph_vector_size(&v));
}

// ---- one table of igraph entry points per copy of the library --------------------------------
// The linked copy's table points at the functions we link against. The second copy is libigraph
// loaded again with dlmopen(LM_ID_NEWLM): a separate link namespace with its own globals (and its
// own libc heap), so one thread may call it while another calls the linked copy. Objects of one
// copy are created and destroyed by that copy's functions only; results are read through the
// plain VECTOR()/MATRIX() layout, which both copies share.
struct Api {
  decltype(&igraph_vector_int_init) vector_int_init = nullptr;
  decltype(&igraph_vector_int_destroy) vector_int_destroy = nullptr;
  decltype(&igraph_vector_init) vector_init = nullptr;
  decltype(&igraph_vector_destroy) vector_destroy = nullptr;
  decltype(&igraph_matrix_init) matrix_init = nullptr;
  decltype(&igraph_matrix_destroy) matrix_destroy = nullptr;
  decltype(&igraph_create) create = nullptr;
  decltype(&igraph_destroy) destroy = nullptr;
  decltype(&igraph_vs_vector) vs_vector = nullptr;
  decltype(&igraph_vss_all) vss_all = nullptr;
  decltype(&igraph_betweenness) betweenness = nullptr;
  decltype(&igraph_betweenness_subset) betweenness_subset = nullptr;
  decltype(&igraph_harmonic_centrality) harmonic_centrality = nullptr;
  decltype(&igraph_distances) distances = nullptr;
  std::mutex* lock = nullptr;
};

Api& linked_api() {
  static Api api{igraph_vector_int_init, igraph_vector_int_destroy, igraph_vector_init, igraph_vector_destroy,
                 igraph_matrix_init,     igraph_matrix_destroy,     igraph_create,      igraph_destroy,
                 igraph_vs_vector,       igraph_vss_all,            igraph_betweenness, igraph_betweenness_subset,
                 igraph_harmonic_centrality, igraph_distances,      &igraph_lock()};
  return api;
}

Api* second_api() {
  static Api api;
  static std::mutex lock;
  static bool ok = false;
  static std::once_flag once;
  std::call_once(once, [] {
    // The very file the process linked against, whatever its soname.
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&igraph_create), &info) == 0 || info.dli_fname == nullptr) return;
    void* h = dlmopen(LM_ID_NEWLM, info.dli_fname, RTLD_NOW | RTLD_LOCAL);
    if (h == nullptr) return;
    auto sym = [h](auto& fn, const char* name) {
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(h, name));
      return fn != nullptr;
    };
    decltype(&igraph_set_error_handler) set_error_handler = nullptr;
    decltype(&igraph_set_warning_handler) set_warning_handler = nullptr;
    const bool all = sym(api.vector_int_init, "igraph_vector_int_init") &&
                     sym(api.vector_int_destroy, "igraph_vector_int_destroy") &&
                     sym(api.vector_init, "igraph_vector_init") && sym(api.vector_destroy, "igraph_vector_destroy") &&
                     sym(api.matrix_init, "igraph_matrix_init") && sym(api.matrix_destroy, "igraph_matrix_destroy") &&
                     sym(api.create, "igraph_create") && sym(api.destroy, "igraph_destroy") &&
                     sym(api.vs_vector, "igraph_vs_vector") && sym(api.vss_all, "igraph_vss_all") &&
                     sym(api.betweenness, "igraph_betweenness") &&
                     sym(api.betweenness_subset, "igraph_betweenness_subset") &&
                     sym(api.harmonic_centrality, "igraph_harmonic_centrality") &&
                     sym(api.distances, "igraph_distances") &&
                     sym(set_error_handler, "igraph_set_error_handler") &&
                     sym(set_warning_handler, "igraph_set_warning_handler");
    void* ignore_error = dlsym(h, "igraph_error_handler_ignore");
    void* ignore_warning = dlsym(h, "igraph_warning_handler_ignore");
    if (!all || ignore_error == nullptr || ignore_warning == nullptr) return;
    set_error_handler(reinterpret_cast<igraph_error_handler_t*>(ignore_error));
    set_warning_handler(reinterpret_cast<igraph_warning_handler_t*>(ignore_warning));
    api.lock = &lock;
    ok = true;
  });
  return ok ? &api : nullptr;
}

// The path-based metrics of a set of nodes. Betweenness and harmonic closeness are one
// shortest-path search per node each, the dominant cost of the whole analysis, so both are split.
//   exact:   `nodes` are the betweenness sources and harmonic-closeness targets;
//   sampled: `nodes` are sampled sources, for betweenness and for the distances the harmonic
//            estimate sums (closeness_sum[u] += 1/d(s, u)).
struct Share {
  std::vector<double> betweenness;    // raw partial sums, per node of the graph
  std::vector<double> closeness_sum;  // sampled: sum over the sources of 1/d(s, u)
};

// One thread's igraph graph, built once through `api` (so by the copy of libigraph that frees it).
class ThreadGraph {
 public:
  ThreadGraph(const Api& api, const Graph& g) : api_(api) {
    igraph_vector_int_t edges;
    rc_ = api.vector_int_init(&edges, static_cast<igraph_integer_t>(2 * g.edges.size()));
    if (rc_ != IGRAPH_SUCCESS) return;
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
      VECTOR(edges)[2 * i] = g.edges[i].from;
      VECTOR(edges)[2 * i + 1] = g.edges[i].to;
    }
    rc_ = api.create(&graph_, &edges, g.n, g.directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
    api.vector_int_destroy(&edges);
  }
  ~ThreadGraph() {
    if (rc_ == IGRAPH_SUCCESS) api_.destroy(&graph_);
  }
  ThreadGraph(const ThreadGraph&) = delete;
  ThreadGraph& operator=(const ThreadGraph&) = delete;
  igraph_error_t status() const { return rc_; }
  const igraph_t* get() const { return &graph_; }

 private:
  const Api& api_;
  igraph_t graph_{};
  igraph_error_t rc_ = IGRAPH_SUCCESS;
};

// Computes the share of `nodes` on `graph` through `api` (the caller holds api.lock). `all_nodes`:
// `nodes` is every node, so igraph's plain betweenness does. Exact closeness of the nodes goes
// straight into `closeness` (each node is in one share only).
igraph_error_t run_share(const Api& api, const igraph_t* graph, const Graph& g, const igraph_integer_t* nodes,
                         std::size_t count, bool all_nodes, bool sampled, bool closeness, Share& out,
                         std::vector<double>& exact_closeness) {
  igraph_vector_int_t list;
  api.vector_int_init(&list, static_cast<igraph_integer_t>(count));
  for (std::size_t i = 0; i < count; ++i) VECTOR(list)[i] = nodes[i];
  igraph_vs_t vs;
  api.vs_vector(&vs, &list);
  igraph_vector_t res;
  api.vector_init(&res, 0);
  const auto n = static_cast<std::size_t>(g.n);

  igraph_error_t rc = all_nodes ? api.betweenness(graph, &res, api.vss_all(), g.directed, nullptr)
                                : api.betweenness_subset(graph, &res, api.vss_all(), g.directed, vs, api.vss_all(), nullptr);
  if (rc == IGRAPH_SUCCESS) out.betweenness.assign(VECTOR(res), VECTOR(res) + g.n);

  if (rc == IGRAPH_SUCCESS && closeness && !sampled) {
    rc = api.harmonic_centrality(graph, &res, vs, IGRAPH_IN, nullptr, true);
    if (rc == IGRAPH_SUCCESS)
      for (std::size_t i = 0; i < count; ++i) exact_closeness[static_cast<std::size_t>(nodes[i])] = VECTOR(res)[i];
  }
  if (rc == IGRAPH_SUCCESS && closeness && sampled) {
    // Distances from the sources in chunks, so the matrix stays small (chunk x n doubles).
    out.closeness_sum.assign(n, 0.0);
    const std::size_t chunk = std::max<std::size_t>(1, (1u << 22) / std::max<std::size_t>(1, n));
    for (std::size_t first = 0; first < count && rc == IGRAPH_SUCCESS; first += chunk) {
      const std::size_t part_size = std::min(chunk, count - first);
      igraph_vector_int_t part;
      api.vector_int_init(&part, static_cast<igraph_integer_t>(part_size));
      for (std::size_t i = 0; i < part_size; ++i) VECTOR(part)[i] = nodes[first + i];
      igraph_vs_t from;
      api.vs_vector(&from, &part);
      igraph_matrix_t d;
      api.matrix_init(&d, 0, 0);
      rc = api.distances(graph, &d, from, api.vss_all(), IGRAPH_OUT);
      if (rc == IGRAPH_SUCCESS) {
        for (std::size_t u = 0; u < n; ++u)
          for (std::size_t i = 0; i < part_size; ++i) {
            const double dist = MATRIX(d, static_cast<igraph_integer_t>(i), static_cast<igraph_integer_t>(u));
            if (dist > 0 && std::isfinite(dist)) out.closeness_sum[u] += 1.0 / dist;
          }
      }
      api.matrix_destroy(&d);
      api.vector_int_destroy(&part);
    }
  }
  api.vector_destroy(&res);
  api.vector_int_destroy(&list);
  return rc;
}

// The sources cut into lanes for two threads: a free thread claims the next lane, so the threads
// end together even when one of them first computes the other metrics or loses its core to
// someone else; the lanes shrink towards the end (lane i gets a share proportional to lanes - i,
// like guided scheduling). Each lane keeps its own sums and the lanes are added in order, so the
// result does not depend on which thread ran which lane.
struct Lanes {
  std::vector<std::size_t> bound;  // lane i: sources[bound[i] .. bound[i + 1])
  std::vector<Share> share;
  std::atomic<std::size_t> next{0};

  explicit Lanes(std::size_t sources) {
    const std::size_t lanes = std::clamp<std::size_t>(sources / 8, 1, 16);
    bound.assign(lanes + 1, 0);
    const std::size_t weights = lanes * (lanes + 1) / 2;
    for (std::size_t i = 0, w = 0; i < lanes; ++i) {
      w += lanes - i;
      bound[i + 1] = sources * w / weights;
    }
    share.resize(lanes);
  }
};

// One thread's part: claims lanes until none is left, on its own graph through `api`.
igraph_error_t run_lanes(const Api& api, const Graph& g, const std::vector<igraph_integer_t>& sources, bool sampled,
                         bool closeness, Lanes& lanes, std::vector<double>& exact_closeness) {
  std::lock_guard guard(*api.lock);
  ThreadGraph graph(api, g);
  if (graph.status() != IGRAPH_SUCCESS) return graph.status();
  for (std::size_t i; (i = lanes.next.fetch_add(1)) < lanes.share.size();) {
    const std::size_t first = lanes.bound[i];
    if (igraph_error_t rc = run_share(api, graph.get(), g, sources.data() + first, lanes.bound[i + 1] - first, false,
                                      sampled, closeness, lanes.share[i], exact_closeness);
        rc != IGRAPH_SUCCESS)
      return rc;
  }
  return IGRAPH_SUCCESS;
}

double networkx_scale(const Graph& g) {
  if (g.n <= 2) return 0.0;  // networkx leaves the raw value, which is 0 for n <= 2
  const double pairs = static_cast<double>(g.n - 1) * static_cast<double>(g.n - 2);
  return (g.directed ? 1.0 : 2.0) / pairs;
}

struct PathMetrics {
  std::vector<double> betweenness;  // normalised as networkx
  std::vector<double> closeness;    // harmonic, normalised by n - 1
};

// Runs the path-based metrics on one or two threads. `also` is other work to overlap with them (it
// takes the igraph lock itself): with two threads the calling thread does it first and then joins
// the searches; with one thread it runs after them.
Result<PathMetrics> path_metrics(const Graph& g, int threads, int sample, unsigned long seed, bool closeness,
                                 int* threads_used, const std::function<void()>& also = {}) {
  init_igraph_once();
  const int n = g.n;
  const bool sampled = sample > 0 && sample < n;
  std::vector<igraph_integer_t> sources;
  if (sampled) {
    // Uniform sources without replacement (Brandes and Pich 2007, "Centrality estimation in large
    // networks"): every source's dependencies are an unbiased sample of the full sum.
    std::vector<igraph_integer_t> all(static_cast<std::size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    std::mt19937_64 rng(seed);
    std::shuffle(all.begin(), all.end(), rng);
    sources.assign(all.begin(), all.begin() + sample);
    std::sort(sources.begin(), sources.end());
  } else {
    sources.resize(static_cast<std::size_t>(n));
    std::iota(sources.begin(), sources.end(), 0);
  }
  Api* second = threads >= 2 && n >= 64 ? second_api() : nullptr;  // tiny graphs: not worth a thread
  Share mine;
  std::vector<double> exact_closeness(closeness && !sampled ? static_cast<std::size_t>(n) : 0, 0.0);
  if (second == nullptr) {
    // The straightforward path: one call of igraph's betweenness over every source.
    if (threads_used) *threads_used = 1;
    igraph_error_t rc = IGRAPH_SUCCESS;
    {
      const Api& api = linked_api();
      std::lock_guard guard(*api.lock);
      ThreadGraph graph(api, g);
      rc = graph.status();
      if (rc == IGRAPH_SUCCESS)
        rc = run_share(api, graph.get(), g, sources.data(), sources.size(), !sampled, sampled, closeness, mine,
                       exact_closeness);
    }
    if (rc != IGRAPH_SUCCESS) return igraph_failure(rc, "betweenness");
    if (also) also();
  } else {
    if (threads_used) *threads_used = 2;
    Lanes lanes(sources.size());
    igraph_error_t rc_other = IGRAPH_SUCCESS;
    std::thread worker([&] { rc_other = run_lanes(*second, g, sources, sampled, closeness, lanes, exact_closeness); });
    if (also) also();
    const igraph_error_t rc = run_lanes(linked_api(), g, sources, sampled, closeness, lanes, exact_closeness);
    worker.join();
    if (rc != IGRAPH_SUCCESS) return igraph_failure(rc, "betweenness_subset");
    if (rc_other != IGRAPH_SUCCESS) return igraph_failure(rc_other, "betweenness_subset (second copy)");
    mine = std::move(lanes.share[0]);
    for (std::size_t l = 1; l < lanes.share.size(); ++l) {
      for (std::size_t i = 0; i < mine.betweenness.size(); ++i) mine.betweenness[i] += lanes.share[l].betweenness[i];
      for (std::size_t i = 0; i < mine.closeness_sum.size(); ++i) mine.closeness_sum[i] += lanes.share[l].closeness_sum[i];
    }
  }
  PathMetrics out;
  out.betweenness = std::move(mine.betweenness);
  const double scale = networkx_scale(g) * (sampled ? static_cast<double>(n) / sample : 1.0);
  if (n > 2)
    for (double& b : out.betweenness) b *= scale;
  if (!sampled) {
    out.closeness = std::move(exact_closeness);
  } else if (closeness) {
    // harmonic(u) / (n - 1) is the mean of 1/d(v, u) over the other nodes v; estimate it by the
    // mean over the sampled sources other than u.
    std::vector<char> is_source(static_cast<std::size_t>(n), 0);
    for (auto s : sources) is_source[static_cast<std::size_t>(s)] = 1;
    out.closeness.resize(static_cast<std::size_t>(n));
    for (std::size_t u = 0; u < out.closeness.size(); ++u) {
      const double others = sample - (is_source[u] ? 1.0 : 0.0);
      out.closeness[u] = others > 0 ? mine.closeness_sum[u] / others : 0.0;
    }
  }
  return out;
}

}  // namespace

std::mutex& igraph_global_lock() { return igraph_lock(); }
void igraph_quiet_errors() { init_igraph_once(); }

Result<std::vector<double>> betweenness(const Graph& g, int threads, int* threads_used, int sample_sources,
                                        unsigned long seed) {
  auto paths = path_metrics(g, threads, sample_sources, seed, false, threads_used);
  if (!paths) return paths.error();
  return std::move(paths->betweenness);
}

std::vector<double> effective_size(const Graph& g, bool weighted) {
  const auto n = static_cast<std::size_t>(g.n);
  // Mutual weights a_uv + a_vu over all neighbours (in or out), as networkx's mutual_weight.
  std::vector<std::vector<std::pair<int, double>>> mutual(n);
  for (const auto& e : g.edges) {
    if (e.from == e.to) continue;
    const double w = weighted ? e.weight : 1.0;
    // An undirected edge is a_uv = a_vu = w, so its mutual weight is 2w; ratios are unaffected.
    const double m = g.directed ? w : 2 * w;
    mutual[static_cast<std::size_t>(e.from)].push_back({e.to, m});
    mutual[static_cast<std::size_t>(e.to)].push_back({e.from, m});
  }
  for (auto& list : mutual) {
    std::sort(list.begin(), list.end());
    std::size_t out = 0;  // merge u->v and v->u into one entry
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (out > 0 && list[out - 1].first == list[i].first) list[out - 1].second += list[i].second;
      else list[out++] = list[i];
    }
    list.resize(out);
  }
  std::vector<double> sum(n, 0.0), max(n, 0.0);
  for (std::size_t u = 0; u < n; ++u)
    for (const auto& [v, w] : mutual[u]) {
      sum[u] += w;
      max[u] = std::max(max[u], w);
    }
  auto weight_of = [&](int u, int v) {
    const auto& list = mutual[static_cast<std::size_t>(u)];
    auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(v, -std::numeric_limits<double>::infinity()));
    return it != list.end() && it->first == v ? it->second : 0.0;
  };
  // networkx treats a node without out-neighbours (len(G[v]) == 0) as isolated.
  std::vector<char> has_out(n, 0);
  for (const auto& e : g.edges) {
    if (e.from == e.to) continue;
    has_out[static_cast<std::size_t>(e.from)] = 1;
    if (!g.directed) has_out[static_cast<std::size_t>(e.to)] = 1;
  }
  std::vector<double> result(n, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t u = 0; u < n; ++u) {
    if (!has_out[u]) continue;
    const auto& nbrs = mutual[u];
    if (!g.directed && !weighted) {
      // Borgatti: n - 2t/n with t the ties among the n neighbours.
      double t = 0;
      for (const auto& [v, w] : nbrs)
        for (const auto& [x, wx] : mutual[static_cast<std::size_t>(v)])
          if (x != static_cast<int>(u) && weight_of(static_cast<int>(u), x) > 0) t += 0.5;
      const double k = static_cast<double>(nbrs.size());
      result[u] = k - 2 * t / k;
      continue;
    }
    double total = 0;
    for (const auto& [v, wuv] : nbrs) {
      double r = 0;
      for (const auto& [w, wuw] : nbrs) {
        const double p = sum[u] > 0 ? wuw / sum[u] : 0.0;
        const double mvw = weight_of(v, w);
        const double m = max[static_cast<std::size_t>(v)] > 0 ? mvw / max[static_cast<std::size_t>(v)] : 0.0;
        r += p * m;
      }
      total += 1 - r;
    }
    result[u] = total;
  }
  return result;
}

namespace {

// Everything but betweenness and closeness: effective size (no igraph), then igraph's degree,
// strength, constraint, articulation points, components and Louvain, under the igraph lock.
Result<void> local_metrics(const Graph& g, const MetricOptions& options, NodeMetrics& m) {
  m.effective_size = effective_size(g, options.weighted_structural_holes);
  std::lock_guard guard(igraph_lock());
  IGraph graph;
  if (auto rc = make_graph(g, g.directed, graph); rc != IGRAPH_SUCCESS) return igraph_failure(rc, "create");
  IVec weights;
  copy_weights(g, &weights.v);
  IVec res;
  {
    IVecInt deg;
    if (auto rc = igraph_degree(&graph.g, &deg.v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS); rc != IGRAPH_SUCCESS)
      return igraph_failure(rc, "degree");
    m.degree.assign(VECTOR(deg.v), VECTOR(deg.v) + g.n);
  }
  if (auto rc = igraph_strength(&graph.g, &res.v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &weights.v); rc != IGRAPH_SUCCESS)
    return igraph_failure(rc, "strength");
  m.weighted_degree = to_std(res.v);
  if (auto rc = igraph_constraint(&graph.g, &res.v, igraph_vss_all(), options.weighted_structural_holes ? &weights.v : nullptr);
      rc != IGRAPH_SUCCESS)
    return igraph_failure(rc, "constraint");
  m.constraint = to_std(res.v);
  // Isolated nodes have no constraint (networkx: NaN); igraph reports them as NaN already, but a
  // directed sink (no out-neighbours) counts as isolated in networkx, so follow effective size.
  for (int v = 0; v < g.n; ++v)
    if (std::isnan(m.effective_size[static_cast<std::size_t>(v)])) m.constraint[static_cast<std::size_t>(v)] = std::numeric_limits<double>::quiet_NaN();

  {
    IVecInt points;
    if (auto rc = igraph_articulation_points(&graph.g, &points.v); rc != IGRAPH_SUCCESS)
      return igraph_failure(rc, "articulation_points");
    m.articulation.assign(static_cast<std::size_t>(g.n), 0);
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&points.v); ++i)
      m.articulation[static_cast<std::size_t>(VECTOR(points.v)[i])] = 1;
  }
  {
    IVecInt membership, sizes;
    igraph_integer_t count = 0;
    if (auto rc = igraph_connected_components(&graph.g, &membership.v, &sizes.v, &count, IGRAPH_WEAK); rc != IGRAPH_SUCCESS)
      return igraph_failure(rc, "connected_components");
    m.component.assign(VECTOR(membership.v), VECTOR(membership.v) + g.n);
    m.components = static_cast<int>(count);
  }
  m.community.assign(static_cast<std::size_t>(g.n), 0);
  if (options.communities && g.n > 0) {
    // Louvain needs an undirected graph: arcs in both directions merge into one weighted edge.
    IGraph undirected;
    IVec uw;
    if (g.directed) {
      Graph u{g.n, false, {}};
      u.edges = g.edges;
      if (auto rc = make_graph(u, false, undirected); rc != IGRAPH_SUCCESS) return igraph_failure(rc, "create");
      copy_weights(u, &uw.v);
    } else {
      if (auto rc = igraph_copy(&undirected.g, &graph.g); rc != IGRAPH_SUCCESS) return igraph_failure(rc, "copy");
      undirected.live = true;
      igraph_vector_update(&uw.v, &weights.v);
    }
    igraph_rng_seed(igraph_rng_default(), options.seed);
    IVecInt membership;
    IVec modularity;
    if (auto rc = igraph_community_multilevel(&undirected.g, &uw.v, options.resolution, &membership.v, nullptr, &modularity.v);
        rc != IGRAPH_SUCCESS)
      return igraph_failure(rc, "community_multilevel");
    m.community.assign(VECTOR(membership.v), VECTOR(membership.v) + g.n);
    m.communities = g.n == 0 ? 0 : 1 + *std::max_element(m.community.begin(), m.community.end());
    if (igraph_vector_size(&modularity.v) > 0) m.modularity = igraph_vector_max(&modularity.v);
  }
  return success();
}

}  // namespace

Result<NodeMetrics> compute_metrics(const Graph& g, const MetricOptions& options) {
  init_igraph_once();
  NodeMetrics m;
  // The path-based metrics take nearly all the time; the other metrics overlap them (the calling
  // thread computes them first and then joins the searches), so both cores stay busy to the end.
  Result<void> local = success();
  auto paths = path_metrics(g, options.threads, options.sample_sources, options.seed, true, &m.betweenness_threads,
                            [&] { local = local_metrics(g, options, m); });
  if (!paths) return paths.error();
  if (!local) return local.error();
  m.betweenness = std::move(paths->betweenness);
  m.closeness = std::move(paths->closeness);
  return m;
}

}  // namespace bb::analysis
