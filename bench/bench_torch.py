"""PyTorch baseline: Hessian-vector product and a 30-step Lanczos Hessian norm of a tanh MLP.

Network: see common.py (ntk parameterization, depth 6, widths 256/1024/2048, float64). One HVP
is forward-over-reverse (torch.func.jvp of torch.func.grad) over the tuple of weight matrices. Lanczos
runs 30 steps of the three-term recurrence (no reorthogonalization, three vectors kept: a full
basis at m = 2048 would need 30 x 134 MB), and the norm estimate is the largest |Ritz value|.
Two threads, as on the project's machines. Usage: bench_torch.py [widths...]
"""

import os
import sys

import torch
from torch.func import grad, jvp

from common import DEPTH, WIDTHS, emit, header, make_f, note, problem, shapes, time_repeats, lanczos_norm

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
    widths_to_run = [int(a) for a in sys.argv[1:]] or list(WIDTHS)
    header()
    for m in widths_to_run:
        widths, w0, x, u, v = problem(m)
        x = torch.from_numpy(x)
        w0, u, v = (split(torch.from_numpy(a), widths) for a in (w0, u, v))
        f = make_f(widths, x, torch.tanh)
        grad_f = grad(f)

        def hvp(d):
            return jvp(grad_f, (w0,), (d,))[1]

        hvp(v)  # warm-up: allocator and kernel selection
        emit("torch", "hvp", m, DEPTH, time_repeats(lambda: hvp(v), 3), 3)
        emit("torch", "grad", m, DEPTH, time_repeats(lambda: grad_f(w0), 3), 3)
        repeats = 3 if m <= 256 else 1
        norm = [0.0]

        def run_lanczos():
            norm[0] = lanczos_norm(hvp, v, LANCZOS_STEPS, dot)

        emit("torch", f"lanczos{LANCZOS_STEPS}", m, DEPTH, time_repeats(run_lanczos, repeats), repeats)
        note(f"torch m={m}: params={sum(t.numel() for t in w0)} f(w0)={f(w0).item():.12g} "
             f"u.Hv={dot(u, hvp(v)):.12g} ||H|| (lanczos {LANCZOS_STEPS})={norm[0]:.12g}")


if __name__ == "__main__":
    main()
