package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LookLevelsTest {

    @Test
    void eachLookHalvesTheErrorOfThePrevious() {
        assertEquals(0.975, LookLevels.confidence(1), 1e-15);
        assertEquals(0.9875, LookLevels.confidence(2), 1e-15);
        assertEquals(0.99375, LookLevels.confidence(3), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> LookLevels.confidence(0));
    }

    @Test
    void anyNumberOfLooksSpendsLessThanFivePercent() {
        // exact sum: the error rates are binary fractions of 0.05, a double sum could round
        BigDecimal sum = BigDecimal.ZERO;
        for (int look = 1; look <= 40; look++) {
            double alpha = 1 - LookLevels.confidence(look);
            assertTrue(alpha > 0, "look " + look);
            sum = sum.add(new BigDecimal(LookLevels.ALPHA / Math.pow(2, look)));
            assertEquals(LookLevels.ALPHA / Math.pow(2, look), alpha, 1e-15);
        }
        assertTrue(sum.compareTo(new BigDecimal(LookLevels.ALPHA)) < 0, "sum " + sum);
    }
}
