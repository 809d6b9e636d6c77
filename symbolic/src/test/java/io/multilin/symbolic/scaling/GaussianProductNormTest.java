package io.multilin.symbolic.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

class GaussianProductNormTest {

    private static final Fraction ZERO = Fraction.ZERO;
    private static final Fraction ONE = Fraction.ONE;
    private static final Fraction HALF = new Fraction(1, 2);

    @Test
    void singleRectangularGaussianHasOperatorNormSquaredTheLargerSide() {
        // p x q with p = m, q = m^1/2: singular values ~ sqrt(m) + m^1/4, squared ~ m.
        assertEquals(ONE, GaussianProductNorm.operatorSquared(List.of(HALF, ONE)));
        assertEquals(ONE, GaussianProductNorm.operatorSquared(List.of(ONE, ZERO)));
        assertEquals(ONE, GaussianProductNorm.operatorSquared(List.of(ONE, ONE)));
        assertEquals(new Fraction(3, 2), GaussianProductNorm.frobeniusSquared(List.of(HALF, ONE)));
    }

    @Test
    void rankOneBottleneckChainsCancelRandomInnerProducts() {
        // Widths m,1,m,1: G3 G2 is a random inner product ~ m^1/2, times the row G1 ~ m^1/2: op^2 ~ m^2.
        List<Fraction> widths = List.of(ONE, ZERO, ONE, ZERO);
        assertEquals(new Fraction(2), GaussianProductNorm.operatorSquared(widths));
        assertEquals(ZERO, GaussianProductNorm.rank(widths));
        // m, 1, m: an outer product of two m-vectors, op^2 = |a|^2 |b|^2 ~ m^2.
        assertEquals(new Fraction(2), GaussianProductNorm.operatorSquared(List.of(ONE, ZERO, ONE)));
    }

    @Test
    void productThroughANarrowerLayerKeepsFlatSingularValues() {
        // m -> m^1/2 -> m: rank m^1/2, each factor a scaled near-isometry, so op^2 ~ m * m.
        assertEquals(new Fraction(2), GaussianProductNorm.operatorSquared(List.of(ONE, HALF, ONE)));
        // m^1/2 -> m -> m^1/2: G2 G1 = (G2 Q) R, G2 Q square Gaussian of size m^1/2: op^2 ~ m * m^1/2.
        assertEquals(new Fraction(3, 2), GaussianProductNorm.operatorSquared(List.of(HALF, ONE, HALF)));
    }

    @Test
    void appliedToAFixedVectorIsTheRuleWithAUnitEnd() {
        // ||G2 G1 x||^2 for widths 8, m, m: each factor multiplies the squared norm by m.
        assertEquals(new Fraction(2), GaussianProductNorm.appliedSquared(List.of(ZERO, ONE, ONE)));
        assertEquals(ZERO, GaussianProductNorm.appliedSquared(List.of(ONE)));
        assertEquals(ZERO, GaussianProductNorm.operatorSquared(List.of(ONE)));
    }

    @Test
    void operatorNormIsHalfOfTheSumOfWidthExponentsLessTheSmallest() {
        // m -> m^1/3 -> m^1/2: ||.||_F^2 ~ m^(1 + 1/3 + 1/2), rank m^1/3, flat singular values, so
        // ||.||op ~ m^((11/6 - 1/3)/2) = m^(3/4).
        List<Fraction> widths = List.of(ONE, new Fraction(1, 3), HALF);
        assertEquals(new Fraction(11, 6), GaussianProductNorm.frobeniusSquared(widths));
        assertEquals(new Fraction(1, 3), GaussianProductNorm.rank(widths));
        assertEquals(new Fraction(3, 4), GaussianProductNorm.operatorSquared(widths).divide(2));
        // The same applied to a fixed vector: the input end counts as width 1 (rank 1): m^(5/6 / 2).
        assertEquals(new Fraction(5, 6), GaussianProductNorm.appliedSquared(widths));
    }

    @Test
    void aProductNeedsAtLeastOneWidth() {
        assertThrows(IllegalArgumentException.class, () -> GaussianProductNorm.frobeniusSquared(List.of()));
        assertThrows(IllegalArgumentException.class, () -> GaussianProductNorm.rank(List.of()));
        assertThrows(IllegalArgumentException.class, () -> GaussianProductNorm.operatorSquared(List.of()));
        assertThrows(IllegalArgumentException.class, () -> GaussianProductNorm.appliedSquared(List.of()));
    }
}
