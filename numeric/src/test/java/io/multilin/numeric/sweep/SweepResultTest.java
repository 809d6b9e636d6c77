package io.multilin.numeric.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.fit.Confidence;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.fit.SlopeEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepResultTest {

    private static final SweepPlan PLAN = new SweepPlan(new long[] {64, 128, 256, 512, 1024}, 3, 11);
    private static final double FLOOR = 1e-12;

    /** Three seeds per width at 0.9, 1.0 and 1.1 times {@code medians[w]}. */
    private static PointValue[] cells(double... medians) {
        PointValue[] values = new PointValue[medians.length * 3];
        for (int w = 0; w < medians.length; w++) {
            values[3 * w] = new PointValue(1.1 * medians[w], FLOOR, "gradient");
            values[3 * w + 1] = new PointValue(medians[w], FLOOR / 2, "lanczos");
            values[3 * w + 2] = new PointValue(0.9 * medians[w], FLOOR, "random#1");
        }
        return values;
    }

    @Test
    void summariesGiveMedianSpreadFloorAndProbe() {
        SweepResult result = SweepResult.of("q", PLAN, cells(8, 4, 2, 1, 0.5));
        WidthSummary first = result.widths().get(0);
        assertEquals(64, first.width());
        assertEquals(8, first.median(), 1e-15);
        assertEquals(7.2, first.min(), 1e-12);
        assertEquals(8.8, first.max(), 1e-12);
        assertEquals(FLOOR, first.noiseFloor());
        assertEquals("gradient", first.probeOfMax());
        assertArrayEquals(new double[] {8.8, 8, 7.2}, first.seedValues(), 1e-12);
        assertFalse(first.zeroWithinPrecision());
        assertTrue(result.estimate().isPresent());
        assertEquals(-1.0, result.estimate().get().slope(), 1e-12);
        assertTrue(result.excluded().isEmpty());
        assertFalse(result.fallsToFloor());
        assertTrue(result.staysAboveFloor());
    }

    @Test
    void valuesAtTheFloorAreExcludedFromTheFitAndDetectedAsFallingToIt() {
        // 1/m^2 down to 256, then exactly the floor and below it
        SweepResult result = SweepResult.of("q", PLAN, cells(1.0 / 4096, 1.0 / 16384, 1.0 / 65536, FLOOR, FLOOR / 10));
        assertTrue(result.fallsToFloor());
        assertEquals(List.of(512L, 1024L), result.excluded().stream().map(SweepResult.Exclusion::width).toList());
        assertTrue(result.excluded().get(0).reason().contains("noise floor"));
        assertArrayEquals(new long[] {64, 128, 256}, result.fittedWidths());
        // had the floor values entered, the slope would be far steeper than -2
        assertEquals(-2.0, result.estimate().orElseThrow().slope(), 1e-9);
        assertTrue(result.widths().get(3).zeroWithinPrecision());
        assertFalse(result.staysAboveFloor());
    }

    @Test
    void fewerThanThreeWidthsAboveTheFloorGiveNoFitWithAReason() {
        SweepResult result = SweepResult.of("q", PLAN, cells(1e-3, 1e-6, FLOOR, FLOOR, 0));
        assertTrue(result.estimate().isEmpty());
        assertTrue(result.noFitReason().orElseThrow().contains("only 2 of 5"), result.noFitReason().get());
        assertTrue(result.fallsToFloor());
        assertEquals(3, result.excluded().size());
    }

    @Test
    void aDipToTheFloorInTheMiddleIsNotFallingToIt() {
        SweepResult dip = SweepResult.of("q", PLAN, cells(1, 0.5, FLOOR, 0.25, 0.125));
        assertFalse(dip.fallsToFloor());
        assertEquals(List.of(256L), dip.excluded().stream().map(SweepResult.Exclusion::width).toList());
        assertEquals(4, dip.estimate().orElseThrow().n());
        SweepResult allAtFloor = SweepResult.of("q", PLAN, cells(FLOOR, FLOOR, FLOOR, FLOOR, FLOOR));
        assertFalse(allAtFloor.fallsToFloor(), "never above the floor, so it did not fall to it");
        assertTrue(allAtFloor.estimate().isEmpty());
    }

    @Test
    void medianIsJudgedAgainstTheLargestFloorOfTheWidth() {
        PointValue[] values = cells(1, 0.5, 0.25, 0.125, 0.0625);
        // one seed at 1024 reports a floor above the median: the width is at the floor
        values[13] = new PointValue(0.0625, 0.07, "lanczos");
        SweepResult result = SweepResult.of("q", PLAN, values);
        assertEquals(0.07, result.widths().get(4).noiseFloor());
        assertTrue(result.widths().get(4).zeroWithinPrecision());
        assertTrue(result.fallsToFloor());
        assertEquals(4, result.estimate().orElseThrow().n());
    }

    @Test
    void nanOrInfAnywhereInvalidatesTheResultAndNamesTheCell() {
        PointValue[] values = cells(8, 4, 2, 1, 0.5);
        values[7] = new PointValue(Double.NaN, FLOOR, "lanczos");
        values[12] = new PointValue(Double.POSITIVE_INFINITY, FLOOR, "gradient");
        SweepResult result = SweepResult.of("q", PLAN, values);
        assertFalse(result.isValid());
        assertTrue(result.estimate().isEmpty());
        SweepCell cell = result.invalidCell().orElseThrow().cell();
        assertEquals(256, cell.width());
        assertEquals(1, cell.seedIndex());
        String reason = result.noFitReason().orElseThrow();
        assertTrue(reason.contains("m=256 seed#2") && reason.contains("NaN"), reason);
        assertFalse(result.fallsToFloor());
        assertEquals(List.of(256L, 1024L), result.excluded().stream().map(SweepResult.Exclusion::width).toList());

        PointValue[] badFloor = cells(8, 4, 2, 1, 0.5);
        badFloor[0] = new PointValue(8, Double.NaN, "gradient");
        assertEquals(64, SweepResult.of("q", PLAN, badFloor).invalidCell().orElseThrow().cell().width());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, WidthSummary.median(new double[] {1, 2, 3, 10}));
        assertEquals(1.5, WidthSummary.median(new double[] {1, 2}));
        assertEquals(3, WidthSummary.median(new double[] {1, 3, 10}));
        SweepPlan twoSeeds = new SweepPlan(new long[] {64, 128, 256, 512, 1024}, 2, 0);
        PointValue[] values = new PointValue[10];
        for (int i = 0; i < 10; i++) {
            values[i] = new PointValue(i % 2 == 0 ? 0 : 2e-12, 1e-12, "p");
        }
        // mean of 0 and 2e-12 is exactly the floor: zero within precision
        assertTrue(SweepResult.of("q", twoSeeds, values).widths().get(0).zeroWithinPrecision());
    }

    /** Seed s on the exact law m^{b_s}, b = 0.9, 1.0, 1.1; the floor far below. */
    private static PointValue[] seedSlopes(SweepPlan plan, double... slopes) {
        PointValue[] values = new PointValue[plan.cellCount()];
        for (int i = 0; i < values.length; i++) {
            SweepCell cell = plan.cell(i);
            values[i] = new PointValue(Math.pow(cell.width(), slopes[cell.seedIndex()]), FLOOR, "p");
        }
        return values;
    }

    @Test
    void theIntervalComesFromTheSeedsSlopes() {
        SweepResult result = SweepResult.of("q", PLAN, seedSlopes(PLAN, 0.9, 1.0, 1.1));
        SlopeEstimate e = result.estimate().orElseThrow();
        assertEquals(1.0, e.slope(), 1e-12);
        // sd 0.1 over 3 seeds: t_{0.975,2} 0.1 / sqrt(3)
        assertEquals(0.2484137711750330, e.halfWidth(), 1e-10);
        assertEquals(Confidence.DEFAULT, result.confidence());
        assertArrayEquals(PLAN.widths(), result.fittedWidths());
        // the medians lie on m^1 exactly: the former fit of the medians had a zero-width interval
        SweepResult at99 = SweepResult.of("q", PLAN, seedSlopes(PLAN, 0.9, 1.0, 1.1), new Confidence(0.99));
        assertEquals(new Confidence(0.99), at99.estimate().orElseThrow().confidence());
        assertTrue(at99.estimate().get().halfWidth() > e.halfWidth());
    }

    @Test
    void aWidthWithOneSeedAtItsOwnFloorIsExcludedEvenWhenTheMedianIsAbove() {
        PointValue[] values = cells(8, 4, 2, 1, 0.5);
        values[3 * 3 + 2] = new PointValue(0.9, 0.95, "random#1"); // seed#3 at m = 512, under its floor
        SweepResult result = SweepResult.of("q", PLAN, values);
        assertFalse(result.widths().get(3).zeroWithinPrecision(), "the median 1 is above the largest floor 0.95");
        assertEquals(List.of(512L), result.excluded().stream().map(SweepResult.Exclusion::width).toList());
        String reason = result.excluded().get(0).reason();
        assertTrue(reason.contains("seed#3") && reason.contains("noise floor"), reason);
        assertArrayEquals(new long[] {64, 128, 256, 1024}, result.fittedWidths());
        assertEquals(-1.0, result.estimate().orElseThrow().slope(), 1e-12);
    }

    @Test
    void anUnconvergedSeedExcludesItsWidthAndIsNeverTakenForTheFloor() {
        PointValue[] values = cells(8, 4, 2, 1, 0.5);
        values[3 * 4 + 1] = new PointValue(0.5, FLOOR, "lanczos", List.of("lanczos"), List.of(), false);
        SweepResult result = SweepResult.of("q", PLAN, values);
        assertEquals(List.of(1024L), result.excluded().stream().map(SweepResult.Exclusion::width).toList());
        String reason = result.excluded().get(0).reason();
        assertTrue(reason.contains("seed#2") && reason.contains("did not converge"), reason);
        assertEquals(4, result.estimate().orElseThrow().n());

        // at the floor everywhere, but one width's value is a lower bound: not shown to be zero there
        PointValue[] zero = cells(FLOOR, FLOOR, FLOOR, FLOOR, FLOOR);
        assertTrue(SweepResult.of("q", PLAN, zero).atFloorEverywhere());
        zero[4] = new PointValue(FLOOR, FLOOR, "lanczos", List.of("lanczos"), List.of(), false);
        assertFalse(SweepResult.of("q", PLAN, zero).atFloorEverywhere());
        PointValue[] falling = cells(1, 0.5, FLOOR, FLOOR, FLOOR);
        assertTrue(SweepResult.of("q", PLAN, falling).fallsToFloor());
        falling[3 * 4] = new PointValue(FLOOR, FLOOR, "lanczos", List.of("lanczos"), List.of(), false);
        assertFalse(SweepResult.of("q", PLAN, falling).fallsToFloor());
    }

    @Test
    void atFloorEverywhereNeedsEveryWidthAtTheFloorAndAValidResult() {
        assertFalse(SweepResult.of("q", PLAN, cells(FLOOR, FLOOR, FLOOR, FLOOR, 1)).atFloorEverywhere());
        assertFalse(SweepResult.of("q", PLAN, cells(1, FLOOR, FLOOR, FLOOR, FLOOR)).atFloorEverywhere());
        SweepResult zero = SweepResult.of("q", PLAN, cells(0, 0, FLOOR, 0, FLOOR / 3));
        assertTrue(zero.atFloorEverywhere());
        assertFalse(zero.fallsToFloor(), "never above the floor, so it did not fall to it");
        assertTrue(zero.estimate().isEmpty());
        PointValue[] invalid = cells(0, 0, 0, 0, 0);
        invalid[0] = new PointValue(Double.NaN, FLOOR, "p");
        assertFalse(SweepResult.of("q", PLAN, invalid).atFloorEverywhere());
    }

    @Test
    void oneSeedGivesNoFitWithAReason() {
        SweepPlan oneSeed = new SweepPlan(new long[] {64, 128, 256, 512, 1024}, 1, 3);
        SweepResult result = SweepResult.of("q", oneSeed, seedSlopes(oneSeed, -0.5));
        assertTrue(result.estimate().isEmpty());
        String reason = result.noFitReason().orElseThrow();
        assertTrue(reason.contains("only 1 seed") && reason.contains("at least 2"), reason);
        assertTrue(result.excluded().isEmpty(), "no width is at fault");
        assertEquals(0, result.fittedWidths().length);
    }
}
