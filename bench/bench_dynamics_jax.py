"""JAX baseline of `multilin bench trajectory`: the muP coordinate check with a jitted step.

The same run as bench_dynamics_torch.py, from multilin's start point (`--point-dir`): per step
one jitted function takes the weights (donated, so XLA updates them in place), the optimizer
state and z_l(w_0), and returns the new weights and state, the loss and each layer's
RMS_i (z_l(w_t) - z_l(w_0))_i; the loop fetches the loss and changes to the host every step, as
a plotting loop does. Gradient descent moves layer l by eta m^{-c_l} times its gradient; Adam
(beta 0.9, 0.999, eps 1e-8, bias-corrected, as optax.adam) by the same rate times its moment
ratio. The network is multilin's (z_l = alpha_l W_l a_{l-1}, tanh hidden, linear output),
float64. Weights are jit arguments, never closed over. The timed run is one coordinate check from
w0 (its copy of w0 included); median of 7 runs after 2 warm-ups (the first compiles; its time
is in the notes). Two threads for XLA (BENCH_THREADS overrides; with 1 the tasks get the
suffix `_1thread`). `--kept-memory`: as in bench_dynamics_torch.py, glibc keeps freed memory
(XLA's CPU buffers come from malloc too) and the tasks get the suffix `_kept_memory`.

Usage: bench_dynamics_jax.py [--kept-memory] MULTILIN.jsonl POINT_DIR; CSV on stdout, cross-check
on stderr.
"""

import os

_threads = os.environ.get("BENCH_THREADS", "2")
os.environ.setdefault("XLA_FLAGS", f"--xla_cpu_multi_thread_eigen=true intra_op_parallelism_threads={_threads}")

import functools  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import jax  # noqa: E402

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402

from common import (dynamics_task, emit, header, kept_memory, memory_mode, note, time_repeats,  # noqa: E402
                    trajectory_cases, trajectory_note)

WARMUPS, REPEATS = 2, 7
BETA1, BETA2, EPS = 0.9, 0.999, 1e-8


def make_step(alpha, rates, eta, target, optimizer):
    depth = len(alpha)

    def loss_and_features(weights, x):
        a, zs = x, []
        for l, w in enumerate(weights):
            z = alpha[l] * (w @ a)
            zs.append(z)
            a = jnp.tanh(z) if l < depth - 1 else z
        return 0.5 * (a[0] - target) ** 2, zs

    def changes(zs, z0):
        return jnp.stack([jnp.sqrt(jnp.mean((z - zi) ** 2)) for z, zi in zip(zs, z0)])

    @functools.partial(jax.jit, donate_argnums=(0, 1))
    def step(weights, state, x, z0, t):
        """One step from w_t: the loss and changes at w_t, then w_{t+1} (t counts from 1 for Adam)."""
        (loss, zs), grads = jax.value_and_grad(loss_and_features, has_aux=True)(weights, x)
        lrs = [eta * r for r in rates]
        if optimizer == "adam":
            first, second = state
            first = [BETA1 * m + (1 - BETA1) * g for m, g in zip(first, grads)]
            second = [BETA2 * v + (1 - BETA2) * g * g for v, g in zip(second, grads)]
            c1, c2 = 1 - BETA1 ** t, 1 - BETA2 ** t
            weights = [w - lr * (m / c1) / (jnp.sqrt(v / c2) + EPS)
                       for w, lr, m, v in zip(weights, lrs, first, second)]
            state = (first, second)
        else:
            weights = [w - lr * g for w, lr, g in zip(weights, lrs, grads)]
        return weights, state, loss, zs, changes(zs, z0)

    @jax.jit
    def evaluate(weights, x, z0):
        loss, zs = loss_and_features(weights, x)
        return loss, changes(zs, z0)

    return step, evaluate


def coordinate_check(step, evaluate, w0, x, steps, optimizer):
    weights = [jnp.array(w, copy=True) for w in w0]
    state = ([jnp.zeros_like(w) for w in w0], [jnp.zeros_like(w) for w in w0]) if optimizer == "adam" else ()
    # z0 is not known before the first step: step 0 compares with zeros and its changes are 0 by definition
    z0 = [jnp.zeros(w.shape[0]) for w in w0]
    losses, changes = [], []
    for t in range(steps):
        weights, state, loss, zs, change = step(weights, state, x, z0, jnp.asarray(t + 1.0))
        if t == 0:
            z0, change = zs, jnp.zeros(len(w0))
        losses.append(float(loss))
        changes.append([float(c) for c in change])
    loss, change = evaluate(weights, x, z0)
    losses.append(float(loss))
    changes.append([float(c) for c in change])
    return losses, changes


def main():
    kept, args = kept_memory(sys.argv)
    jsonl, point_dir = args
    note(f"jax {jax.__version__}, backend {jax.default_backend()}, XLA_FLAGS={os.environ['XLA_FLAGS']}, "
         f"{memory_mode(kept)}, load average {os.getloadavg()}")
    header()
    for case in trajectory_cases(jsonl, point_dir):
        line = case["line"]
        x = jnp.asarray(case["x"])
        w0 = [jnp.asarray(w) for w in case["weights"]]
        step, evaluate = make_step(line["multipliers"], line["rates"], line["eta"], line["target"],
                                   line["optimizer"])
        result = [None]

        def run():
            result[0] = coordinate_check(step, evaluate, w0, x, line["steps"], line["optimizer"])

        start = time.perf_counter()
        run()
        compiled = time.perf_counter() - start
        for _ in range(WARMUPS - 1):
            run()
        seconds = time_repeats(run, REPEATS)
        task = dynamics_task(line["optimizer"], int(_threads), kept)
        emit("jax", task, line["m"], len(case["widths"]) - 1, seconds, REPEATS, case["widths"])
        losses, changes = result[0]
        trajectory_note(f"jax {task} (first run, compiling, {compiled:.3g} s)", case, losses, changes, seconds)


if __name__ == "__main__":
    main()
