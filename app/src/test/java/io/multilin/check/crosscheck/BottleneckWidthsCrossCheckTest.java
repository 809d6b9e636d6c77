package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.testing.ClaimCase;
import io.multilin.check.testing.ClaimTestOptions;
import io.multilin.check.testing.ClaimTests;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narrow and not-so-narrow bottlenecks with the DEFAULT sweep (issue 10): widths start at 8x
 * the largest fixed hidden width and are raised (x4, x4) while the measurement contradicts the
 * derivation. Several narrow bottlenecks carry factors like (1 + sqrt(k/m)) that still fall at
 * m = 64..1024; a fixed layer of 32 to 128 units is as wide as its neighbours at those widths.
 * Every network here has thin wide layers (m x k), so widths of 16384 are cheap.
 */
class BottleneckWidthsCrossCheckTest {

    @TempDir
    Path dir;

    private ClaimResult run(String id, String widths, String... assertions) throws IOException {
        Path file = Files.writeString(dir.resolve(id + ".yaml"), "id: " + id + "\ntitle: " + id
                + "\nnetwork: {widths: " + widths + ", activation: linear, parameterization: ntk}\nassert:\n"
                + String.join("", java.util.Arrays.stream(assertions).map(a -> "  - " + a + "\n").toList()));
        ClaimResult result = ClaimTests.of(file, ClaimTestOptions.defaults().withThreads(2)).run();
        System.out.println(ClaimCase.failure(result));
        result.assertions().forEach(a -> System.out.println("  " + a.assertion().kind() + " " + a.label() + ": "
                + a.reason()));
        return result;
    }

    @Test
    void severalNarrowBottlenecksAreTrilinear() throws IOException {
        ClaimResult result = run("three-segments", "[8, m, 3, m, 2, m, 1]", "multilinear-degree: 3",
                "taylor-degree: 3", "hessian-block: {segments: [1, 3], order: one}");
        assertEquals(Verdict.VERIFIED, result.verdict(), () -> ClaimCase.failure(result));
    }

    @Test
    void severalNarrowBottlenecksAreNotBilinear() throws IOException {
        ClaimResult result = run("not-two-segments", "[8, m, 3, m, 2, m, 1]", "multilinear-degree: 2");
        assertEquals(Verdict.REFUTED, result.verdict(), () -> ClaimCase.failure(result));
    }

    @Test
    void aFixedLayerOf32IsABottleneck() throws IOException {
        ClaimResult result = run("fixed-32", "[8, m, 32, m, 1]", "linear: true", "taylor-degree: 2");
        AssertionResult linear = result.assertions().get(0);
        assertEquals(Verdict.REFUTED, linear.verdict(), linear::reason);
        assertEquals(Verdict.VERIFIED, result.assertions().get(1).verdict(), () -> ClaimCase.failure(result));
        assertTrue(result.assertions().get(0).measurements().values().stream()
                .allMatch(m -> m.widths().get(0) >= 256), "the sweep starts at 8 x 32");
    }

    @Test
    void aFixedLayerOf128IsABottleneck() throws IOException {
        ClaimResult result = run("fixed-128", "[8, m, 128, m, 1]", "linear: true", "multilinear-degree: 2");
        assertEquals(Verdict.REFUTED, result.assertions().get(0).verdict(), () -> ClaimCase.failure(result));
        assertEquals(Verdict.VERIFIED, result.assertions().get(1).verdict(), () -> ClaimCase.failure(result));
        assertTrue(result.assertions().get(0).measurements().values().stream()
                .allMatch(m -> m.widths().get(0) >= 1024), "the sweep starts at 8 x 128");
    }
}
