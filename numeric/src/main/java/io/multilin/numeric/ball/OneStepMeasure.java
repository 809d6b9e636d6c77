package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.LayerScaling;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.fit.PointValue;
import org.apache.commons.math3.fraction.Fraction;

/**
 * {@code |f(w1; x) - f(w0; x)|} after one full-batch gradient step on
 * {@code 1/2 (f(w; x) - target)^2}. The batch is the cell's single fixed input x (the one every
 * ball quantity uses). Layer l moves by {@code -eta m^{-c_l} (f(w0) - target) grad_l f(w0)}.
 * Floor: {@code 64 eps (|f(w0)| + |f(w1)|)}, the rounding level of a difference of two outputs.
 */
final class OneStepMeasure {

    private OneStepMeasure() {
    }

    /** The learning-rate factors {@code m^{-c_l}}, l = 1..L (index 0 unused). */
    static double[] learningRates(Architecture architecture, long m) {
        double[] rates = new double[architecture.depth() + 1];
        for (int l = 1; l <= architecture.depth(); l++) {
            LayerScaling scaling = architecture.scaling(l);
            Fraction c = scaling.learningRateExponent().orElseThrow(() -> new IllegalArgumentException(
                    "one-step change needs a learning-rate exponent c for every layer, but the "
                            + architecture.parameterization().spelling() + " parameterization gives none"
                            + " (an abc claim without c): state c in the claim"));
            rates[l] = Math.pow(m, -c.doubleValue());
        }
        return rates;
    }

    static PointValue measure(Architecture architecture, BallCell cell, double target, double eta) {
        if (!Double.isFinite(eta) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("eta and target must be finite, got " + eta + " and " + target);
        }
        long m = cell.network().m();
        double[] rates = learningRates(architecture, m);
        Derivatives derivatives = cell.derivativesAtInit();
        double f0 = derivatives.value();
        double[] grad = cell.gradientAtInit();
        double[] w1 = cell.w0().clone();
        double residual = f0 - target;
        ParameterLayout layout = cell.network().layout();
        for (int l = 1; l <= cell.network().depth(); l++) {
            double step = -eta * rates[l] * residual;
            for (int i = layout.offset(l), end = i + layout.size(l); i < end; i++) {
                w1[i] += step * grad[i];
            }
        }
        double f1 = new ForwardPass(cell.network()).evaluate(w1, cell.input());
        return new PointValue(Math.abs(f1 - f0), 64 * Precision.EPS * (Math.abs(f0) + Math.abs(f1)),
                "one step on 1/2 (f - " + target + ")^2 at the fixed input");
    }
}
