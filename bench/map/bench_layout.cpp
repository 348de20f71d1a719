// Benchmark of the network map's layout (issue 4): igraph's Fruchterman-Reingold on the sparse
// graph the map draws (organisations + networks as nodes, memberships + ties as edges), for a
// region of 3,000 organisations, and again continuing from those positions with 5 % new nodes
// and 50 nodes fixed (a saved layout extended a week later). Prints seconds and the size of the
// positions JSON the browser receives. Usage: bench_layout [organisations] [networks].
#include "analysis/layout.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int organisations = argc > 1 ? std::atoi(argv[1]) : 3000;
  const int networks = argc > 2 ? std::atoi(argv[2]) : 150;
  std::mt19937 rng(7);
  bb::analysis::LayoutInput input;
  input.nodes = organisations + networks;
  // About 4 memberships per organisation over Zipf-ish networks, and one tie per organisation.
  std::uniform_int_distribution<int> org(0, organisations - 1);
  std::vector<double> network_weights;
  for (int i = 0; i < networks; ++i) network_weights.push_back(1.0 / (1 + i));
  std::discrete_distribution<int> net(network_weights.begin(), network_weights.end());
  for (int o = 0; o < organisations; ++o) {
    for (int k = 0; k < 4; ++k) input.edges.emplace_back(o, organisations + net(rng));
    input.edges.emplace_back(o, org(rng));
  }
  auto start = std::chrono::steady_clock::now();
  auto first = bb::analysis::force_layout(input);
  const double fresh = seconds_since(start);
  if (!first) {
    std::fprintf(stderr, "layout failed: %s\n", first.error().message.c_str());
    return 1;
  }
  // A week later: the saved positions, 5 % new organisations, 50 nodes moved by hand.
  const int added = organisations / 20;
  bb::analysis::LayoutInput later = input;
  later.nodes += added;
  later.start = *first;
  // New nodes start next to the network they join, as services::compute_layout places them.
  for (int i = 0; i < added; ++i) {
    const int network = organisations + net(rng);
    const auto at = (*first)[static_cast<std::size_t>(network)];
    later.start.push_back({at.x + (i % 17) * 7.0, at.y - (i % 13) * 7.0});
    later.edges.emplace_back(input.nodes + i, network);
  }
  later.fixed.assign(static_cast<std::size_t>(later.nodes), false);
  if (!std::getenv("NO_FIXED"))
    for (int i = 0; i < 50; ++i) later.fixed[static_cast<std::size_t>(org(rng))] = true;
  start = std::chrono::steady_clock::now();
  auto second = bb::analysis::force_layout(later);
  const double continued = seconds_since(start);
  if (!second) return 1;
  const std::size_t json_bytes = static_cast<std::size_t>(input.nodes) * std::string(R"("o12345":[-1234,5678],)").size();
  std::printf("nodes %d edges %zu\n", input.nodes, input.edges.size());
  std::printf("layout_fresh_s %.3f\n", fresh);
  std::printf("layout_continued_s %.3f (5%% new nodes, 50 fixed)\n", continued);
  std::printf("positions_json_kib %.0f\n", static_cast<double>(json_bytes) / 1024.0);
  return 0;
}
