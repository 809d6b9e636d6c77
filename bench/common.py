"""Shared set-up for the Python baselines: the same network, point and directions for every tool.

The network is the one of docs/MEANING.md section 1 in the ntk parameterization: widths
[n0, m, ..., m, 1] with `depth` weight matrices, W_l entries N(0, 1), z_l = n_{l-1}^{-1/2} W_l a_{l-1},
a_l = tanh(z_l) for hidden layers, f = z_L (no output nonlinearity, no biases).
All weights live in one flat float64 vector w, layer after layer, row-major.
"""

import csv
import statistics
import sys
import time

import numpy as np

INPUT_DIM = 16
DEPTH = 6
WIDTHS = (256, 1024, 2048)
# (n0, m): the depth-6 networks of the numeric tasks; [4, 2048 x5, 1] is the HVP acceptance case
CASES = ((16, 256), (16, 1024), (16, 2048), (4, 2048))
CSV_HEADER = ("tool", "task", "width", "depth", "seconds_median", "repeats", "widths")


def layer_widths(m, depth=DEPTH, n0=INPUT_DIM):
    return [n0] + [m] * (depth - 1) + [1]


def cases(argv):
    """The (n0, m) cases to run: arguments `m` or `n0:m`, else CASES."""
    if not argv:
        return list(CASES)
    return [tuple(int(p) for p in a.split(":")) if ":" in a else (INPUT_DIM, int(a)) for a in argv]


def problem(m, depth=DEPTH, seed=0, n0=INPUT_DIM):
    """Flat weights w0, input x and two unit directions u, v, seeded by (seed, m)."""
    rng = np.random.default_rng([seed, m, depth, n0])
    widths = layer_widths(m, depth, n0)
    size = sum(widths[i] * widths[i + 1] for i in range(depth))
    w0 = rng.standard_normal(size)
    x = rng.standard_normal(widths[0])
    u = rng.standard_normal(size)
    v = rng.standard_normal(size)
    return widths, w0, x, u / np.linalg.norm(u), v / np.linalg.norm(v)


def make_f(widths, x, tanh):
    """f on a tuple of weight matrices, for any array library (`@` and the library's tanh).

    A tuple rather than slices of one flat vector: slicing would make every backward pass
    allocate a full-size zero gradient per layer, an overhead an idiomatic user does not pay."""
    n_layers = len(widths) - 1
    scales = [widths[l] ** -0.5 for l in range(n_layers)]

    def f(weights):
        a = x
        for l, weight in enumerate(weights):
            z = scales[l] * (weight @ a)
            a = tanh(z) if l < n_layers - 1 else z
        return a[0]

    return f


def shapes(widths):
    return [(widths[i + 1], widths[i]) for i in range(len(widths) - 1)]


def time_repeats(fn, repeats):
    """Median wall time of `repeats` calls of fn (fn must block until its result is ready)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tridiagonal_norm(alphas, betas):
    """Largest |eigenvalue| of the Lanczos tridiagonal matrix: the Hessian 2-norm estimate."""
    k = len(alphas)
    t = np.diag(alphas) + np.diag(betas[: k - 1], 1) + np.diag(betas[: k - 1], -1)
    return float(np.max(np.abs(np.linalg.eigvalsh(t))))


def lanczos_norm(hvp, v0, steps, dot):
    """Largest |eigenvalue| after `steps` Lanczos steps (three-term recurrence, no
    reorthogonalization, three vectors kept) on tuples of arrays; `dot` returns a Python float."""
    alphas, betas = [], []
    norm0 = dot(v0, v0) ** 0.5
    q = tuple(t / norm0 for t in v0)
    q_prev = tuple(t * 0 for t in v0)
    beta = 0.0
    for _ in range(steps):
        r = tuple(h - beta * p for h, p in zip(hvp(q), q_prev))
        alpha = dot(q, r)
        r = tuple(t - alpha * c for t, c in zip(r, q))
        beta = dot(r, r) ** 0.5
        alphas.append(alpha)
        betas.append(beta)
        if beta == 0.0:
            break
        q_prev, q = q, tuple(t / beta for t in r)
    return tridiagonal_norm(np.array(alphas), np.array(betas))


_writer = csv.writer(sys.stdout, lineterminator="\n")


def header():
    _writer.writerow(CSV_HEADER)
    sys.stdout.flush()


def widths_label(widths):
    """[4, 2048, 2048, 2048, 2048, 2048, 1] -> '4-2048-2048-2048-2048-2048-1' (what compare.py matches on)."""
    return "-".join(str(n) for n in widths)


def emit(tool, task, width, depth, seconds, repeats, widths=None):
    label = widths_label(widths) if widths is not None else ""
    _writer.writerow((tool, task, width, depth, f"{seconds:.6g}", repeats, label))
    sys.stdout.flush()


def note(*parts):
    """Sanity values (Hessian norm estimates, Taylor coefficients) go to stderr, not the CSV."""
    print(*parts, file=sys.stderr, flush=True)


# --- the coordinate check (bench_dynamics_torch.py, bench_dynamics_jax.py) -------------------

def trajectory_cases(jsonl, point_dir):
    """The `trajectory` lines of `multilin bench` (a JSON-lines file), each with its start point.

    multilin writes the input x and w0 (float64 little-endian: x, then W_1..W_L row-major, each
    n_l x n_{l-1}) to point_dir (`--point-dir`); its line gives the multipliers alpha_l, the
    layer rates m^{-c_l}, eta, target, steps and optimizer, and what multilin found (the losses
    of steps 0..T and the last step's feature changes) for the cross-check. Lines without a
    point file are skipped."""
    import json
    import os
    out = []
    with open(jsonl) as f:
        for text in f:
            text = text.strip()
            if not text.startswith("{"):
                continue
            line = json.loads(text)
            if line.get("task") != "trajectory" or "point_file" not in line:
                continue
            widths = line["widths"]
            flat = np.fromfile(os.path.join(point_dir, line["point_file"]), dtype="<f8")
            x, offset, weights = flat[:widths[0]], widths[0], []
            for rows, cols in shapes(widths):
                weights.append(flat[offset:offset + rows * cols].reshape(rows, cols))
                offset += rows * cols
            if offset != flat.size:
                raise ValueError(f"{line['point_file']}: {flat.size} doubles, the widths {widths} need {offset}")
            out.append(dict(line=line, widths=widths, x=x, weights=weights))
    return out


# glibc: serve large blocks from the heap, never trim it, grow it 512 MB at a time, so that a
# weight-sized array freed by one step is reused by the next instead of being a fresh mmap whose
# pages fault in on first touch (most of a PyTorch or JAX coordinate check on the 2-core machine)
KEPT_MEMORY = {"MALLOC_MMAP_THRESHOLD_": "4294967296", "MALLOC_TRIM_THRESHOLD_": "4294967296",
               "MALLOC_TOP_PAD_": "536870912"}


def kept_memory(argv):
    """(kept, the other arguments): with a leading `--kept-memory`, re-executes this script with
    KEPT_MEMORY in its environment first (glibc reads it at process start)."""
    import os
    args = argv[1:]
    if args[:1] != ["--kept-memory"]:
        return False, args
    if any(os.environ.get(k) != v for k, v in KEPT_MEMORY.items()):
        os.execve(sys.executable, [sys.executable] + argv, {**os.environ, **KEPT_MEMORY})
    return True, args[1:]


def dynamics_task(optimizer, threads, kept):
    """coordinate_check_gd, ..._1thread, ..._kept_memory: the peer task of a trajectory line."""
    return (f"coordinate_check_{optimizer}" + ("_1thread" if threads == 1 else "")
            + ("_kept_memory" if kept else ""))


def memory_mode(kept):
    return " ".join(f"{k}={v}" for k, v in KEPT_MEMORY.items()) if kept else "glibc malloc defaults"


def relative_gap(ours, theirs):
    """max_i |ours_i - theirs_i| / |theirs_i|: how far a peer's values are from multilin's."""
    return max(abs(a - b) / abs(b) for a, b in zip(ours, theirs))


def trajectory_note(tool, case, losses, changes, seconds):
    """The cross-check of a coordinate check: the peer's values, then their gap to multilin's."""
    line = case["line"]
    note(f"{tool}: {line['optimizer']} {widths_label(case['widths'])} {line['steps']} steps, median {seconds:.4g} s "
         f"(multilin {line['seconds']:.4g} s); feature change (last step) "
         f"{[float(f'{c:.12g}') for c in changes[-1]]}")
    note(f"{tool}: relative gap to multilin: feature change (last step) "
         f"{relative_gap(changes[-1], line['feature_change']):.1e}, loss (steps 0..{line['steps']}) "
         f"{relative_gap(losses, line['loss']):.1e}")
