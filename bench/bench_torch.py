"""PyTorch baseline: forward pass, gradient, Hessian-vector products and a 30-step Lanczos Hessian norm.

Network: see common.py (ntk parameterization, depth 6, [16, m x5, 1] for m = 256/1024/2048 and
[4, 2048 x5, 1], float64). `hvp` is forward-over-reverse (torch.func.jvp of torch.func.grad)
over the tuple of weight matrices; `hvp_double_backward` is the textbook double backward
(grad(f) built once with create_graph=True, then per product torch.autograd.grad of it with
grad_outputs=v and the graph retained). Lanczos
runs 30 steps of the three-term recurrence (no reorthogonalization, three vectors kept: a full
basis at m = 2048 would need 30 x 134 MB), and the norm estimate is the largest |Ritz value|.
Two threads, as on the project's machines. Usage: bench_torch.py [m | n0:m ...]
"""

import os
import sys

import torch
from torch.func import grad, jvp

from common import DEPTH, cases, emit, header, make_f, note, problem, shapes, time_repeats, lanczos_norm

# Two threads as on the project's machines; BENCH_THREADS overrides (see README on loaded machines).
torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "2")))
torch.set_default_dtype(torch.float64)
LANCZOS_STEPS = 30


def split(flat, widths):
    out, offset = [], 0
    for rows, cols in shapes(widths):
        out.append(flat[offset:offset + rows * cols].view(rows, cols).clone())
        offset += rows * cols
    return tuple(out)


def dot(a, b):
    return sum(torch.vdot(p.reshape(-1), q.reshape(-1)) for p, q in zip(a, b)).item()


def main():
    note(f"torch {torch.__version__}, threads {torch.get_num_threads()}, load average {os.getloadavg()}")
    header()
    for n0, m in cases(sys.argv[1:]):
        widths, w0, x, u, v = problem(m, n0=n0)
        x = torch.from_numpy(x)
        w0, u, v = (split(torch.from_numpy(a), widths) for a in (w0, u, v))
        f = make_f(widths, x, torch.tanh)
        grad_f = grad(f)

        def hvp(d):
            return jvp(grad_f, (w0,), (d,))[1]

        # the double backward as one does many products at one point: grad(f) with its graph kept
        # once, then per product only the second backward (like multilin's HVP, whose primal
        # passes at the point are done once)
        leaves = tuple(t.clone().requires_grad_(True) for t in w0)
        g = torch.autograd.grad(f(leaves), leaves, create_graph=True)

        def hvp_double_backward(d):
            return torch.autograd.grad(g, leaves, grad_outputs=d, retain_graph=True)

        with torch.no_grad():
            f(w0)
            emit("torch", "forward", m, DEPTH, time_repeats(lambda: f(w0), 7), 7, widths)
        hvp(v)  # warm-up: allocator and kernel selection
        emit("torch", "hvp", m, DEPTH, time_repeats(lambda: hvp(v), 3), 3, widths)
        hvp_double_backward(v)
        emit("torch", "hvp_double_backward", m, DEPTH, time_repeats(lambda: hvp_double_backward(v), 3), 3, widths)
        emit("torch", "grad", m, DEPTH, time_repeats(lambda: grad_f(w0), 3), 3, widths)
        if n0 != 16:
            continue  # the Lanczos comparison runs on the [16, m x5, 1] networks only
        repeats = 3 if m <= 256 else 1
        norm = [0.0]

        def run_lanczos():
            norm[0] = lanczos_norm(hvp, v, LANCZOS_STEPS, dot)

        emit("torch", f"lanczos{LANCZOS_STEPS}", m, DEPTH, time_repeats(run_lanczos, repeats), repeats, widths)
        note(f"torch m={m}: params={sum(t.numel() for t in w0)} f(w0)={f(w0).item():.12g} "
             f"u.Hv={dot(u, hvp(v)):.12g} ||H|| (lanczos {LANCZOS_STEPS})={norm[0]:.12g}")


if __name__ == "__main__":
    main()
