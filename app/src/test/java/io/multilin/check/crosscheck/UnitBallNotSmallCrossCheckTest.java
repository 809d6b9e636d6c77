package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.testing.ClaimCase;
import io.multilin.check.testing.ClaimTests;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coordinates in which a unit ball is not small (standard, mup): the symbolic side has no
 * Hessian rule there (assumption (A) fails) and derives the residual of order 1 from bounds
 * that meet; this run checks the derived exponent against the measured slope through the whole
 * pipeline, on the small sweep of {@link ZhuClaimsCrossCheckTest} (5 widths over 16x). The
 * standard-coordinates claims of the library are in {@link LiuHajjarClaimsTest} and
 * {@link LiuHajjarFalseClaimsTest}.
 */
class UnitBallNotSmallCrossCheckTest {

    @Test
    void mupSigmoidIsOrderOneAwayFromLinear(@TempDir Path dir) throws Exception {
        // Predicted m^0 (alpha_L = m^-1/2 takes one half off the m^1/2 of standard coordinates);
        // a tight exponent assertion would fail on either neighbouring half power.
        Path file = Files.writeString(dir.resolve("mup.yaml"), String.join("\n",
                "id: mup-sigmoid-not-linear",
                "title: mup sigmoid network",
                "source: test",
                "network:",
                "  widths: [4, m, m, m, 1]",
                "  activation: sigmoid",
                "  parameterization: mup",
                "assert:",
                "  - linear: false",
                ""));
        ClaimResult result = ClaimTests.of(file, ZhuClaimsCrossCheckTest.SMALL).run();
        assertEquals(Verdict.VERIFIED, result.verdict(), () -> ClaimCase.failure(result));
        AssertionResult linear = result.assertions().get(0);
        assertTrue(linear.reason().contains("derived m^0"), linear.reason());
    }
}
