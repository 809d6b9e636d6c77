package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedMedianTest {

    /** A structure whose depth-L result has the given RMS rest (nothing else matters here). */
    private static LearnedStructure withRests(int[] depths, double... rests) {
        List<DepthResult> results = new ArrayList<>();
        for (int i = 0; i < depths.length; i++) {
            results.add(new DepthResult(depths[i], new double[0][], new int[0], 1, 1, 2, 1, rests[i], rests[i],
                    new int[0], 2, new int[] {2}, 2, null));
        }
        return new LearnedStructure(null, 0, null, results, Optional.empty(), "", 0);
    }

    @Test
    void mediansAreTakenPerDepthAndAnExactPowerLawFitsItsExponent() {
        int[] depths = {4, 8, 16};
        // Medians exactly 2 L^-1/2: the outliers of each depth sit on either side.
        LearnedStructure a = withRests(depths, 1.0, 9.0, 0.5);
        LearnedStructure b = withRests(depths, 2 / 2.0, 2 / Math.sqrt(8), 2 / 4.0);
        LearnedStructure c = withRests(depths, 0.1, 0.2, 0.3);
        List<LearnedStructure> runs = List.of(a, b, c);
        assertArrayEquals(new double[] {1.0, 2 / Math.sqrt(8), 0.5}, SeedMedian.restMedians(runs), 1e-15);
        assertEquals(-0.5, SeedMedian.restFit(runs).orElseThrow().slope(), 1e-12);
    }

    @Test
    void anEvenNumberOfRunsAveragesTheMiddlePair() {
        int[] depths = {4, 8, 16};
        List<LearnedStructure> runs = List.of(withRests(depths, 1, 1, 1), withRests(depths, 3, 3, 0));
        assertArrayEquals(new double[] {2, 2, 0.5}, SeedMedian.restMedians(runs), 0.0);
        assertTrue(SeedMedian.restFit(List.of(withRests(depths, 1, 0, 1))).isEmpty(), "a zero median is not fitted");
    }
}
