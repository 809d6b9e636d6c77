"""JAX baseline (float64): Hessian-vector product, 30-step Lanczos, and Taylor-mode coefficients.

Same network, point and directions as bench_torch.py (common.py). The HVP is
jax.jvp(jax.grad(f)) under jax.jit; the first call (tracing + XLA compilation) is reported on
its own line as task hvp_first_call. jet: jax.experimental.jet gives the derivatives
d^k/dt^k f(w0 + t u) at t = 0 for k = 1..4 in one Taylor-mode pass (also jitted; its first
call is reported separately). As a cross-check the script prints, on stderr, the second jet
coefficient next to u.H.u from the HVP: they must agree. `forward` is the jitted f(w0).
Usage: bench_jax.py [m | n0:m ...]
"""

import os

# Two CPU threads for XLA's intra-op pool, as for torch; must be set before jax is imported.
_threads = os.environ.get("BENCH_THREADS", "2")
os.environ.setdefault("XLA_FLAGS", f"--xla_cpu_multi_thread_eigen=true intra_op_parallelism_threads={_threads}")

import sys  # noqa: E402
import time  # noqa: E402

import jax  # noqa: E402

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
from jax.experimental.jet import jet  # noqa: E402

from common import DEPTH, cases, emit, header, make_f, note, problem, shapes, time_repeats, lanczos_norm  # noqa: E402

LANCZOS_STEPS = 30
TAYLOR_ORDER = 4


def split(flat, widths):
    out, offset = [], 0
    for rows, cols in shapes(widths):
        out.append(jnp.asarray(flat[offset:offset + rows * cols].reshape(rows, cols)))
        offset += rows * cols
    return tuple(out)


def dot(a, b):
    return float(sum(jnp.vdot(p, q) for p, q in zip(a, b)))


def first_call(fn):
    start = time.perf_counter()
    jax.block_until_ready(fn())
    return time.perf_counter() - start


def main():
    note(f"jax {jax.__version__}, backend {jax.default_backend()}, XLA_FLAGS={os.environ['XLA_FLAGS']}, "
         f"load average {os.getloadavg()}")
    header()
    for n0, m in cases(sys.argv[1:]):
        widths, w0, x, u, v = problem(m, n0=n0)
        x = jnp.asarray(x)
        w0, u, v = (split(a, widths) for a in (w0, u, v))
        f = make_f(widths, x, jnp.tanh)
        # Weights and directions are arguments, never closed-over constants: XLA would fold a
        # computation on constants at compile time and the timing would measure nothing.
        grad_f = jax.jit(jax.grad(f))
        hvp_at = jax.jit(lambda w, d: jax.jvp(jax.grad(f), (w,), (d,))[1])

        def hvp(d):
            return hvp_at(w0, d)

        f_jit = jax.jit(f)
        jax.block_until_ready(f_jit(w0))
        emit("jax", "forward", m, DEPTH, time_repeats(lambda: jax.block_until_ready(f_jit(w0)), 7), 7, widths)
        emit("jax", "hvp_first_call", m, DEPTH, first_call(lambda: hvp(v)), 1, widths)
        emit("jax", "hvp", m, DEPTH, time_repeats(lambda: jax.block_until_ready(hvp(v)), 3), 3, widths)
        jax.block_until_ready(grad_f(w0))
        emit("jax", "grad", m, DEPTH, time_repeats(lambda: jax.block_until_ready(grad_f(w0)), 3), 3, widths)
        if n0 != 16:
            continue  # Lanczos and Taylor mode are compared on the [16, m x5, 1] networks only

        repeats = 3 if m <= 256 else 1
        norm = [0.0]

        def run_lanczos():
            norm[0] = lanczos_norm(hvp, v, LANCZOS_STEPS, dot)

        emit("jax", f"lanczos{LANCZOS_STEPS}", m, DEPTH, time_repeats(run_lanczos, repeats), repeats, widths)

        # jet wants array primals, so expand the scalar line g(t) = f(w0 + t u) at t = 0
        # with t's own series (1, 0, 0, 0): one Taylor-mode pass through the network.
        def taylor_at(w, d):
            def line(t):
                return f(tuple(wi + t * di for wi, di in zip(w, d)))

            series_in = [jnp.asarray(1.0)] + [jnp.asarray(0.0)] * (TAYLOR_ORDER - 1)
            return jet(line, (jnp.asarray(0.0),), (series_in,))

        taylor_jit = jax.jit(taylor_at)

        def taylor():
            return taylor_jit(w0, u)

        emit("jax", f"jet_order{TAYLOR_ORDER}_first_call", m, DEPTH, first_call(taylor), 1, widths)
        emit("jax", f"jet_order{TAYLOR_ORDER}", m, DEPTH,
             time_repeats(lambda: jax.block_until_ready(taylor()), 3), 3, widths)

        f0, coefficients = taylor()
        uhu = float(dot(u, hvp(u)))
        note(f"jax m={m}: f(w0)={float(f0):.12g} u.Hv={float(dot(u, hvp(v))):.12g} "
             f"||H|| (lanczos {LANCZOS_STEPS})={norm[0]:.12g} "
             f"jet d^k/dt^k={[float(c) for c in coefficients]} u.H.u={uhu:.12g}")


if __name__ == "__main__":
    main()
