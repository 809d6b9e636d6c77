package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The widths a full check needs: 5 widths over 16x, from 8x the largest fixed HIDDEN width. */
class SweepContractTest {

    static Architecture widths(String widths) {
        return new ClaimParser().parse("c.yaml", "id: c\ntitle: t\nnetwork: {widths: " + widths
                + ", activation: linear, parameterization: ntk}\nassert: [{linear: true}]\n").claim().flatMap(ClaimKinds::network).orElseThrow()
                .architecture();
    }

    @Test
    void inputAndOutputWidthsAreNotBottlenecks() {
        assertEquals(0, SweepContract.largestFixedHidden(widths("[100, m, m, 50]")));
        assertEquals(List.of(64L, 128L, 256L, 512L, 1024L), SweepContract.defaultWidths(widths("[100, m, m, 50]")));
        assertEquals(3, SweepContract.largestFixedHidden(widths("[100, m, 3, m, 2, m, 50]")));
    }

    @Test
    void theFirstWidthIsEightTimesTheFixedOneRoundedUpToAPowerOfTwo() {
        // 8 x 8 = 64 exactly; 8 x 9 = 72 -> 128; 8 x 128 = 1024
        assertEquals(64L, SweepContract.defaultWidths(widths("[4, m, 8, m, 1]")).get(0));
        assertEquals(128L, SweepContract.defaultWidths(widths("[4, m, 9, m, 1]")).get(0));
        assertEquals(List.of(1024L, 2048L, 4096L, 8192L, 16384L), SweepContract.defaultWidths(widths("[4, m, 128, m, 1]")));
    }

    @Test
    void shortfallsAtTheirBoundaries() {
        Architecture eight = widths("[4, m, 8, m, 1]");
        assertEquals(Optional.empty(), SweepContract.shortfall(eight, List.of(64L, 128L, 256L, 512L, 1024L)));
        assertTrue(SweepContract.shortfall(eight, List.of(63L, 128L, 256L, 512L, 1008L)).orElseThrow()
                .contains("8 x the fixed hidden width 8"));
        // exactly 16x meets the contract, one less does not (and says the span it has)
        assertEquals(Optional.empty(), SweepContract.shortfall(eight, List.of(64L, 100L, 200L, 500L, 1024L)));
        assertEquals(Optional.of("spans 15x, the contract asks for 16x"),
                SweepContract.shortfall(eight, List.of(64L, 100L, 200L, 500L, 1023L)));
        assertEquals(Optional.of("4 widths, the contract asks for 5"),
                SweepContract.shortfall(eight, List.of(64L, 128L, 256L, 1024L)));
    }

    @Test
    void scaledWidths() {
        assertEquals(List.of(256L, 512L), SweepContract.scaled(List.of(64L, 128L), 4));
    }
}
