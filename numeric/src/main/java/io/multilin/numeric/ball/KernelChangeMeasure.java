package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.Vectors;
import io.multilin.numeric.fit.PointValue;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * {@code sup_{w in B} ||K(w) - K(w0)||_2} with {@code K_ij = grad f(w; x_i) . grad f(w; x_j)}
 * on n seeded inputs. Ball points: {@code w0 +- R u} for the probes built at the first input,
 * then a short projected ascent on the sphere from the best point: with {@code q} the top
 * eigenvector of {@code dK = K(w) - K(w0)} and {@code s} the sign of its eigenvalue,
 * {@code grad ||dK|| = 2 s sum_i q_i H_i (sum_j q_j g_j)}, n exact HVPs per step.
 */
final class KernelChangeMeasure {

    static final int RANDOM_PROBES = 2;
    static final int ASCENT_STEPS = 3;
    static final double[] STEPS = {0.5, 0.2, 0.05};

    private final ProbeCatalog catalog;
    private final BallCell cell;
    private final double[][] inputs;
    private final double[][] gradients;
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
        this.gradients = new double[inputCount][cell.total()];
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
        double[] point = new double[cell.total()];
        double[] bestDirection = null;
        int bestSign = 1;
        for (Probe probe : probes.probes()) {
            double[] u = probe.direction().get();
            for (int sign = 1; sign >= -1; sign -= 2) {
                BallCell.checkInterrupted();
                cell.pointInto(u, sign * cell.radius(), point);
                Change change = change(point, null);
                double before = best.value();
                best.offer(change.norm(), change.floor(), (sign > 0 ? "+" : "-") + probe.name());
                if (best.value() > before) {
                    // The probe's own array, kept with its sign rather than copied: one
                    // weight-sized array fewer at the peak of the cell.
                    bestDirection = u;
                    bestSign = sign;
                }
            }
        }
        if (bestDirection != null) {
            Vectors.scale(bestDirection, bestSign);
            ascend(bestDirection, best, point);
        }
        return best.toPointValue();
    }

    private void ascend(double[] start, Best best, double[] point) throws InterruptedException {
        int total = cell.total();
        double radius = cell.radius();
        double[] d = start;
        Vectors.scale(d, radius);
        double[] direction = new double[total];
        double[] hv = new double[total];
        double[] candidate = new double[total];
        String name = "ascent(" + best.probe() + ")";
        for (int step = 0; step < ASCENT_STEPS; step++) {
            BallCell.checkInterrupted();
            cell.pointInto(d, 1, point);
            Derivatives[] derivatives = new Derivatives[inputs.length];
            Change change = change(point, derivatives);
            // direction = 2 s sum_i q_i H_i c, c = sum_j q_j g_j (built in hv, then reused).
            java.util.Arrays.fill(hv, 0);
            for (int j = 0; j < inputs.length; j++) {
                Vectors.axpy(change.eigenvector()[j], gradients[j], hv);
            }
            java.util.Arrays.fill(direction, 0);
            for (int i = 0; i < inputs.length; i++) {
                derivatives[i].hessianTimes(hv, candidate);
                Vectors.axpy(2 * change.sign() * change.eigenvector()[i], candidate, direction);
            }
            Vectors.axpy(-Vectors.dot(direction, d) / (radius * radius), d, direction);
            double norm = Vectors.norm(direction);
            if (!(norm > 0)) {
                return;
            }
            Vectors.scale(direction, 1 / norm);
            boolean improved = false;
            for (double length : STEPS) {
                System.arraycopy(d, 0, candidate, 0, total);
                Vectors.axpy(length * radius, direction, candidate);
                Vectors.scale(candidate, radius / Vectors.norm(candidate));
                cell.pointInto(candidate, 1, point);
                Change next = change(point, null);
                double before = best.value();
                best.offer(next.norm(), next.floor(), name);
                if (best.value() > before) {
                    System.arraycopy(candidate, 0, d, 0, total);
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
            derivatives.gradient(gradients[i]);
            if (keep != null) {
                keep[i] = derivatives;
            }
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = Vectors.dot(gradients[i], gradients[j]);
                k[j][i] = k[i][j];
            }
        }
        return k;
    }
}
