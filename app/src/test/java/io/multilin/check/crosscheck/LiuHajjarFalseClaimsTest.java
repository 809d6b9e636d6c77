package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.testing.ClaimCase;
import io.multilin.check.testing.ClaimTestOptions;
import io.multilin.check.testing.ClaimTests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The false Liu et al. and Hajjar et al. statements of the library (claims/false: a nonlinear
 * output or standard coordinates claimed linear, a deep integrable network claimed to learn, a
 * wrong init exponent) through the whole pipeline at their own sweeps (a few seconds each):
 * every one REFUTED, with the refuted assertion named. The Zhu ones are in
 * {@link ZhuClaimsCrossCheckTest}.
 */
class LiuHajjarFalseClaimsTest {

    @TestFactory
    Stream<DynamicTest> falseClaimsAreRefuted() {
        List<ClaimCase> cases = ClaimTests.in(ZhuClaimsCrossCheckTest.CLAIMS.resolve("false"), ClaimTestOptions.defaults())
                .stream().filter(c -> c.name().startsWith("liu2020") || c.name().startsWith("hajjar2021")).toList();
        assertTrue(cases.size() >= 4, "the four false statements of issue 3 at least: " + cases);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ZhuClaimsCrossCheckTest.assertRefutedNamingTheAssertion(c.run());
        }));
    }
}
