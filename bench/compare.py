"""Puts multilin's `bench` lines beside the PyTorch, JAX and SymPy baselines of the same tasks.

Reads RESULTS/multilin.jsonl (JSON lines of `multilin bench`) and the baselines' CSV
(RESULTS/{torch,jax,sympy}*.csv: the kernels, SymPy, and the coordinate checks of
bench_dynamics_{torch,jax}.py), pairs the same task on the same network, and prints a Markdown
table with the ratio multilin / peer (below 1: multilin is faster), the coordinate checks'
cross-check against multilin at the same w0 (from their notes), then multilin's kernels beside
the memory bandwidth it measured in the same run. Usage: compare.py RESULTS_DIR
"""

import csv
import glob
import json
import os
import sys

# (multilin task, peer tool, peer task): the same computation on the same network and point
PAIRS = (
    ("expand", "sympy", "expand_ring"),
    ("expand", "sympy", "expand"),
    ("forward", "torch", "forward"),
    ("forward", "jax", "forward"),
    ("hvp", "torch", "hvp"),
    ("hvp", "torch", "hvp_double_backward"),
    ("hvp", "jax", "hvp"),
    ("lanczos30", "torch", "lanczos30"),
    ("lanczos30", "jax", "lanczos30"),
    ("taylor4", "jax", "jet_order4"),
) + tuple((f"trajectory_{opt}", tool, f"coordinate_check_{opt}{suffix}")
          for opt in ("gd", "adam") for tool in ("torch", "jax")
          for suffix in ("", "_kept_memory", "_1thread_kept_memory"))


def name(line):
    """The task with its size: taylor + order, lanczos + iterations (taylor4, lanczos30); trajectory_gd."""
    if line["task"] == "trajectory":
        return f"trajectory_{line['optimizer']}"
    return line["task"] + str(line.get("order", line.get("iterations", "")))


def title(line):
    """The task column: the kernel's name, or what a trajectory line is to a practitioner."""
    if line["task"] == "trajectory":
        optimizer = {"gd": "GD", "adam": "Adam"}.get(line["optimizer"], line["optimizer"])
        return f"coordinate check: {line['steps']} {optimizer} steps with per-layer feature changes"
    return name(line)


def label(widths):
    """[4, 2048, 2048, 2048, 2048, 2048, 1] -> '[4, 2048 x5, 1]'."""
    parts, i = [], 0
    while i < len(widths):
        j = i
        while j + 1 < len(widths) and widths[j + 1] == widths[i]:
            j += 1
        parts.append(f"{widths[i]} x{j - i + 1}" if j > i else str(widths[i]))
        i = j + 1
    return "[" + ", ".join(parts) + "]"


def read_multilin(path):
    lines = []
    with open(path) as f:
        for text in f:
            text = text.strip()
            if text.startswith("{"):
                lines.append(json.loads(text))
    return lines


def read_peer(path):
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for row in csv.DictReader(f):
            if row.get("widths"):
                widths = tuple(int(n) for n in row["widths"].split("-"))
                rows[(row["tool"], row["task"], widths)] = float(row["seconds_median"])
    return rows


def main():
    results = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")
    ours = read_multilin(os.path.join(results, "multilin.jsonl"))
    peers = {}
    for tool in ("torch", "jax", "sympy"):
        for path in sorted(glob.glob(os.path.join(results, f"{tool}*.csv"))):
            peers.update(read_peer(path))
    print("| task | network | multilin (s) | peer | peer (s) | multilin / peer |")
    print("|---|---|---|---|---|---|")
    missing = []
    for line in ours:
        widths = tuple(line.get("widths", ()))
        for task, tool, peer_task in PAIRS:
            if name(line) != task:
                continue
            peer = peers.get((tool, peer_task, widths))
            if peer is None:
                missing.append(f"{tool} {peer_task} {label(widths)}")
                continue
            print(f"| {title(line)} | {label(widths)} | {line['seconds']:.4g} | {tool} {peer_task} | {peer:.4g} "
                  f"| {line['seconds'] / peer:.3g} |")
    checks = [line for line in ours if line["task"] == "trajectory"]
    if checks:
        print()
        print(f"Coordinate checks: {checks[0]['parameterization']}, {checks[0]['activation']}, eta "
              f"{checks[0]['eta']}, target {checks[0]['target']}; multilin's trajectory runs on 1 thread, the peers "
              "on 2 unless `_1thread`, taking the same steps from multilin's own x and w0 (`--point-dir`); "
              "`_kept_memory`: glibc keeps freed memory instead of a fresh mmap per weight-sized tensor "
              "(bench/README.md). The peers' values against multilin's (largest relative gap):")
        print()
        for path in sorted(glob.glob(os.path.join(results, "*dynamics*.notes.txt"))):
            with open(path) as f:
                for text in f:
                    if "relative gap" in text:
                        print("- " + text.strip().replace(": relative gap to multilin:", ":"))
    stream = [line for line in ours if line["task"] == "stream"]
    streamed = [line for line in ours if "bytes_per_second" in line and line["task"] != "stream"]
    if stream and streamed:
        bandwidth = stream[0]["bytes_per_second"]
        print()
        print(f"Memory bandwidth measured in the same run (`stream`, {stream[0].get('threads', '?')} threads): "
              f"{bandwidth / 1e9:.2f} GB/s read. Each kernel's share is against the read bandwidth measured over "
              f"the same bytes, alternately with its own calls.")
        print()
        print("| kernel | network | threads | weights streamed (GB/s) | share of the bandwidth |")
        print("|---|---|---|---|---|")
        for line in streamed:
            print(f"| {name(line)} | {label(tuple(line.get('widths', ())))} | {line.get('threads', '?')} "
                  f"| {line['bytes_per_second'] / 1e9:.2f} | {line['share_of_bandwidth']:.0%} |")
    if missing:
        print()
        print("No peer line for: " + "; ".join(missing))


if __name__ == "__main__":
    main()
