package io.multilin.numeric.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    @Test
    void defaultPlanIsFiveWidthsOverSixteenTimesWithThreeSeeds() {
        SweepPlan plan = SweepPlan.defaultForClaims(1);
        assertArrayEquals(new long[] {64, 128, 256, 512, 1024}, plan.widths());
        assertEquals(3, plan.seeds());
        assertEquals(15, plan.cellCount());
    }

    @Test
    void validationSaysWhatIsWrong() {
        String tooFew = assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan(new long[] {64, 1024}, 3, 0)).getMessage();
        assertTrue(tooFew.contains("at least 3 widths"), tooFew);
        String narrow = assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan(new long[] {64, 80, 96, 120}, 3, 0)).getMessage();
        assertTrue(narrow.contains("2x") && narrow.contains("1.88x"), narrow);
        String unordered = assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan(new long[] {64, 256, 128, 512, 1024}, 3, 0)).getMessage();
        assertTrue(unordered.contains("increasing"), unordered);
        String zero = assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan(new long[] {0, 64, 128, 512, 1024}, 3, 0)).getMessage();
        assertTrue(zero.contains("not positive"), zero);
        String seeds = assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan(new long[] {64, 128, 256, 512, 1024}, 0, 0)).getMessage();
        assertTrue(seeds.contains("seed"), seeds);
        // exactly 2x and three widths are enough for a slope (the checker calls it a quick check)
        new SweepPlan(new long[] {4, 6, 8}, 1, 0);
    }

    @Test
    void seedsDependOnBaseSeedAndIndexOnlyAndAreSharedAcrossWidths() {
        SweepPlan a = new SweepPlan(new long[] {64, 128, 256, 512, 1024}, 4, 42);
        SweepPlan b = new SweepPlan(new long[] {10, 20, 40, 80, 160, 320}, 4, 42);
        Set<Long> distinct = new HashSet<>();
        for (int s = 0; s < 4; s++) {
            assertEquals(a.seedFor(s), b.seedFor(s));
            distinct.add(a.seedFor(s));
        }
        assertEquals(4, distinct.size());
        assertNotEquals(a.seedFor(0), new SweepPlan(a.widths(), 4, 43).seedFor(0));
        // cell index = widthIndex * seeds + seedIndex; same seed at every width
        SweepCell cell = a.cell(9);
        assertEquals(256, cell.width());
        assertEquals(2, cell.widthIndex());
        assertEquals(1, cell.seedIndex());
        assertEquals(a.seedFor(1), cell.seed());
        assertEquals(a.cell(1).seed(), cell.seed());
        assertEquals("m=256 seed#2", cell.label());
    }

    @Test
    void widthsAreCopiedAndEqualityIsByContent() {
        long[] widths = {64, 128, 256, 512, 1024};
        SweepPlan plan = new SweepPlan(widths, 3, 5);
        widths[0] = 1;
        plan.widths()[1] = 2;
        assertEquals(64, plan.width(0));
        assertEquals(128, plan.width(1));
        assertEquals(SweepPlan.defaultForClaims(5), plan);
        assertEquals(SweepPlan.defaultForClaims(5).hashCode(), plan.hashCode());
    }
}
