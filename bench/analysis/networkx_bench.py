#!/usr/bin/env python3
"""Times networkx on the graph bench_analysis ran on (its affiliation.txt), for run.sh.

networkx needs minutes to hours for exact values on the full region, so by default each metric
runs on a uniform random sample and the time is extrapolated to all nodes (sampled sources for
betweenness and harmonic closeness: their cost is one shortest-path search per source; sampled
nodes for constraint and effective size: their cost is per node). The sample mean of per-node
costs times n is an unbiased estimate of the total. FULL=1 in the environment runs everything exactly.
Prints "key value" lines, times in ms.
"""
import os
import random
import sys
import time

import networkx as nx


def main():
    path = sys.argv[1]
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    full = os.environ.get("FULL") == "1"
    with open(path) as f:
        kind, n = f.readline().split()
        n = int(n)
        G = nx.DiGraph() if kind == "directed" else nx.Graph()
        G.add_nodes_from(range(n))
        for line in f:
            u, v, w = line.split()
            G.add_edge(int(u), int(v), weight=float(w))
    rng = random.Random(1)
    nodes = list(G.nodes())
    picks = nodes if full else rng.sample(nodes, min(sample, n))
    scale = n / len(picks)

    c_start = time.process_time()
    def timed(fn, factor):
        """Wall and CPU milliseconds of fn(), times factor (the extrapolation to all nodes)."""
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        return ((time.perf_counter() - w0) * 1000 * factor, (time.process_time() - c0) * 1000 * factor)

    # k sources, as networkx's own sampled betweenness does; harmonic from the sampled sources;
    # constraint and effective size of the sampled nodes.
    figures = {
        "betweenness": timed(lambda: nx.betweenness_centrality(G) if full else nx.betweenness_centrality(G, k=len(picks), seed=1), scale),
        "harmonic": timed(lambda: nx.harmonic_centrality(G, sources=picks), scale),
        "constraint": timed(lambda: nx.constraint(G, nodes=picks, weight="weight"), scale),
        "effective_size": timed(lambda: nx.effective_size(G, nodes=picks, weight="weight"), scale),
    }
    U = G.to_undirected() if G.is_directed() else G
    figures["articulation_and_louvain"] = timed(
        lambda: (list(nx.articulation_points(U)), nx.community.louvain_communities(U, weight="weight", seed=1)), 1.0)

    print("networkx_mode", "exact" if full else "extrapolated_from_%d" % len(picks))
    for name, (wall, cpu) in figures.items():
        print("networkx_%s_ms %.0f" % (name, wall))
    print("networkx_total_ms %.0f" % sum(w for w, _ in figures.values()))
    print("networkx_total_cpu_ms %.0f" % sum(c for _, c in figures.values()))


if __name__ == "__main__":
    main()
