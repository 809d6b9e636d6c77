package io.multilin.bench;

import io.multilin.architecture.Activation;
import io.multilin.symbolic.exact.ConcreteNetwork;
import io.multilin.symbolic.exact.NetworkPolynomial;
import io.multilin.symbolic.exact.SymjaExpansion;
import java.util.Locale;

/**
 * Expansion of a linear network's output as a polynomial in its weights, the task of
 * bench/bench_sympy.py: the dedicated sparse engine and Symja on the same architectures.
 */
public final class SymbolicBenchmark {

    private SymbolicBenchmark() {
    }

    private static final int[][] ARCHITECTURES = {
        {2, 3, 3, 1}, {3, 4, 4, 4, 1}, {4, 6, 6, 6, 1}, {4, 8, 8, 8, 1}, {4, 8, 8, 8, 8, 1}, {4, 10, 10, 10, 10, 1},
    };

    public static void main(String[] args) {
        System.out.println("tool,task,width,depth,seconds_median,repeats");
        for (int[] widths : ARCHITECTURES) {
            double[] x = new double[widths[0]];
            for (int i = 0; i < x.length; i++) {
                x[i] = 1.0 + i;
            }
            ConcreteNetwork net = ConcreteNetwork.linear(widths, x);
            int monomials = NetworkPolynomial.of(net).output().size();
            String name = name(widths) + " monomials=" + monomials;
            double sparse = Timer.medianSeconds(1, 3, () -> NetworkPolynomial.of(net));
            emit("multilin-sparse", name, widths, sparse, 3);
            if (monomials <= 20_000) {
                double symja = Timer.medianSeconds(1, 1, () -> SymjaExpansion.expanded(net, false));
                emit("multilin-symja", name, widths, symja, 1);
            }
        }
    }

    private static String name(int[] widths) {
        StringBuilder b = new StringBuilder("expand[");
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "" : "-").append(widths[i]);
        }
        return b.append(']').toString();
    }

    private static void emit(String tool, String task, int[] widths, double seconds, int repeats) {
        System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%.6g,%d%n", tool, task, widths[1], widths.length - 1, seconds, repeats);
    }
}
