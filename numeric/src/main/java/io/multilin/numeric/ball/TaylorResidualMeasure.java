package io.multilin.numeric.ball;

import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.LineForward;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.ProjectedHessian;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.TaylorMode;
import io.multilin.numeric.fit.PointValue;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * {@code sup_{||D|| <= R} |f(w0 + D) - T_k(D)|}: along each probe direction u the residual is
 * evaluated at {@code D = s u}, {@code s = +-t R}, {@code t in {1/4, 1/2, 3/4, 1}}, with
 * {@code T_k(s u) = sum_{j<=k} c_j s^j} from the line coefficients at w0 (Taylor mode, or
 * finite differences for relu). The best probe is then refined by projected gradient ascent
 * on the sphere {@code ||D|| = R}.
 */
final class TaylorResidualMeasure {

    static final double[] FRACTIONS = {0.25, 0.5, 0.75, 1};
    static final int RANDOM_PROBES = 3;
    static final int ASCENT_STEPS = 4;
    /** Ascent step lengths, as fractions of R, tried in order until one improves. */
    static final double[] STEPS = {0.5, 0.2, 0.05};

    /** The residual's supremum along one direction, and the noise floor over the points used. */
    record Sample(double value, double floor) {
    }

    private final ProbeCatalog catalog;
    private final BallCell cell;
    private final int order;
    private final LineCoefficients line;
    private final LineForward forward;
    /**
     * For a polynomial network (linear, poly activations): Taylor mode to the degree of
     * {@code s -> f(w0 + s u)}, whose coefficients are then the whole line (null otherwise).
     */
    private final TaylorMode wholeLine;
    private final double relative;

    TaylorResidualMeasure(ProbeCatalog catalog, int order) {
        this.catalog = catalog;
        this.cell = catalog.cell();
        this.order = order;
        this.line = LineCoefficients.of(cell.network(), order);
        this.forward = new LineForward(cell.network());
        OptionalInt degree = cell.network().degreeAlongLines();
        // The 8 forward sweeps of a line cost 16 row dots, the coefficients of order k 2k + 1;
        // Taylor mode to the degree D costs 2D + 1 and gives f(w0 + s u) exactly at every s.
        boolean whole = degree.isPresent() && degree.getAsInt() > order
                && 2 * degree.getAsInt() + 1 < 2 * order + 1 + 4 * FRACTIONS.length
                && degree.getAsInt() <= ActivationFunction.MAX_ORDER;
        this.wholeLine = whole ? new TaylorMode(cell.network(), degree.getAsInt()) : null;
        this.relative = Precision.relative(cell.network());
    }

    /** The probes of this quantity, in evaluation order. */
    ProbeList probes() {
        // Chains first: for linear networks they are the exact maximizers of each group of
        // order-(k+1) terms, and a tie within precision keeps the earlier probe's name.
        ProbeList probes = ProbeList.of(catalog.gradient()).plus(catalog.chains(order + 1)).plus(catalog.hessianTop());
        if (!cell.isLinear()) {
            // For linear networks the chains above are exact where block singular vectors
            // would only approximate them.
            probes = probes.plus(catalog.blockTops());
        }
        return probes.plus(catalog.randoms(RANDOM_PROBES));
    }

    PointValue measure() throws InterruptedException {
        Best best = new Best();
        ProbeList probes = probes();
        best.drop(probes.dropped());
        RowSource bestDirection = null;
        for (Probe probe : probes.probes()) {
            BallCell.checkInterrupted();
            RowSource u = probe.direction().get();
            Sample sample = along(u);
            double before = best.value();
            best.offer(sample.value(), sample.floor(), probe.name() + "/" + line.method());
            if (best.value() > before) {
                bestDirection = u;
            }
        }
        if (bestDirection != null && order <= 2) {
            ascend(bestDirection, best);
        }
        return best.toPointValue();
    }

    /** The residual along the unit direction u at {@code s = +-t R} (one sweep for all points). */
    Sample along(RowSource u) {
        double radius = cell.radius();
        double[] s = new double[2 * FRACTIONS.length];
        for (int k = 0; k < FRACTIONS.length; k++) {
            s[2 * k] = -FRACTIONS[k] * radius;
            s[2 * k + 1] = FRACTIONS[k] * radius;
        }
        LineCoefficients.Coefficients c;
        double[] f;
        double[] residuals = new double[s.length];
        if (wholeLine != null) {
            // f(w0 + s u) = sum_{j <= D} c_j s^j exactly: the residual is the tail past k,
            // summed directly rather than as a difference of two sums of order one.
            double[] all = wholeLine.coefficients(cell.w0(), u, cell.input());
            c = new LineCoefficients.Coefficients(Arrays.copyOf(all, order + 1), new double[order + 1]);
            LineCoefficients.Coefficients line = new LineCoefficients.Coefficients(all, new double[all.length]);
            double[] tail = Arrays.copyOf(all, all.length);
            Arrays.fill(tail, 0, order + 1, 0);
            LineCoefficients.Coefficients rest = new LineCoefficients.Coefficients(tail, new double[all.length]);
            f = new double[s.length];
            for (int k = 0; k < s.length; k++) {
                f[k] = line.polynomial(s[k]);
                residuals[k] = rest.polynomial(s[k]);
            }
        } else {
            c = this.line.along(cell.w0(), u, cell.input(), radius);
            f = forward.evaluate(cell.w0(), u, s, cell.input());
            for (int k = 0; k < s.length; k++) {
                residuals[k] = f[k] - c.polynomial(s[k]);
            }
        }
        double value = 0;
        double floor = 0;
        for (int k = 0; k < s.length; k++) {
            double residual = Math.abs(residuals[k]);
            if (Double.isNaN(residual)) {
                return new Sample(Double.NaN, Double.NaN);
            }
            value = Math.max(value, residual);
            floor = Math.max(floor, relative * (Math.abs(f[k]) + c.magnitude(s[k])) + c.error(s[k]));
        }
        return new Sample(value, floor);
    }

    /**
     * Projected gradient ascent of {@code |r(D)|}, {@code r(D) = f(w0 + D) - T_k(D)}, on the
     * sphere {@code ||D|| = R}, for k <= 2 where the gradient is exact and cheap:
     * {@code grad r = grad f(w0 + D) - grad f(w0) - H(w0) D} (the last term for k = 2 only,
     * the middle one for k >= 1), one backward pass and at most one HVP per step. Each step
     * tries a few step lengths and keeps the first that raises the sampled supremum. Every
     * vector is a row source: D is the start direction plus a few factored terms per step
     * (gradients are rank one per layer, {@code H(w0) D} rank two), never weight-sized.
     */
    private void ascend(RowSource start, Best best) throws InterruptedException {
        ParameterLayout layout = cell.network().layout();
        double radius = cell.radius();
        RowSource d = Rows.scaled(start, radius);
        FactoredRows g0 = cell.gradientAtInit();
        Derivatives atInit = cell.derivativesAtInit();
        String name = "ascent(" + best.probe() + ")";
        for (int step = 0; step < ASCENT_STEPS; step++) {
            BallCell.checkInterrupted();
            Derivatives derivatives = cell.at(d, 1, w -> new Derivatives(cell.network(), w, cell.input()));
            // Its weights are restored: only its value and its gradient's factors are read.
            RowSource grad = FactoredRows.gradient(derivatives);
            double taylor = atInit.value();
            if (order >= 1) {
                taylor += Rows.dot(g0, d, layout);
                grad = Rows.combination(new double[] {1, -1}, grad, g0);
            }
            if (order == 2) {
                FactoredRows hd = ProjectedHessian.times(atInit, d);
                taylor += 0.5 * Rows.dot(d, hd, layout);
                grad = Rows.combination(new double[] {1, -1}, grad, hd);
            }
            double residual = derivatives.value() - taylor;
            grad = Rows.combination(new double[] {1, -Rows.dot(grad, d, layout) / (radius * radius)}, grad, d);
            double norm = Rows.norm(grad, layout);
            if (!(norm > 0) || residual == 0) {
                return;
            }
            grad = Rows.scaled(grad, Math.signum(residual) / norm);
            boolean improved = false;
            for (double length : STEPS) {
                RowSource candidate = Rows.unit(Rows.combination(new double[] {1, length * radius}, d, grad), layout);
                Sample sample = along(candidate);
                double before = best.value();
                best.offer(sample.value(), sample.floor(), name);
                if (best.value() > before) {
                    d = Rows.scaled(candidate, radius);
                    improved = true;
                    break;
                }
            }
            if (!improved) {
                return;
            }
        }
    }
}
