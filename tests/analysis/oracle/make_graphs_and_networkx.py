#!/usr/bin/env python3
"""Writes the golden graphs and the networkx reference values the analysis tests compare against.

Run from the repository root:  python3 tests/analysis/oracle/make_graphs_and_networkx.py
(then tests/analysis/oracle/sna_brokerage.R for the brokerage values). Debian 12: python3-networkx 2.8.8.

Per graph NAME it writes tests/analysis/golden/NAME.graph:
    directed 0|1
    n N
    groups g_0 ... g_{N-1}        (integer labels for brokerage)
    u v w                          (one edge or arc per line; undirected edges once)
and NAME.nx with one line per node (karate_isolates also as karate_isolates.graphml, with a
"faction" node attribute holding the groups):
    node betweenness harmonic constraint effective_size
betweenness: nx.betweenness_centrality(G) (normalized, unweighted); harmonic: nx.harmonic_centrality(G)
(unnormalised); constraint and effective_size with weight="weight" when the graph is weighted,
weight=None otherwise. NaN is written as "nan".
"""
import math
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "golden")


def write(name, G, groups, weighted):
    nodes = list(range(G.number_of_nodes()))
    assert list(G.nodes()) == nodes or sorted(G.nodes()) == nodes
    with open(os.path.join(OUT, name + ".graph"), "w") as f:
        f.write("directed %d\n" % (1 if G.is_directed() else 0))
        f.write("n %d\n" % len(nodes))
        f.write("groups " + " ".join(str(groups[v]) for v in nodes) + "\n")
        for u, v, d in sorted(G.edges(data=True)):
            f.write("%d %d %.17g\n" % (u, v, d.get("weight", 1.0)))
    w = "weight" if weighted else None
    bc = nx.betweenness_centrality(G)
    hc = nx.harmonic_centrality(G)
    cs = nx.constraint(G, weight=w)
    es = nx.effective_size(G, weight=w)

    def fmt(x):
        return "nan" if x is None or (isinstance(x, float) and math.isnan(x)) else "%.17g" % x

    with open(os.path.join(OUT, name + ".nx"), "w") as f:
        for v in nodes:
            f.write("%d %s %s %s %s\n" % (v, fmt(bc[v]), fmt(hc[v]), fmt(cs[v]), fmt(es[v])))


def with_isolates(G, k):
    n = G.number_of_nodes()
    G.add_nodes_from(range(n, n + k))
    return G


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(20261125)

    # 1. Zachary's karate club (undirected, unweighted) plus two isolates; groups: the two factions.
    G = nx.karate_club_graph()
    for u, v in G.edges():
        G[u][v].pop("weight", None)
    G = with_isolates(nx.Graph(G), 2)
    groups = [0 if G.nodes[v].get("club") == "Mr. Hi" else 1 for v in range(34)] + [2, 2]
    write("karate_isolates", G, groups, weighted=False)
    # The same graph as GraphML (as Gephi or networkx would hand it over) for the CLI test.
    H = G.copy()
    nx.set_node_attributes(H, {v: ["hi", "officer", "none"][groups[v]] for v in H}, "faction")
    nx.write_graphml(H, os.path.join(OUT, "karate_isolates.graphml"))

    # 2. A directed random graph with isolates and reciprocal arcs; three groups.
    D = nx.gnp_random_graph(24, 0.12, seed=7, directed=True)
    D = with_isolates(D, 3)
    write("directed_random", D, [rng.randrange(3) for _ in range(D.number_of_nodes())], weighted=False)

    # 3. An undirected weighted graph (cooperation intensities 1..5); four groups.
    W = nx.gnm_random_graph(18, 40, seed=11)
    for u, v in W.edges():
        W[u][v]["weight"] = float(rng.randint(1, 5))
    write("weighted_undirected", W, [rng.randrange(4) for _ in range(18)], weighted=True)

    # 4. A directed weighted graph, one isolate.
    DW = nx.gnm_random_graph(15, 45, seed=5, directed=True)
    for u, v in DW.edges():
        DW[u][v]["weight"] = float(rng.randint(1, 4))
    DW = with_isolates(DW, 1)
    write("directed_weighted", DW, [rng.randrange(2) for _ in range(16)], weighted=True)

    # 5. Two stars joined by one broker: every role shows up; groups by star.
    B = nx.Graph()
    B.add_edges_from([(0, 1), (0, 2), (0, 3), (4, 5), (4, 6), (4, 7), (0, 8), (8, 4), (2, 3)])
    write("two_stars_broker", B, [0, 0, 0, 0, 1, 1, 1, 1, 2], weighted=False)


if __name__ == "__main__":
    main()
