#!/usr/bin/env python3
"""The region exports read back with networkx (issue 4): GraphML and GEXF of the demo region.

Creates the demo region with the real binary on a fresh SQLite database, runs
`brueckenbauer analyze --region region-hannover --date D --format json|graphml|gexf` and checks,
with Debian's networkx (python3-networkx), that both files load, hold every organisation and
network with its attributes, every membership and tie with its period (GraphML "from"/"until",
GEXF spells), that the memberships and ties valid on D are exactly as many as the analysis
counted, and that the metrics in the files are those of the JSON.

Usage: export_networkx.py --binary build/dev/src/cli/brueckenbauer
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

DATE = "2025-06-01"


def run(binary, db, *args):
    res = subprocess.run([binary, "--db", db, *args], capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        raise SystemExit(f"brueckenbauer {' '.join(args)} failed ({res.returncode}): {res.stderr}")
    return res.stdout


def valid(start, end):
    """Whether a period (open bounds: '' or None or 'None') contains DATE."""
    def bound(v):
        return None if v in (None, "", "None") else v
    start, end = bound(start), bound(end)
    return (start is None or start <= DATE) and (end is None or DATE <= end)


def same(a, b):
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    return b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a))


def check(graph, analysis, fmt, problems):
    orgs = {f"o{o['id']}": o for o in analysis["organisations"]}
    nets = {f"network:n{n['id']}": n for n in analysis["networks"]}
    if set(graph.nodes) != set(orgs) | set(nets):
        problems.append(f"{fmt}: nodes differ: {len(graph.nodes)} against {len(orgs) + len(nets)}")
    for node, o in orgs.items():
        d = graph.nodes.get(node, {})
        name = d.get("name") if fmt == "graphml" else d.get("label")
        if d.get("kind") != "organisation" or d.get("type") != o["type"] or name != o["name"]:
            problems.append(f"{fmt}: {node} has {d}, expected {o['name']} of type {o['type']}")
        if d.get("municipality", "") != o["municipality"]:
            problems.append(f"{fmt}: {node}: municipality {d.get('municipality')!r} against {o['municipality']!r}")
        if d.get("migrant_led") != ("true" if o["migrant_led"] else "false"):
            problems.append(f"{fmt}: {node}: migrant_led {d.get('migrant_led')!r}")
        if not same(o["metrics"]["betweenness"], d.get("betweenness")):
            problems.append(f"{fmt}: {node}: betweenness {d.get('betweenness')} against {o['metrics']['betweenness']}")
        if not same(o["brokerage"]["raw"]["total"], d.get("brokerage_total")):
            problems.append(f"{fmt}: {node}: brokerage_total {d.get('brokerage_total')}")
    for node, n in nets.items():
        d = graph.nodes.get(node, {})
        if d.get("kind") != "network" or d.get("focus") != n["focus"]:
            problems.append(f"{fmt}: {node} has {d}")
    memberships = ties = 0
    closed = 0
    for u, v, d in graph.edges(data=True):
        if fmt == "graphml":
            start, end = d.get("from"), d.get("until")
        else:
            spells = d.get("spells") or []
            if len(spells) != 1:
                problems.append(f"{fmt}: edge {u}-{v} has spells {spells}")
                continue
            start, end = spells[0]
            if (start in (None, "None") and d.get("from")) or (end in (None, "None") and d.get("until")):
                problems.append(f"{fmt}: edge {u}-{v}: spell {spells[0]} against from/until {d.get('from')}/{d.get('until')}")
        if end not in (None, "", "None"):
            closed += 1
        if d.get("kind") == "membership":
            memberships += valid(start, end)
        else:
            ties += valid(start, end)
            if not isinstance(d.get("directed_tie"), bool):
                problems.append(f"{fmt}: tie {u}-{v} without a boolean directed_tie: {d}")
    summary = analysis["summary"]
    if memberships != summary["memberships"]:
        problems.append(f"{fmt}: {memberships} memberships valid on {DATE}, the analysis counted {summary['memberships']}")
    if ties != summary["ties"]:
        problems.append(f"{fmt}: {ties} ties valid on {DATE}, the analysis counted {summary['ties']}")
    if closed == 0:
        problems.append(f"{fmt}: no edge carries an end date (the demo has ended memberships)")
    print(f"{fmt}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {memberships} memberships and "
          f"{ties} ties valid on {DATE}, {closed} periods with an end")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    workdir = tempfile.mkdtemp(prefix="bb-export-")
    try:
        db = "sqlite:" + os.path.join(workdir, "export.db")
        run(args.binary, db, "demo")
        base = ["analyze", "--region", "region-hannover", "--date", DATE]
        analysis = json.loads(run(args.binary, db, *base, "--format", "json"))
        problems = []
        for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
            path = os.path.join(workdir, "region." + fmt)
            with open(path, "w", encoding="utf-8") as f:
                f.write(run(args.binary, db, *base, "--format", fmt))
            check(reader(path), analysis, fmt, problems)
        for p in problems[:40]:
            print("FAIL", p)
        return 1 if problems else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
