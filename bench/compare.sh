#!/usr/bin/env bash
# One run, both sides: `multilin bench` (its suite) and the PyTorch, JAX and SymPy baselines of
# the same tasks on the same networks, then the ratio table (bench/compare.py). Everything goes
# to bench/results/ (multilin.jsonl, <tool>.csv, <tool>.notes.txt, machine.txt, COMPARISON.md).
# The coordinate checks (bench_dynamics_{torch,jax}.py) step from multilin's own x and w0, which
# the suite writes to a temporary folder (--point-dir, 67 MB, removed at exit).
# Usage: bench/compare.sh [sympy-budget-seconds]   (run bench/setup-python.sh first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
py="$here/.venv/bin/python"
if [ ! -x "$py" ]; then
  echo "compare.sh: no bench/.venv; run bench/setup-python.sh first" >&2
  exit 1
fi
results="$here/results"
mkdir -p "$results"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$results/machine.txt"
points="$(mktemp -d)"
trap 'rm -rf "$points"' EXIT
"$top/multilin" bench --point-dir "$points" > "$results/multilin.jsonl"
cd "$here"
"$py" bench_torch.py > "$results/torch.csv" 2> "$results/torch.notes.txt"
"$py" bench_jax.py > "$results/jax.csv" 2> "$results/jax.notes.txt"
for tool in torch jax; do
  # idiomatic; with glibc keeping freed memory; the same on one thread (multilin's trajectory is sequential)
  "$py" "bench_dynamics_$tool.py" "$results/multilin.jsonl" "$points" \
    > "$results/$tool-dynamics.csv" 2> "$results/$tool-dynamics.notes.txt"
  "$py" "bench_dynamics_$tool.py" --kept-memory "$results/multilin.jsonl" "$points" \
    > "$results/$tool-dynamics-kept-memory.csv" 2> "$results/$tool-dynamics-kept-memory.notes.txt"
  BENCH_THREADS=1 "$py" "bench_dynamics_$tool.py" --kept-memory "$results/multilin.jsonl" "$points" \
    > "$results/$tool-dynamics-kept-memory-1thread.csv" 2> "$results/$tool-dynamics-kept-memory-1thread.notes.txt"
done
"$py" bench_sympy.py "${1:-120}" > "$results/sympy.csv" 2> "$results/sympy.notes.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
{
  sed 's/^/    /' "$results/machine.txt"
  echo
  "$py" compare.py "$results"
} > "$results/COMPARISON.md"
cat "$results/COMPARISON.md"
