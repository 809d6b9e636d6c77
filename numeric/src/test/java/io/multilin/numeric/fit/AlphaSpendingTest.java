package io.multilin.numeric.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AlphaSpendingTest {

    @Test
    void fourLooksHalveAndTheLastTakesTheRest() {
        AlphaSpending spending = AlphaSpending.STANDARD;
        assertEquals(0.025, spending.alpha(1, 4), 0);
        assertEquals(0.0125, spending.alpha(2, 4), 0);
        assertEquals(0.00625, spending.alpha(3, 4), 0);
        assertEquals(0.00625, spending.alpha(4, 4), 0);
        assertEquals(0.975, spending.confidence(1, 4).level(), 1e-15);
        assertEquals(0.99375, spending.confidence(4, 4).level(), 1e-15);
    }

    @Test
    void theLooksSpendAtMostTheTotalAndEarlyLooksDoNotDependOnTheCap() {
        for (int k = 1; k <= 30; k++) {
            // exact sum: the alphas are exact binary fractions of total, a double sum could round up
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = 1; j <= k; j++) {
                double a = AlphaSpending.STANDARD.alpha(j, k);
                assertTrue(a > 0, "look " + j + " of " + k);
                if (j > 1) {
                    assertTrue(a <= AlphaSpending.STANDARD.alpha(j - 1, k), "non-increasing at look " + j + " of " + k);
                }
                if (j < k) {
                    assertEquals(AlphaSpending.STANDARD.alpha(j, k + 5), a, 0, "look " + j + " does not depend on the cap");
                }
                sum = sum.add(new BigDecimal(a));
            }
            assertEquals(0, sum.compareTo(new BigDecimal(0.05)), "K = " + k + ": sum " + sum + " is exactly the total");
        }
    }

    @Test
    void aSingleLookIsThePlainInterval() {
        assertEquals(Confidence.DEFAULT, AlphaSpending.STANDARD.confidence(1, 1));
        assertEquals(0.01, new AlphaSpending(0.01).alpha(1, 1), 0);
    }

    @Test
    void rejectsLooksOutsideOneToTheCap() {
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.STANDARD.alpha(0, 4));
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.STANDARD.alpha(5, 4));
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.STANDARD.alpha(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new AlphaSpending(0));
    }
}
