package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short seeded run keeps its Lanczos vectors for the Ritz vector; the regenerating pass (the
 * same start given by a supplier) must give the same bits, converged or not, and the vector must
 * be the operator's eigenvector when the run converged.
 */
class LanczosKeptBasisTest {

    @ParameterizedTest
    @CsvSource({"40, 25, 1e-8", "40, 5, 1e-300", "12, 32, 1e-12", "60, 20, 1e-3"})
    void keptVectorsGiveTheRegeneratedRitzVectorBitForBit(int n, int iterations, double tolerance) {
        double[][] a = symmetric(n, new Random(n));
        SymmetricOperator op = new SymmetricOperator() {
            @Override public int dimension() { return n; }
            @Override public void apply(double[] in, double[] out, double beta) {
                for (int i = 0; i < n; i++) {
                    double s = Vectors.dot(a[i], in);
                    out[i] = beta == 0 ? s : s + beta * out[i];
                }
            }
        };
        assertTrue(iterations <= LanczosNorm.KEPT_BASIS, "the seeded run keeps its vectors");
        LanczosNorm.Options options = new LanczosNorm.Options(17, iterations, tolerance, true);
        LanczosNorm.Result kept = LanczosNorm.largestAlgebraic(op, options);
        // the supplier entry point regenerates; the same seeded start through it
        LanczosNorm.Result regenerated = LanczosNorm.largestAlgebraic(op, () -> start(op, options), options);
        assertEquals(regenerated.eigenvalue(), kept.eigenvalue(), 0.0);
        assertEquals(regenerated.iterations(), kept.iterations());
        assertArrayEquals(regenerated.vector(), kept.vector(), 0.0);
        LanczosNorm.Result magnitude = LanczosNorm.largestMagnitude(op, options);
        LanczosNorm.Result magnitudeRegenerated = LanczosNorm.largestMagnitude(op, () -> start(op, options), options);
        assertArrayEquals(magnitudeRegenerated.vector(), magnitude.vector(), 0.0);
        if (kept.converged() && tolerance < 1e-6) {
            double[] av = new double[n];
            op.apply(kept.vector(), av, 0);
            Vectors.axpy(-kept.eigenvalue(), kept.vector(), av);
            assertTrue(Vectors.norm(av) < 1e-5 * Math.abs(kept.eigenvalue()), "residual " + Vectors.norm(av));
        }
    }

    /** The seeded start of LanczosNorm's own entry points, made by the caller. */
    private static double[] start(SymmetricOperator op, LanczosNorm.Options options) {
        var gauss = LanczosNorm.startStream(op.dimension(), options.seed());
        double[] q = new double[op.dimension()];
        for (int i = 0; i < q.length; i++) {
            q[i] = gauss.sample();
        }
        Vectors.scale(q, 1 / Vectors.norm(q));
        return q;
    }

    private static double[][] symmetric(int n, Random random) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }
}
