package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.dynamics.LayerRates;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.fit.PointValue;

/**
 * {@code |f(w1; x) - f(w0; x)|} after one full-batch gradient step on
 * {@code 1/2 (f(w; x) - target)^2}. The batch is the cell's single fixed input x (the one every
 * ball quantity uses). Layer l moves by {@code -eta m^{-c_l} (f(w0) - target) grad_l f(w0)}.
 * Floor: {@code 64 eps (|f(w0)| + |f(w1)|)}, the rounding level of a difference of two outputs.
 */
final class OneStepMeasure {

    private OneStepMeasure() {
    }

    static PointValue measure(Architecture architecture, BallCell cell, double target, double eta) {
        if (!Double.isFinite(eta) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("eta and target must be finite, got " + eta + " and " + target);
        }
        long m = cell.network().m();
        double[] rates = LayerRates.of(architecture, m);
        Derivatives derivatives = cell.derivativesAtInit();
        double f0 = derivatives.value();
        // w1 = w0 + step_l grad_l: the gradient's rank-one layers scaled per layer and added in
        // the cell's weights (restored afterwards), so w1 is never a second weight-sized array.
        FactoredRows grad = cell.gradientAtInit();
        double residual = f0 - target;
        FactoredRows move = FactoredRows.zero(cell.network().depth());
        for (int l = 1; l <= cell.network().depth(); l++) {
            move = move.plus(-eta * rates[l] * residual, grad.restrict(java.util.List.of(l)));
        }
        ForwardPass forward = new ForwardPass(cell.network());
        double f1 = cell.at(move, 1, w -> forward.evaluate(w, cell.input()));
        return new PointValue(Math.abs(f1 - f0), 64 * Precision.EPS * (Math.abs(f0) + Math.abs(f1)),
                "one step on 1/2 (f - " + target + ")^2 at the fixed input");
    }
}
