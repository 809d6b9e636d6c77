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
