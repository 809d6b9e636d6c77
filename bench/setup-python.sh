#!/usr/bin/env bash
# Creates bench/.venv with the Python baselines (numpy, sympy, torch, jax, jaxlib), offline,
# from wheels already on this machine. Override the wheel folders with WHEEL_DIRS="dir1 dir2".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
wheel_dirs="${WHEEL_DIRS:-/opt/wheels /opt/pypi/files}"

links=()
for dir in $wheel_dirs; do
  if [ -d "$dir" ]; then
    links+=(--find-links "$dir")
  fi
done
if [ ${#links[@]} -eq 0 ]; then
  echo "setup-python.sh: none of the wheel folders exist: $wheel_dirs (set WHEEL_DIRS)" >&2
  exit 1
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
# The machine-wide pip config adds find-links and a constraints file; --no-index keeps the
# install offline and reproducible from the folders above.
"$venv/bin/pip" install --quiet --no-index "${links[@]}" numpy sympy torch jax jaxlib
"$venv/bin/python" - <<'PY'
import jax, numpy, sympy, torch
print("bench venv ready: numpy", numpy.__version__, "sympy", sympy.__version__,
      "torch", torch.__version__, "jax", jax.__version__)
PY
