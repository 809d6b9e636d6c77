package io.multilin.symbolic.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

class BottleneckRankTest {

    private static double[][] gaussian(long seed, int rows, int cols) {
        Random r = new Random(seed);
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextGaussian() / Math.sqrt(cols);
            }
        }
        return m;
    }

    @Test
    void theJacotTargetHasRankTwo() {
        // The paper's example: q = 8, k = 2; here 6 outputs and a generator of width 16.
        BottleneckRank rank = BottleneckRank.of(TaskSpec.ofTarget(8, gaussian(1, 16, 2), gaussian(2, 6, 16)));
        assertEquals(2, rank.rank());
        assertEquals(2, rank.upperBound());
        assertTrue(rank.exact());
        assertEquals(List.of(1, 2), rank.dependsOn());
        assertEquals(-1, rank.inputMapRank());
    }

    @Test
    void aGenericInputMapIsAnImmersionAndANarrowOneIsNot() {
        BottleneckRank wide = BottleneckRank.of(new TaskSpec(3, gaussian(1, 4, 2), gaussian(2, 3, 4),
                gaussian(3, 5, 3), gaussian(4, 6, 5)));
        assertEquals(3, wide.inputMapRank());
        assertTrue(wide.derivation().get(wide.derivation().size() - 1).contains("immersion"));
        // A generator hidden layer of width 2 < q = 3 cannot carry the whole latent.
        BottleneckRank narrow = BottleneckRank.of(new TaskSpec(3, gaussian(1, 4, 2), gaussian(2, 3, 4),
                gaussian(5, 2, 3), gaussian(6, 6, 2)));
        assertEquals(2, narrow.inputMapRank());
    }

    @Test
    void theRankAtTheOriginAgreesWithTheSvdOfTheWeightProduct() {
        // Independent check: J(0) = H2 H1 because tanh'(0) = 1; its numerical rank by SVD.
        for (int k = 1; k <= 4; k++) {
            double[][] h1 = gaussian(10 + k, 5, k);
            double[][] h2 = gaussian(20 + k, 3, 5);
            Array2DRowRealMatrix product = new Array2DRowRealMatrix(h2).multiply(new Array2DRowRealMatrix(h1));
            int svdRank = new SingularValueDecomposition(product).getRank();
            BottleneckRank rank = BottleneckRank.of(TaskSpec.ofTarget(6, h1, h2));
            assertEquals(svdRank, rank.rank(), "k = " + k);
            assertEquals(Math.min(k, 3), rank.rank(), "generic weights: min(k, outputs)");
            assertTrue(rank.exact());
        }
    }

    @Test
    void aLatentCoordinateWithZeroWeightsIsNotADependency() {
        double[][] h1 = gaussian(5, 4, 3);
        for (double[] row : h1) {
            row[1] = 0;
        }
        BottleneckRank rank = BottleneckRank.of(TaskSpec.ofTarget(5, h1, gaussian(6, 4, 4)));
        assertEquals(List.of(1, 3), rank.dependsOn());
        assertEquals(2, rank.rank());
        assertTrue(rank.exact());
    }

    @Test
    void degenerateOutputWeightsLeaveTheBoundsApartAndSaySo() {
        double[][] h2 = gaussian(7, 3, 4);
        for (int c = 0; c < 4; c++) {
            h2[1][c] = 2 * h2[0][c];
            h2[2][c] = -h2[0][c];
        }
        BottleneckRank rank = BottleneckRank.of(TaskSpec.ofTarget(4, gaussian(8, 4, 2), h2));
        assertEquals(1, rank.rank());
        assertEquals(2, rank.upperBound());
        assertFalse(rank.exact());
        assertTrue(rank.derivation().get(4).contains("1 <= bottleneck rank <= 2"));
    }

    @Test
    void aScalarTargetHasRankOne() {
        BottleneckRank rank = BottleneckRank.of(TaskSpec.ofTarget(8, gaussian(9, 6, 3), gaussian(10, 1, 6)));
        assertEquals(1, rank.rank());
        assertTrue(rank.exact());
    }

    @Test
    void malformedConstructionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TaskSpec.ofTarget(2, gaussian(1, 4, 3), gaussian(2, 2, 4)));
        assertThrows(IllegalArgumentException.class,
                () -> TaskSpec.ofTarget(4, gaussian(1, 4, 3), gaussian(2, 2, 5)));
        assertThrows(IllegalArgumentException.class,
                () -> new TaskSpec(4, gaussian(1, 4, 3), gaussian(2, 2, 4), gaussian(3, 5, 4), null));
    }
}
