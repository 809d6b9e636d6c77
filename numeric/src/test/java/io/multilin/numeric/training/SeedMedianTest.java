package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Median over seeds, then a fit in the depth: by hand, on the plain values the training port hands over. */
class SeedMedianTest {

    @Test
    void mediansAreTakenPerDepthAndAnExactPowerLawFitsItsExponent() {
        int[] depths = {4, 8, 16};
        // Medians exactly 2 L^-1/2: the outliers of each depth sit on either side.
        double[][] rests = {{1.0, 9.0, 0.5}, {2 / 2.0, 2 / Math.sqrt(8), 2 / 4.0}, {0.1, 0.2, 0.3}};
        double[] medians = SeedMedian.medians(rests);
        assertArrayEquals(new double[] {1.0, 2 / Math.sqrt(8), 0.5}, medians, 1e-15);
        assertEquals(-0.5, SeedMedian.fit(depths, medians).orElseThrow().slope(), 1e-12);
    }

    @Test
    void anEvenNumberOfRunsAveragesTheMiddlePairAndAZeroMedianIsNotFitted() {
        int[] depths = {4, 8, 16};
        assertArrayEquals(new double[] {2, 2, 0.5}, SeedMedian.medians(new double[][] {{1, 1, 1}, {3, 3, 0}}), 0.0);
        assertTrue(SeedMedian.fit(depths, new double[] {1, 0, 1}).isEmpty(), "a zero median is not fitted");
        assertTrue(SeedMedian.fit(new int[] {4, 8}, new double[] {1, 0.5}).isEmpty(), "two depths are not fitted");
        assertThrows(IllegalArgumentException.class, () -> SeedMedian.medians(new double[][] {{1, 1}, {1}}));
    }
}
