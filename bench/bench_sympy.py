"""SymPy baseline: expand the output polynomial of a linear network with symbolic weights.

f(W) = W_L ... W_1 x for a fixed rational input x = (1, 2, ..., n0); every entry of every W_l
is its own symbol. The expanded polynomial has one monomial per path through the network,
prod(n_0..n_{L-1}) * n_L of them, which the script checks. Cases grow until one takes longer
than the budget (seconds, first argument, default 120).

`expand_ring` does the same in SymPy's sparse polynomial ring (sympy.polys.rings, integer
coefficients, one generator per weight): the fastest exact expansion SymPy offers, and the
peer of multilin's `bench expand` on [8, 16, 16, 32, 1] and [16, 32, 32, 32, 1].
"""

import statistics
import sys
import time

import sympy as sp
from sympy.core.cache import clear_cache
from sympy.polys.domains import ZZ
from sympy.polys.rings import ring

from common import emit, header, note

CASES = (
    (2, 3, 3, 1),
    (3, 4, 4, 4, 1),
    (4, 6, 6, 6, 1),
    (4, 8, 8, 8, 1),
    (4, 8, 8, 8, 8, 1),
    (4, 10, 10, 10, 10, 1),
)


def expand_output(widths):
    layers = []
    for l in range(1, len(widths)):
        layers.append(sp.Matrix(widths[l], widths[l - 1],
                                lambda i, j, l=l: sp.Symbol(f"w{l}_{i}_{j}")))
    a = sp.Matrix([sp.Integer(k + 1) for k in range(widths[0])])
    for w in layers:
        a = w * a
    return sp.expand(a[0])


RING_CASES = ((8, 16, 16, 32, 1), (16, 32, 32, 32, 1))


def expand_ring(widths):
    """W_L ... W_1 x in the sparse ring ZZ[w...]: one generator per weight entry."""
    names = [f"w{l}_{i}_{j}" for l in range(1, len(widths))
             for i in range(widths[l]) for j in range(widths[l - 1])]
    _, *gens = ring(names, ZZ)
    index, a = 0, [gens[0].ring(k + 1) for k in range(widths[0])]
    for l in range(1, len(widths)):
        rows = []
        for i in range(widths[l]):
            z = gens[0].ring.zero
            for j in range(widths[l - 1]):
                z += gens[index + i * widths[l - 1] + j] * a[j]
            rows.append(z)
        index += widths[l] * widths[l - 1]
        a = rows
    return a[0]


def time_ring(budget):
    for widths in RING_CASES:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            poly = expand_ring(widths)
            times.append(time.perf_counter() - start)
            if times[-1] > budget / 3:
                break
        paths = 1
        for n in widths[:-1]:
            paths *= n
        assert len(poly) == paths, (widths, len(poly), paths)
        emit("sympy", "expand_ring", max(widths[1:-1]), len(widths) - 1, statistics.median(times), len(times),
             widths)
        note(f"sympy ring {widths}: {len(poly)} monomials")
        # the next case has 8 times the monomials: run it only if that fits the budget
        if 8 * statistics.median(times) > budget:
            note(f"sympy ring: stopping, the next case would take about {8 * statistics.median(times):.0f}s")
            break


def main():
    budget = float(sys.argv[1]) if len(sys.argv) > 1 else 120.0
    header()
    for widths in CASES:
        repeats = 3
        times = []
        for _ in range(repeats):
            # SymPy memoizes expand(); without this, repeats 2 and 3 only time a cache hit.
            clear_cache()
            start = time.perf_counter()
            poly = expand_output(widths)
            times.append(time.perf_counter() - start)
            if times[-1] > budget / 3:
                break
        monomials = len(sp.Add.make_args(poly))
        paths = 1
        for n in widths[:-1]:
            paths *= n
        assert monomials == paths, (widths, monomials, paths)
        median = statistics.median(times)
        arch = "-".join(map(str, widths))
        emit("sympy", "expand", max(widths[1:-1]), len(widths) - 1, median, len(times), widths)
        note(f"sympy {arch}: {monomials} monomials")
        if median > budget:
            note(f"sympy: stopping, {arch} took {median:.1f}s > budget {budget}s")
            break
    time_ring(budget)


if __name__ == "__main__":
    main()
