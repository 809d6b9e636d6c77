package io.multilin.numeric.engine;

import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Extreme eigenvalues of a symmetric operator by the Lanczos three-term recurrence. Memory is
 * two vectors of the operator's dimension plus the tridiagonal coefficients: the product is
 * accumulated into the vector it replaces ({@code q_{j-1} <- A q_j - beta_{j-1} q_{j-1}}). The
 * Ritz vector, when wanted, comes from a second pass that regenerates the Lanczos vectors from
 * the same start (seeded, or made again by the caller's supplier) and the stored coefficients
 * (one more vector), except in short seeded runs, which keep their vectors
 * ({@link #KEPT_BASIS}). Convergence: the Ritz
 * residual {@code beta_j |s_j|} of the target Ritz pair falls below {@code tolerance |theta|}.
 */
public final class LanczosNorm {

    /** What to compute and when to stop. */
    public record Options(long seed, int maxIterations, double tolerance, boolean wantVector) {
        public Options {
            if (maxIterations < 1 || !(tolerance > 0)) {
                throw new IllegalArgumentException("Lanczos needs maxIterations >= 1 and tolerance > 0");
            }
        }

        /** Up to 300 iterations, relative residual 1e-10, with the Ritz vector. */
        public static Options defaults(long seed) {
            return new Options(seed, 300, 1e-10, true);
        }

        public Options withoutVector() {
            return new Options(seed, maxIterations, tolerance, false);
        }
    }

    /**
     * An extreme Ritz pair: the eigenvalue (signed), its unit vector (null unless asked for),
     * iterations used, the residual bound {@code ||A v - theta v||} and whether it met the
     * tolerance (or the Krylov space became invariant).
     */
    public record Result(double eigenvalue, double[] vector, int iterations, double residual, boolean converged) {
        public double magnitude() {
            return Math.abs(eigenvalue);
        }
    }

    private enum Target { MAGNITUDE, ALGEBRAIC }

    /**
     * Seeded runs of at most this many iterations keep their Lanczos vectors for the Ritz vector
     * instead of regenerating them with as many products again (the same bits: the regenerated
     * vectors are computed by the same operations). These are the chain directions' runs
     * (ChainSupremum: 25 iterations on vectors of one layer's width), where the second pass was
     * half the work. Runs from a caller's start supplier (range coordinates, whose vectors span
     * whole sides of the Hessian) and longer runs regenerate, holding two vectors.
     */
    static final int KEPT_BASIS = 32;

    private LanczosNorm() {
    }

    /** The eigenvalue of largest magnitude ({@code ||A||_2} = its absolute value). */
    public static Result largestMagnitude(SymmetricOperator op, Options options) {
        return run(op, () -> start(op.dimension(), options.seed()), options, Target.MAGNITUDE, true);
    }

    /** The largest (algebraic) eigenvalue. */
    public static Result largestAlgebraic(SymmetricOperator op, Options options) {
        return run(op, () -> start(op.dimension(), options.seed()), options, Target.ALGEBRAIC, true);
    }

    /**
     * {@link #largestMagnitude} from the unit start vector the supplier makes (a fresh array on
     * every call; the seed is not used).
     */
    static Result largestMagnitude(SymmetricOperator op, Supplier<double[]> start, Options options) {
        return run(op, start, options, Target.MAGNITUDE, false);
    }

    /** {@link #largestAlgebraic} from the unit start vector the supplier makes. */
    static Result largestAlgebraic(SymmetricOperator op, Supplier<double[]> start, Options options) {
        return run(op, start, options, Target.ALGEBRAIC, false);
    }

    /**
     * Runs from the unit vector the supplier makes; it is called again for the Ritz pass rather
     * than kept, so that a regenerable start costs no vector during the run.
     */
    private static Result run(SymmetricOperator op, Supplier<double[]> start, Options options, Target target,
                              boolean mayKeep) {
        int n = op.dimension();
        double[] q = start.get();
        if (q.length != n) {
            throw new IllegalArgumentException("start vector has " + q.length + " entries, the operator " + n);
        }
        int maxIterations = Math.min(options.maxIterations(), n);
        double[][] basis = mayKeep && options.wantVector() && maxIterations <= KEPT_BASIS
                ? new double[maxIterations][] : null;
        double[] alphas = new double[maxIterations];
        double[] betas = new double[maxIterations];
        double[] previous = new double[n];
        double theta = 0;
        double[] ritz = new double[] {1};
        double residual = Double.POSITIVE_INFINITY;
        boolean converged = false;
        int steps = 0;
        double betaPrev = 0;
        for (int j = 0; j < maxIterations; j++) {
            if (basis != null) {
                basis[j] = q.clone();
            }
            op.apply(q, previous, j == 0 ? 0 : -betaPrev);
            double alpha = Vectors.dot(previous, q);
            Vectors.axpy(-alpha, q, previous);
            double beta = Vectors.norm(previous);
            alphas[j] = alpha;
            betas[j] = beta;
            steps = j + 1;
            if (!Double.isFinite(alpha) || !Double.isFinite(beta)) {
                throw new ArithmeticException("Lanczos met a non-finite value (alpha " + alpha + ", beta " + beta
                        + ") at step " + j);
            }
            double[] pair = ritzPair(alphas, betas, steps, target);
            theta = pair[0];
            ritz = Arrays.copyOfRange(pair, 1, pair.length);
            residual = beta * Math.abs(ritz[steps - 1]);
            double scale = Math.max(Math.abs(theta), maxAbs(alphas, steps));
            if (residual <= options.tolerance() * Math.abs(theta) || beta <= 1e-14 * scale || scale == 0) {
                converged = true;
                break;
            }
            if (j + 1 == maxIterations) {
                // Krylov space exhausted (n steps) counts as converged in exact arithmetic.
                converged = steps == n;
                break;
            }
            Vectors.scale(previous, 1 / beta);
            double[] swap = q;
            q = previous;
            previous = swap;
            betaPrev = beta;
        }
        double[] vector = !options.wantVector() ? null
                : basis != null ? ritzVector(basis, ritz, steps) : ritzVector(op, start.get(), alphas, betas, ritz, steps);
        return new Result(theta, vector, steps, residual, converged);
    }

    /** Regenerates q_0..q_{k-1} from q_0 = start (overwritten) and accumulates {@code sum s_j q_j}. */
    private static double[] ritzVector(SymmetricOperator op, double[] start, double[] alphas, double[] betas,
                                       double[] s, int steps) {
        int n = op.dimension();
        double[] q = start;
        double[] previous = new double[n];
        double[] y = new double[n];
        Vectors.axpy(s[0], q, y);
        for (int j = 0; j + 1 < steps; j++) {
            op.apply(q, previous, j == 0 ? 0 : -betas[j - 1]);
            Vectors.axpy(-alphas[j], q, previous);
            Vectors.scale(previous, 1 / betas[j]);
            double[] swap = q;
            q = previous;
            previous = swap;
            Vectors.axpy(s[j + 1], q, y);
        }
        Vectors.scale(y, 1 / Vectors.norm(y));
        return y;
    }

    /** {@code sum s_j q_j} from the kept vectors, summed as the regenerating pass sums them. */
    private static double[] ritzVector(double[][] basis, double[] s, int steps) {
        double[] y = new double[basis[0].length];
        for (int j = 0; j < steps; j++) {
            Vectors.axpy(s[j], basis[j], y);
        }
        Vectors.scale(y, 1 / Vectors.norm(y));
        return y;
    }

    /** {theta, s_0..s_{k-1}} of the target eigenpair of the k x k tridiagonal matrix. */
    private static double[] ritzPair(double[] alphas, double[] betas, int k, Target target) {
        if (k == 1) {
            return new double[] {alphas[0], 1};
        }
        EigenDecomposition eig = new EigenDecomposition(Arrays.copyOf(alphas, k), Arrays.copyOf(betas, k - 1));
        double[] values = eig.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            boolean better = target == Target.MAGNITUDE ? Math.abs(values[i]) > Math.abs(values[best])
                    : values[i] > values[best];
            if (better) {
                best = i;
            }
        }
        double[] result = new double[k + 1];
        result[0] = values[best];
        double[] s = eig.getEigenvector(best).toArray();
        System.arraycopy(s, 0, result, 1, k);
        return result;
    }

    private static double maxAbs(double[] v, int k) {
        double m = 0;
        for (int i = 0; i < k; i++) {
            m = Math.max(m, Math.abs(v[i]));
        }
        return m;
    }

    /** The Gaussian stream of the seeded start vector of an n-dimensional run. */
    static ZigguratSampler.NormalizedGaussian startStream(long n, long seed) {
        return ZigguratSampler.NormalizedGaussian.of(SeededRandom.stream(seed, n, "lanczos-start", 0));
    }

    private static double[] start(int n, long seed) {
        ZigguratSampler.NormalizedGaussian gauss = startStream(n, seed);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = gauss.sample();
        }
        Vectors.scale(q, 1 / Vectors.norm(q));
        return q;
    }
}
