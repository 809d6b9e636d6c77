"""SymPy baseline: expand the output polynomial of a linear network with symbolic weights.

f(W) = W_L ... W_1 x for a fixed rational input x = (1, 2, ..., n0); every entry of every W_l
is its own symbol. The expanded polynomial has one monomial per path through the network,
prod(n_0..n_{L-1}) * n_L of them, which the script checks. Cases grow until one takes longer
than the budget (seconds, first argument, default 120).
"""

import statistics
import sys
import time

import sympy as sp
from sympy.core.cache import clear_cache

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
        emit("sympy", f"expand[{arch}] monomials={monomials}", max(widths[1:-1]), len(widths) - 1, median, len(times))
        note(f"sympy {arch}: {monomials} monomials")
        if median > budget:
            note(f"sympy: stopping, {arch} took {median:.1f}s > budget {budget}s")
            break


if __name__ == "__main__":
    main()
