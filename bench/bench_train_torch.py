"""PyTorch baseline for the training claims: seconds per full-batch Adam step.

The network and task sizes of the Jacot claims (claims/jacot2023): relu MLP
[20, 50, ..., 50, 6] with biases and `depth` weight matrices, N = 128 samples, loss
(1/N) sum ||f(x) - y||^2 + 0.02 ||theta||^2 (weight decay inside the loss, as multilin does),
Adam lr 3e-3, float64, two threads. The data are seeded Gaussians: the cost of a step does not
depend on their values. Usage: bench_train_torch.py [depths...]; CSV on stdout.
"""

import os
import sys
import time

import torch

from common import emit, header

torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "2")))
torch.set_default_dtype(torch.float64)
WIDTH, SAMPLES, STEPS, REPEATS = 50, 128, 100, 3


def model(depth):
    layers, fan_in = [], 20
    for _ in range(depth - 1):
        layers += [torch.nn.Linear(fan_in, WIDTH), torch.nn.ReLU()]
        fan_in = WIDTH
    layers.append(torch.nn.Linear(fan_in, 6))
    return torch.nn.Sequential(*layers)


def seconds_per_step(depth):
    torch.manual_seed(20240601)
    x, y = torch.randn(SAMPLES, 20), torch.randn(SAMPLES, 6)
    net = model(depth)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)

    def run():
        for _ in range(STEPS):
            opt.zero_grad()
            fit = ((net(x) - y) ** 2).sum(dim=1).mean()
            loss = fit + 0.02 * sum((p * p).sum() for p in net.parameters())
            loss.backward()
            opt.step()

    run()  # warm-up
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) / STEPS)
    return sorted(times)[REPEATS // 2]


if __name__ == "__main__":
    depths = [int(a) for a in sys.argv[1:]] or [6, 12, 20]
    header()
    for depth in depths:
        emit("pytorch", "adam_step", WIDTH, depth, seconds_per_step(depth), REPEATS)
