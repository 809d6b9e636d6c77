package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparsePolynomialTest {

    private static final SparsePolynomial X = SparsePolynomial.variable(0);
    private static final SparsePolynomial Y = SparsePolynomial.variable(1);

    @Test
    void binomialSquareByHand() {
        // (x + 2y)^2 = x^2 + 4xy + 4y^2
        SparsePolynomial p = X.plus(Y.scale(2)).pow(2);
        assertEquals(3, p.size());
        assertEquals(1.0, p.coefficient(Monomial.of(0, 0)));
        assertEquals(4.0, p.coefficient(Monomial.of(1, 0)));
        assertEquals(4.0, p.coefficient(Monomial.of(1, 1)));
        assertEquals(2, p.degree());
        assertEquals(2, p.degreeIn(v -> v == 1));
        assertEquals((3 + 2 * -1.5) * (3 + 2 * -1.5), p.evaluate(new double[] {3, -1.5}), 0.0);
    }

    @Test
    void cancellationLeavesTheZeroPolynomial() {
        SparsePolynomial p = X.times(Y).minus(Y.times(X));
        assertTrue(p.isZero());
        assertEquals(-1, p.degree());
        assertEquals(SparsePolynomial.ZERO, X.times(SparsePolynomial.ZERO));
    }

    @Test
    void monomialsMergeSorted() {
        assertArrayEquals(new int[] {1, 2, 2, 5, 7}, Monomial.of(7, 2).times(Monomial.of(5, 1, 2)).variables());
        assertEquals(Monomial.of(2, 1), Monomial.of(1, 2));
        assertEquals(2, Monomial.of(3, 3, 4).degreeIn(v -> v == 3));
    }
}
