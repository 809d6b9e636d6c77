package io.multilin.check.crosscheck;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.engine.FiniteDifferences;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.TaylorMode;
import io.multilin.symbolic.exact.ConcreteNetwork;
import io.multilin.symbolic.exact.PerturbationExpansion;

/**
 * The coefficients of t -> f(w0 + t u; x) three ways at one point: numeric Taylor mode,
 * finite differences, and the symbolic expansion (polynomial in t, and optionally the full
 * multivariate grouped expansion) at the same W0, direction, input and multipliers. Errors are
 * relative to the largest coefficient (the scale of the function on the unit interval in t).
 */
record LineCoefficientsAgreement(double[] taylor, double finiteDifferenceError, double lineError,
                                 double groupedError) {

    static final int MAX_FD_ORDER = 3;

    static LineCoefficientsAgreement at(Architecture architecture, long m, long seed, boolean grouped) {
        Network network = Network.of(architecture, m);
        double[] w0 = Initialization.weights(network, seed);
        double[] u = Initialization.unitDirection(network, seed, 0);
        double[] x = Initialization.inputs(network, seed, 1)[0];
        ConcreteNetwork concrete = ConcreteNetwork.of(architecture, m, x);
        double[] line = PerturbationExpansion.alongLine(concrete, w0, u);
        int order = line.length - 1;
        double[] taylor = new TaylorMode(network, Math.max(order, 1)).coefficients(w0, u, x);
        double scale = 0;
        for (double c : taylor) {
            scale = Math.max(scale, Math.abs(c));
        }
        double lineError = 0;
        for (int k = 0; k < Math.max(line.length, taylor.length); k++) {
            double a = k < line.length ? line[k] : 0;
            double b = k < taylor.length ? taylor[k] : 0;
            lineError = Math.max(lineError, Math.abs(a - b) / scale);
        }
        ForwardPass pass = new ForwardPass(network);
        double fdError = 0;
        for (int k = 1; k <= Math.min(MAX_FD_ORDER, order); k++) {
            FiniteDifferences.Estimate e = FiniteDifferences.taylorCoefficient(t -> pass.evaluateAlong(w0, u, t, x), k, 1.0);
            fdError = Math.max(fdError, Math.abs(e.value() - taylor[k]) / scale);
        }
        double groupedError = 0;
        if (grouped) {
            double[] g = PerturbationExpansion.of(concrete).lineCoefficients(w0, u);
            for (int k = 0; k < Math.max(g.length, taylor.length); k++) {
                double a = k < g.length ? g[k] : 0;
                double b = k < taylor.length ? taylor[k] : 0;
                groupedError = Math.max(groupedError, Math.abs(a - b) / scale);
            }
        }
        return new LineCoefficientsAgreement(taylor, fdError, lineError, groupedError);
    }
}
