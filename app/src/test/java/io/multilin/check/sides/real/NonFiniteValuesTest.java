package io.multilin.check.sides.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.ClaimParser;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Through the real sides: a network whose values overflow to Inf/NaN can never be VERIFIED. */
class NonFiniteValuesTest {

    // z -> 2z + z^2 squares the scale at every layer: by layer 12 the output overflows double
    private static final String OVERFLOWING = """
            id: overflowing-polynomial
            title: A polynomial network whose pre-activations square at every layer
            network:
              widths: [4, m, m, m, m, m, m, m, m, m, m, m, 1]
              activation: poly(0, 2, 1)
              parameterization: ntk
            assert:
              - init-scale: {of: output, exponent: 0}
            sweep:
              widths: [16, 32, 64, 128, 256]
              seeds: 1
            """;

    @Test
    void overflowingValuesAreNeverVerified() throws Exception {
        ClaimChecker checker = new ClaimChecker(new Sides(new SymbolicAdapter(), new NumericAdapter()), Mode.BOTH,
                new SweepDefaults(List.of(16L, 32L, 64L, 128L, 256L), 1, 7L, 2), ProgressListener.NONE);
        ClaimResult result = checker.check(new ClaimParser().parse("overflow.yaml", OVERFLOWING).claim().orElseThrow());
        AssertionResult a = result.assertions().get(0);
        assertTrue(a.verdict() != Verdict.VERIFIED, a.reason());
        var measurement = a.measurements().values().iterator().next();
        assertTrue(measurement.problem().isPresent(), "the NaN/Inf must be flagged: " + a.reason());
        assertTrue(a.reason().contains("NaN") || a.reason().contains("Inf") || a.reason().contains("infinite"),
                a.reason());
        assertEquals(Verdict.INCONCLUSIVE, a.verdict(), a.reason());
    }
}
