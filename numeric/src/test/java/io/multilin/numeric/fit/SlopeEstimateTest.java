package io.multilin.numeric.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlopeEstimateTest {

    private static final long[] WIDTHS = {64, 128, 256, 512, 1024};

    /** t_{0.975, 2}: the 95% two-sided quantile with 2 degrees of freedom (tables: 4.3027). */
    private static final double T_975_2 = 4.302652729749462;

    private static double[] powerLaw(double prefactor, double exponent) {
        double[] v = new double[WIDTHS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = prefactor * Math.pow(WIDTHS[i], exponent);
        }
        return v;
    }

    /**
     * Seeds on exact power laws with slopes 0.9, 1.0, 1.1: mean 1.0, sd 0.1, half width
     * t_{0.975,2} * 0.1 / sqrt(3) = 0.24841.
     */
    @Test
    void threeSeedsWithKnownSlopesGiveTheHandComputedInterval() {
        double[][] values = {powerLaw(2.0, 0.9), powerLaw(0.5, 1.0), powerLaw(3.0, 1.1)};
        SlopeEstimate e = SlopeEstimate.of(WIDTHS, values, Confidence.DEFAULT);
        assertEquals(1.0, e.slope(), 1e-12);
        assertEquals(0.9, e.seedSlopes().get(0), 1e-12);
        assertEquals(1.0, e.seedSlopes().get(1), 1e-12);
        assertEquals(1.1, e.seedSlopes().get(2), 1e-12);
        assertEquals(0.1, e.seedSlopeSd(), 1e-12);
        // commons-math inverts the t distribution to about 1e-11 relative
        assertEquals(0.2484137711750330, e.halfWidth(), 1e-10);
        assertEquals(1.0 - 0.2484137711750330, e.slopeLow(), 1e-9);
        assertEquals(1.0 + 0.2484137711750330, e.slopeHigh(), 1e-9);
        // the mean of three lines is a line: R^2 1, intercept the mean log prefactor
        assertEquals(1.0, e.rSquared(), 1e-12);
        assertEquals((Math.log(2.0) + Math.log(0.5) + Math.log(3.0)) / 3, e.intercept(), 1e-10);
        assertEquals(5, e.n());
        assertEquals(3, e.seeds());
        assertEquals(List.of(64L, 128L, 256L, 512L, 1024L), e.widths());
        assertTrue(e.intervalContains(0.8) && !e.intervalContains(0.75));
    }

    /**
     * Widths 1, 2, 4, 8 (x = k ln 2, k = 0..3, Sxx = 5 (ln 2)^2) and log values in units of ln 2:
     * seed A (0, 1, 2, 4): slope sum (k - 1.5) y / 5 = 6.5 / 5 = 1.3; seed B (0, 1, 2, 3): 1;
     * seed C (1, 1, 2, 2): 2 / 5 = 0.4. Mean 0.9, deviations 0.4, 0.1, -0.5, variance
     * 0.42 / 2 = 0.21. Per-width mean log (1/3, 1, 2, 3): slope 4.5 / 5 = 0.9 (the mean, as it
     * must be), intercept 19/12 - 0.9 * 1.5 = 7/30, SSE 1/30, SST 49/12, R^2 = 243/245.
     */
    @Test
    void noisySeedsMatchTheHandComputedFit() {
        long[] widths = {1, 2, 4, 8};
        double[][] values = {{1, 2, 4, 16}, {1, 2, 4, 8}, {2, 2, 4, 4}};
        SlopeEstimate e = SlopeEstimate.of(widths, values, Confidence.DEFAULT);
        assertEquals(0.9, e.slope(), 1e-12);
        assertEquals(1.3, e.seedSlopes().get(0), 1e-12);
        assertEquals(1.0, e.seedSlopes().get(1), 1e-12);
        assertEquals(0.4, e.seedSlopes().get(2), 1e-12);
        assertEquals(Math.sqrt(0.21), e.seedSlopeSd(), 1e-12);
        assertEquals(T_975_2 * Math.sqrt(0.21 / 3), e.halfWidth(), 1e-10);
        assertEquals(7.0 / 30 * Math.log(2), e.intercept(), 1e-12);
        assertEquals(243.0 / 245, e.rSquared(), 1e-12);
        assertEquals(Math.pow(2, 7.0 / 30) * Math.pow(8, 0.9), e.predict(8), 1e-12);
    }

    @Test
    void aHigherConfidenceGivesAWiderIntervalByTheRatioOfTQuantiles() {
        double[][] values = {powerLaw(1, -0.45), powerLaw(1, -0.5), powerLaw(1, -0.6), powerLaw(1, -0.52)};
        SlopeEstimate at95 = SlopeEstimate.of(WIDTHS, values, Confidence.DEFAULT);
        SlopeEstimate at99 = SlopeEstimate.of(WIDTHS, values, new Confidence(0.99));
        assertEquals(at95.slope(), at99.slope(), 0);
        assertTrue(at99.halfWidth() > at95.halfWidth());
        // t_{0.995, 3} = 5.8409, t_{0.975, 3} = 3.1824 (tables)
        assertEquals(5.840909309733 / 3.182446305284, at99.halfWidth() / at95.halfWidth(), 1e-9);
        assertEquals(new Confidence(0.99), at99.confidence());
    }

    @Test
    void identicalSeedSlopesGiveAZeroWidthInterval() {
        // a quantity that does not depend on the seed has no seed-to-seed variation to show
        SlopeEstimate e = SlopeEstimate.of(WIDTHS, new double[][] {powerLaw(1, 0.5), powerLaw(7, 0.5)},
                Confidence.DEFAULT);
        assertEquals(0.5, e.slope(), 1e-12);
        assertEquals(0, e.halfWidth(), 1e-12);
    }

    @Test
    void twoSeedsUseOneDegreeOfFreedom() {
        SlopeEstimate e = SlopeEstimate.of(WIDTHS, new double[][] {powerLaw(1, 0.4), powerLaw(1, 0.6)},
                Confidence.DEFAULT);
        // sd of {0.4, 0.6} = 0.1 sqrt(2); t_{0.975,1} = 12.7062
        assertEquals(12.706204736175 * 0.1 * Math.sqrt(2) / Math.sqrt(2), e.halfWidth(), 1e-9);
    }

    @Test
    void refusesWhatItCannotFitAndSaysWhy() {
        IllegalArgumentException oneSeed = assertThrows(IllegalArgumentException.class,
                () -> SlopeEstimate.of(WIDTHS, new double[][] {powerLaw(1, 1)}, Confidence.DEFAULT));
        assertTrue(oneSeed.getMessage().contains("at least 2 seeds"), oneSeed.getMessage());
        IllegalArgumentException twoWidths = assertThrows(IllegalArgumentException.class,
                () -> SlopeEstimate.of(new long[] {64, 128}, new double[][] {{1, 2}, {1, 2}}, Confidence.DEFAULT));
        assertTrue(twoWidths.getMessage().contains("at least 3 widths"), twoWidths.getMessage());
        double[] withZero = powerLaw(1, 1);
        withZero[2] = 0;
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> SlopeEstimate.of(WIDTHS, new double[][] {powerLaw(1, 1), withZero}, Confidence.DEFAULT));
        assertTrue(zero.getMessage().contains("m = 256"), zero.getMessage());
        double[] withNan = powerLaw(1, 1);
        withNan[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class,
                () -> SlopeEstimate.of(WIDTHS, new double[][] {withNan, powerLaw(1, 1)}, Confidence.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> SlopeEstimate.of(WIDTHS, new double[][] {powerLaw(1, 1), {1, 2, 3}}, Confidence.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> SlopeEstimate.of(new long[] {8, 8, 8}, new double[][] {{1, 2, 3}, {1, 2, 3}}, Confidence.DEFAULT));
    }
}
