"""PyTorch baseline of `multilin bench trajectory`: a muP coordinate check, as a practitioner runs it.

From multilin's own start point (its input x and w0, written by `multilin bench --point-dir`),
`steps` full-batch steps on 1/2 (f(w; x) - y)^2 with one optimizer parameter group per layer at
rate eta * m^{-c_l} (torch.optim.SGD, or torch.optim.Adam with betas (0.9, 0.999), eps 1e-8),
recording at every step the loss and each layer's RMS_i (z_l(w_t) - z_l(w_0))_i, the coordinate
check's plot. The network is multilin's: z_l = alpha_l W_l a_{l-1}, tanh hidden, linear output,
no biases; float64. The timed run is one coordinate check from w0 (its copy of w0 included):
forward passes with autograd, backward passes, optimizer steps and the recorded changes, each
step's values fetched with .item() as a plotting loop does. Median of 7 runs after 2 warm-ups.
Two threads (BENCH_THREADS overrides; with 1 the tasks get the suffix `_1thread`).

`--kept-memory` runs the same with glibc told to keep freed memory (common.KEPT_MEMORY; the
script re-executes itself with it) and reports the tasks with the suffix `_kept_memory`. By
default every weight-sized tensor PyTorch allocates (the copy of w0, each gradient's outer
product, Adam's moments and temporaries) is a fresh mmap whose pages fault in on first touch.

On stderr, per case: the last step's feature changes and their largest relative gap to
multilin's, and the same for the losses of steps 0..T (the tools agree to rounding).
Usage: bench_dynamics_torch.py [--kept-memory] MULTILIN.jsonl POINT_DIR; CSV on stdout.
"""

import os
import sys

import torch

from common import (dynamics_task, emit, header, kept_memory, memory_mode, note, time_repeats, trajectory_cases,
                    trajectory_note)

THREADS = int(os.environ.get("BENCH_THREADS", "2"))
torch.set_num_threads(THREADS)
torch.set_default_dtype(torch.float64)
WARMUPS, REPEATS = 2, 7


def coordinate_check(w0, x, alpha, rates, eta, target, steps, optimizer):
    """Losses of steps 0..T and per step the layers' RMS feature changes, as Python floats."""
    weights = [w.clone().requires_grad_(True) for w in w0]
    groups = [{"params": [w], "lr": eta * r} for w, r in zip(weights, rates)]
    if optimizer == "adam":
        opt = torch.optim.Adam(groups, lr=eta, betas=(0.9, 0.999), eps=1e-8)
    else:
        opt = torch.optim.SGD(groups, lr=eta)
    depth = len(weights)
    z0, losses, changes = None, [], []
    for t in range(steps + 1):
        training = t < steps
        with torch.set_grad_enabled(training):
            a, zs = x, []
            for l, w in enumerate(weights):
                z = alpha[l] * (w @ a)
                zs.append(z.detach())
                a = torch.tanh(z) if l < depth - 1 else z
            loss = 0.5 * (a[0] - target) ** 2
        if z0 is None:
            z0 = zs
        losses.append(loss.item())
        changes.append([(z - z_init).pow(2).mean().sqrt().item() for z, z_init in zip(zs, z0)])
        if training:
            opt.zero_grad()
            loss.backward()
            opt.step()
    return losses, changes


def main():
    kept, args = kept_memory(sys.argv)
    jsonl, point_dir = args
    note(f"torch {torch.__version__}, threads {torch.get_num_threads()}, {memory_mode(kept)}, "
         f"load average {os.getloadavg()}")
    header()
    for case in trajectory_cases(jsonl, point_dir):
        line = case["line"]
        x = torch.from_numpy(case["x"])
        w0 = [torch.from_numpy(w) for w in case["weights"]]
        setup = (w0, x, line["multipliers"], line["rates"], line["eta"], line["target"], line["steps"],
                 line["optimizer"])
        result = [None]

        def run():
            result[0] = coordinate_check(*setup)

        for _ in range(WARMUPS):
            run()
        seconds = time_repeats(run, REPEATS)
        task = dynamics_task(line["optimizer"], THREADS, kept)
        emit("torch", task, line["m"], len(case["widths"]) - 1, seconds, REPEATS, case["widths"])
        losses, changes = result[0]
        trajectory_note(f"torch {task}", case, losses, changes, seconds)


if __name__ == "__main__":
    main()
