#!/usr/bin/env bash
# Runs every Python baseline and writes bench/results/<tool>.csv (CSV on stdout of each script)
# and bench/results/<tool>.notes.txt (cross-check values and machine load, from stderr).
# Usage: bench/run-all.sh [sympy-budget-seconds]   (run bench/setup-python.sh first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="$here/.venv/bin/python"
if [ ! -x "$py" ]; then
  echo "run-all.sh: no bench/.venv; run bench/setup-python.sh first" >&2
  exit 1
fi
mkdir -p "$here/results"
cd "$here"
"$py" bench_jax.py > results/jax.csv 2> results/jax.notes.txt
"$py" bench_torch.py > results/torch.csv 2> results/torch.notes.txt
"$py" bench_sympy.py "${1:-120}" > results/sympy.csv 2> results/sympy.notes.txt
"$py" bench_train_torch.py > results/torch-training.csv 2> results/torch-training.notes.txt
cat results/jax.csv results/torch.csv results/sympy.csv results/torch-training.csv
