package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flat form of a polynomial is the same value as its map form. */
class FlatTermsTest {

    /** 2 x0 x3 - 0.5 x1 x2 + 4 x2 x2, flat and as a map. */
    private static SparsePolynomial flat() {
        return SparsePolynomial.owning(new FlatTerms(2, new int[] {0, 3, 1, 2, 2, 2}, new double[] {2, -0.5, 4}));
    }

    private static final SparsePolynomial MAP = SparsePolynomial.of(Map.of(
            Monomial.of(0, 3), 2.0, Monomial.of(1, 2), -0.5, Monomial.of(2, 2), 4.0));

    @Test
    void sameValueAsTheMapForm() {
        SparsePolynomial p = flat();
        assertEquals(3, p.size());
        assertEquals(2, p.degree());
        assertEquals(2, p.degreeIn(v -> v == 2));
        double[] point = {1.5, -2, 0.25, 3};
        // 2 * 1.5 * 3 - 0.5 * (-2) * 0.25 + 4 * 0.25 * 0.25 = 9 + 0.25 + 0.25
        assertEquals(9.5, p.evaluate(point), 0.0);
        assertEquals(MAP, p);
        assertEquals(p, MAP);
        assertEquals(MAP.hashCode(), p.hashCode());
        assertEquals(-0.5, p.coefficient(Monomial.of(1, 2)), 0.0);
        assertEquals(MAP.times(MAP), p.times(p));
    }

    @Test
    void refusesMalformedTerms() {
        assertThrows(IllegalArgumentException.class, () -> new FlatTerms(2, new int[] {3, 0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new FlatTerms(2, new int[] {0, 3}, new double[] {0.0}));
        assertThrows(IllegalArgumentException.class, () -> new FlatTerms(2, new int[] {0, 3, 1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new FlatTerms(1, new int[] {-1}, new double[] {1}));
    }

    @Test
    void aRepeatedMonomialIsCaughtWhenTheMapIsBuilt() {
        SparsePolynomial repeated = SparsePolynomial.owning(new FlatTerms(1, new int[] {4, 4}, new double[] {1, 2}));
        assertThrows(IllegalStateException.class, repeated::terms);
    }

    @Test
    void noTermsIsZero() {
        assertEquals(SparsePolynomial.ZERO, SparsePolynomial.owning(new FlatTerms(3, new int[0], new double[0])));
    }
}
