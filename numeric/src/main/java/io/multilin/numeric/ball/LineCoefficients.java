package io.multilin.numeric.ball;

import io.multilin.numeric.engine.FiniteDifferences;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.LineForward;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.TaylorMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Taylor coefficients {@code c_0..c_K} of {@code s -> f(w + s u; x)} at s = 0 with their
 * absolute errors: exact by Taylor mode for analytic networks (errors are then rounding only,
 * accounted for by {@link Precision}), by central finite differences with Richardson
 * extrapolation otherwise (relu). One instance per cell: it reuses its workspaces.
 */
abstract class LineCoefficients {

    /** Coefficients and their absolute error estimates (0 for Taylor mode). */
    record Coefficients(double[] values, double[] errors) {
        /** {@code sum_j c_j s^j}. */
        double polynomial(double s) {
            double sum = 0;
            for (int j = values.length - 1; j >= 0; j--) {
                sum = sum * s + values[j];
            }
            return sum;
        }

        /** {@code sum_j |c_j| |s|^j}: the scale of the polynomial's terms. */
        double magnitude(double s) {
            double sum = 0;
            for (int j = values.length - 1; j >= 0; j--) {
                sum = sum * Math.abs(s) + Math.abs(values[j]);
            }
            return sum;
        }

        /** {@code sum_j err_j |s|^j}. */
        double error(double s) {
            double sum = 0;
            for (int j = errors.length - 1; j >= 0; j--) {
                sum = sum * Math.abs(s) + errors[j];
            }
            return sum;
        }
    }

    /** "taylor" or "fd": part of probe names, so a report says how a residual was computed. */
    abstract String method();

    abstract int order();

    /**
     * @param scale the distance in s over which the function is sampled (finite differences
     *              start their steps from it; Taylor mode ignores it)
     */
    abstract Coefficients along(double[] w, RowSource u, double[] x, double scale);

    static LineCoefficients of(Network network, int order) {
        return network.isAnalytic() ? new Exact(network, order) : new Differences(network, order);
    }

    /** Taylor-mode propagation. */
    static final class Exact extends LineCoefficients {
        private final TaylorMode taylor;
        private final double[] zeros;

        Exact(Network network, int order) {
            taylor = new TaylorMode(network, order);
            zeros = new double[order + 1];
        }

        @Override String method() { return "taylor"; }

        @Override int order() { return taylor.order(); }

        @Override
        Coefficients along(double[] w, RowSource u, double[] x, double scale) {
            return new Coefficients(taylor.coefficients(w, u, x), zeros);
        }
    }

    /**
     * Finite differences. A relu network is piecewise polynomial along a line, with kinks
     * roughly {@code 1/sqrt(m)} apart near s = 0 for the directions we probe, so the first step
     * is a hundredth of the radius: the tableau then shrinks it until it sees a single piece.
     */
    static final class Differences extends LineCoefficients {
        /** Line points per sweep (the tableau of order K asks for 12 (K + 1) of them). */
        static final int BATCH = 32;
        private final ForwardPass forward;
        private final LineForward along;
        private final int order;

        Differences(Network network, int order) {
            forward = new ForwardPass(network);
            along = new LineForward(network);
            this.order = order;
        }

        @Override String method() { return "fd"; }

        @Override int order() { return order; }

        @Override
        Coefficients along(double[] w, RowSource u, double[] x, double scale) {
            double[] values = new double[order + 1];
            double[] errors = new double[order + 1];
            values[0] = forward.evaluate(w, x);
            // The tableau's points do not depend on the values (no early stop): a dry run lists
            // them, one sweep evaluates them all (u streamed once, not once per point: a
            // Gaussian direction costs a sampling pass per stream), and the real run reads them.
            Map<Double, Double> line = new HashMap<>();
            for (int j = 1; j <= order; j++) {
                FiniteDifferences.taylorCoefficient(s -> {
                    line.put(s, 0.0);
                    return 0;
                }, j, 1e-2 * scale);
            }
            double[] points = line.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            // Sweeps of at most BATCH points: the sweep holds two layers of activations per point.
            for (int from = 0; from < points.length; from += BATCH) {
                double[] batch = Arrays.copyOfRange(points, from, Math.min(points.length, from + BATCH));
                double[] f = along.evaluate(w, u, batch, x);
                for (int k = 0; k < batch.length; k++) {
                    line.put(batch[k], f[k]);
                }
            }
            for (int j = 1; j <= order; j++) {
                FiniteDifferences.Estimate e = FiniteDifferences.taylorCoefficient(
                        s -> line.containsKey(s) ? line.get(s) : along.evaluate(w, u, new double[] {s}, x)[0], j,
                        1e-2 * scale);
                values[j] = e.value();
                errors[j] = e.error();
            }
            return new Coefficients(values, errors);
        }
    }
}
