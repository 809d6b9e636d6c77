package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Vectors;
import io.multilin.numeric.fit.PointValue;

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
    private final ForwardPass forward;
    private final double relative;

    TaylorResidualMeasure(ProbeCatalog catalog, int order) {
        this.catalog = catalog;
        this.cell = catalog.cell();
        this.order = order;
        this.line = LineCoefficients.of(cell.network(), order);
        this.forward = new ForwardPass(cell.network());
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
        double[] bestDirection = null;
        for (Probe probe : probes.probes()) {
            BallCell.checkInterrupted();
            double[] u = probe.direction().get();
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

    /** The residual along the unit direction u at {@code s = +-t R}. */
    Sample along(double[] u) {
        double radius = cell.radius();
        LineCoefficients.Coefficients c = line.along(cell.w0(), u, cell.input(), radius);
        double value = 0;
        double floor = 0;
        for (double fraction : FRACTIONS) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double s = sign * fraction * radius;
                double f = forward.evaluateAlong(cell.w0(), u, s, cell.input());
                double residual = Math.abs(f - c.polynomial(s));
                if (Double.isNaN(residual)) {
                    return new Sample(Double.NaN, Double.NaN);
                }
                value = Math.max(value, residual);
                floor = Math.max(floor, relative * (Math.abs(f) + c.magnitude(s)) + c.error(s));
            }
        }
        return new Sample(value, floor);
    }

    /**
     * Projected gradient ascent of {@code |r(D)|}, {@code r(D) = f(w0 + D) - T_k(D)}, on the
     * sphere {@code ||D|| = R}, for k <= 2 where the gradient is exact and cheap:
     * {@code grad r = grad f(w0 + D) - grad f(w0) - H(w0) D} (the last term for k = 2 only,
     * the middle one for k >= 1), one backward pass and at most one HVP per step. Each step
     * tries a few step lengths and keeps the first that raises the sampled supremum.
     */
    private void ascend(double[] start, Best best) throws InterruptedException {
        int total = cell.total();
        double radius = cell.radius();
        // The caller is done with start (a probe's own array): scaled in place, one weight-sized
        // array fewer at the peak of the cell.
        double[] d = start;
        Vectors.scale(d, radius);
        double[] point = new double[total];
        double[] grad = new double[total];
        double[] hd = order == 2 ? new double[total] : null;
        double[] candidate = new double[total];
        double[] g0 = cell.gradientAtInit();
        Derivatives atInit = cell.derivativesAtInit();
        String name = "ascent(" + best.probe() + ")";
        for (int step = 0; step < ASCENT_STEPS; step++) {
            BallCell.checkInterrupted();
            cell.pointInto(d, 1, point);
            Derivatives derivatives = new Derivatives(cell.network(), point, cell.input());
            derivatives.gradient(grad);
            double taylor = atInit.value();
            if (order >= 1) {
                taylor += Vectors.dot(g0, d);
                Vectors.axpy(-1, g0, grad);
            }
            if (order == 2) {
                atInit.hessianTimes(d, hd);
                taylor += 0.5 * Vectors.dot(d, hd);
                Vectors.axpy(-1, hd, grad);
            }
            double residual = derivatives.value() - taylor;
            Vectors.axpy(-Vectors.dot(grad, d) / (radius * radius), d, grad);
            double norm = Vectors.norm(grad);
            if (!(norm > 0) || residual == 0) {
                return;
            }
            Vectors.scale(grad, Math.signum(residual) / norm);
            boolean improved = false;
            for (double length : STEPS) {
                System.arraycopy(d, 0, candidate, 0, total);
                Vectors.axpy(length * radius, grad, candidate);
                ProbeCatalog.unit(candidate);
                Sample sample = along(candidate);
                double before = best.value();
                best.offer(sample.value(), sample.floor(), name);
                if (best.value() > before) {
                    System.arraycopy(candidate, 0, d, 0, total);
                    Vectors.scale(d, radius);
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
