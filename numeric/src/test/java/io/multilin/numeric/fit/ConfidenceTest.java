package io.multilin.numeric.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void tQuantilesMatchTheTables() {
        assertEquals(12.706204736, Confidence.DEFAULT.tQuantile(1), 1e-8);
        assertEquals(4.302652730, Confidence.DEFAULT.tQuantile(2), 1e-8);
        assertEquals(2.570581836, Confidence.DEFAULT.tQuantile(5), 1e-8);
        assertEquals(9.924843201, new Confidence(0.99).tQuantile(2), 1e-8);
        // many degrees of freedom: the normal quantile 1.959964
        assertEquals(1.959964, Confidence.DEFAULT.tQuantile(1_000_000), 1e-5);
    }

    @Test
    void alphaAndLevelAreComplementary() {
        assertEquals(0.05, Confidence.DEFAULT.alpha(), 1e-15);
        assertEquals(0.9875, Confidence.ofAlpha(0.0125).level(), 1e-15);
        assertEquals("95%", Confidence.DEFAULT.toString());
        assertEquals("98.75%", Confidence.ofAlpha(0.0125).toString());
    }

    @Test
    void rejectsLevelsOutsideTheOpenUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Confidence(1));
        assertThrows(IllegalArgumentException.class, () -> new Confidence(0));
        assertThrows(IllegalArgumentException.class, () -> new Confidence(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Confidence.DEFAULT.tQuantile(0));
    }
}
