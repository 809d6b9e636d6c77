package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.ProjectedHessian;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.fit.PointValue;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * {@code sup_{w in B} ||K(w) - K(w0)||_2} with {@code K_ij = grad f(w; x_i) . grad f(w; x_j)}
 * on n seeded inputs. Ball points: {@code w0 +- R u} for the probes built at the first input,
 * then a short projected ascent on the sphere from the best point: with {@code q} the top
 * eigenvector of {@code dK = K(w) - K(w0)} and {@code s} the sign of its eigenvalue,
 * {@code grad ||dK|| = 2 s sum_i q_i H_i (sum_j q_j g_j)}, n exact HVPs per step.
 *
 * <p>Memory: the gradients are kept as their rank-one factors ({@code alpha_l g_l a_{l-1}^T}), so
 * a kernel entry is {@code sum_l (p_l . p'_l)(a_{l-1} . a'_{l-1})} and n inputs cost O(n widths);
 * the ascent's vectors are row sources (HVPs through {@link ProjectedHessian}), and ball points
 * are formed in the cell's weights ({@link BallCell#at}).
 */
final class KernelChangeMeasure {

    static final int RANDOM_PROBES = 2;
    static final int ASCENT_STEPS = 3;
    static final double[] STEPS = {0.5, 0.2, 0.05};

    private final ProbeCatalog catalog;
    private final BallCell cell;
    private final double[][] inputs;
    private final FactoredRows[] gradients;
    private final double[][] kernelAtInit;
    private final double relative;

    /** What one ball point gave. */
    private record Change(double norm, double floor, double[] eigenvector, double sign) {
    }

    KernelChangeMeasure(ProbeCatalog catalog, int inputCount) {
        if (inputCount < 1) {
            throw new IllegalArgumentException("the tangent kernel needs at least one input, got " + inputCount);
        }
        this.catalog = catalog;
        this.cell = catalog.cell();
        this.inputs = cell.inputs(inputCount);
        this.gradients = new FactoredRows[inputCount];
        this.relative = Precision.relative(cell.network());
        this.kernelAtInit = kernel(cell.w0(), null);
    }

    ProbeList probes() {
        ProbeList probes = ProbeList.of(catalog.gradient(), catalog.hessianTop());
        if (!cell.isLinear()) {
            probes = probes.plus(catalog.blockTops());
        }
        return probes.plus(catalog.chains(2)).plus(catalog.randoms(RANDOM_PROBES));
    }

    PointValue measure() throws InterruptedException {
        Best best = new Best();
        ProbeList probes = probes();
        best.drop(probes.dropped());
        RowSource bestDirection = null;
        int bestSign = 1;
        for (Probe probe : probes.probes()) {
            RowSource u = probe.direction().get();
            for (int sign = 1; sign >= -1; sign -= 2) {
                BallCell.checkInterrupted();
                Change change = cell.at(u, sign * cell.radius(), w -> change(w, null));
                double before = best.value();
                best.offer(change.norm(), change.floor(), (sign > 0 ? "+" : "-") + probe.name());
                if (best.value() > before) {
                    bestDirection = u;
                    bestSign = sign;
                }
            }
        }
        if (bestDirection != null) {
            ascend(Rows.scaled(bestDirection, bestSign), best);
        }
        return best.toPointValue();
    }

    private void ascend(RowSource start, Best best) throws InterruptedException {
        ParameterLayout layout = cell.network().layout();
        double radius = cell.radius();
        RowSource d = Rows.scaled(start, radius);
        String name = "ascent(" + best.probe() + ")";
        for (int step = 0; step < ASCENT_STEPS; step++) {
            BallCell.checkInterrupted();
            // direction = 2 s sum_i q_i H_i c, c = sum_j q_j g_j, all at the point (its weights
            // are in place while the HVPs run).
            RowSource point = d;
            RowSource direction = cell.at(point, 1, w -> {
                Derivatives[] derivatives = new Derivatives[inputs.length];
                Change change = change(w, derivatives);
                FactoredRows c = FactoredRows.zero(cell.network().depth());
                for (int j = 0; j < inputs.length; j++) {
                    c = c.plus(change.eigenvector()[j], gradients[j]);
                }
                FactoredRows sum = FactoredRows.zero(cell.network().depth());
                for (int i = 0; i < inputs.length; i++) {
                    sum = sum.plus(2 * change.sign() * change.eigenvector()[i],
                            ProjectedHessian.times(derivatives[i], c));
                }
                return sum;
            });
            direction = Rows.combination(new double[] {1, -Rows.dot(direction, d, layout) / (radius * radius)},
                    direction, d);
            double norm = Rows.norm(direction, layout);
            if (!(norm > 0)) {
                return;
            }
            direction = Rows.scaled(direction, 1 / norm);
            boolean improved = false;
            for (double length : STEPS) {
                RowSource candidate = Rows.combination(new double[] {1, length * radius}, d, direction);
                RowSource onSphere = Rows.scaled(candidate, radius / Rows.norm(candidate, layout));
                Change next = cell.at(onSphere, 1, w -> change(w, null));
                double before = best.value();
                best.offer(next.norm(), next.floor(), name);
                if (best.value() > before) {
                    d = onSphere;
                    improved = true;
                    break;
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /** {@code ||K(w) - K(w0)||}; fills {@link #gradients} and, when given, the derivatives. */
    private Change change(double[] w, Derivatives[] keep) {
        double[][] k = kernel(w, keep);
        int n = inputs.length;
        double[][] delta = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                delta[i][j] = k[i][j] - kernelAtInit[i][j];
                scale = Math.max(scale, Math.abs(k[i][j]) + Math.abs(kernelAtInit[i][j]));
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(delta, false));
        double[] values = eigen.getRealEigenvalues();
        int top = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(values[i]) > Math.abs(values[top])) {
                top = i;
            }
        }
        // Kernel entries are dot products of gradients: rounding relative to their magnitude,
        // and the norm of an n x n matrix is at most n times its largest entry.
        double floor = n * relative * scale;
        return new Change(Math.abs(values[top]), floor, eigen.getEigenvector(top).toArray(),
                Math.signum(values[top]));
    }

    private double[][] kernel(double[] w, Derivatives[] keep) {
        int n = inputs.length;
        for (int i = 0; i < n; i++) {
            Derivatives derivatives = new Derivatives(cell.network(), w, inputs[i]);
            gradients[i] = FactoredRows.gradient(derivatives);
            if (keep != null) {
                keep[i] = derivatives;
            }
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = gradients[i].dot(gradients[j]);
                k[j][i] = k[i][j];
            }
        }
        return k;
    }
}
