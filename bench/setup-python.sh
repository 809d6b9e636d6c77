#!/usr/bin/env bash
# Creates bench/.venv with the Python baselines (numpy, sympy, torch, jax, jaxlib). With
# WHEEL_DIRS="dir1 dir2" the install is offline, from the wheels in those folders only;
# without it pip installs from its configured package index.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
links=(--no-index)
for dir in ${WHEEL_DIRS:-}; do
  if [ -d "$dir" ]; then
    links+=(--find-links "$dir")
  else
    echo "setup-python.sh: WHEEL_DIRS names $dir, which is not a folder" >&2
    exit 1
  fi
done
if [ -z "${WHEEL_DIRS:-}" ]; then
  links=()
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
# With WHEEL_DIRS, --no-index keeps the install offline and reproducible from those folders.
"$venv/bin/pip" install --quiet "${links[@]}" numpy sympy torch jax jaxlib
"$venv/bin/python" - <<'PY'
import jax, numpy, sympy, torch
print("bench venv ready: numpy", numpy.__version__, "sympy", sympy.__version__,
      "torch", torch.__version__, "jax", jax.__version__)
PY
