package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.AssertionKind;
import io.multilin.check.testing.ClaimCase;
import io.multilin.check.testing.ClaimTestOptions;
import io.multilin.check.testing.ClaimTests;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The dynamics claims of the library through the whole pipeline at their own sweeps: muP
 * feature learning (depths 3 to 6, tanh and relu, and Adam's first step), NTK lazy (tanh, gelu), fixed-rate standard
 * coordinates unstable, a deep integrable network trivial, every one VERIFIED with both sides;
 * the false variants (NTK called feature-learning, muP called lazy, fixed-rate SP called
 * stable, an exponent 0.1 from the derivation) REFUTED, naming the refuted assertion.
 */
class DynamicsClaimsTest {

    private static boolean dynamics(ClaimCase c) {
        return c.name().startsWith("yang2021") || c.name().endsWith("trivial-dynamics");
    }

    @TestFactory
    Stream<DynamicTest> trueDynamicsClaimsAreVerified() {
        List<ClaimCase> cases = ClaimTests.in(ZhuClaimsCrossCheckTest.CLAIMS, ClaimTestOptions.defaults()).stream()
                .filter(DynamicsClaimsTest::dynamics).toList();
        assertTrue(cases.size() >= 10, "muP x 6 (Adam included), NTK x 2, SP, integrable: " + cases);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ClaimResult result = c.run();
            assertEquals(Verdict.VERIFIED, result.verdict(), () -> ClaimCase.failure(result));
            assertTrue(result.assertions().stream().anyMatch(a -> a.assertion().kind() == AssertionKind.REGIME
                    || a.assertion().kind() == AssertionKind.FEATURE_CHANGE));
            for (AssertionResult a : result.assertions()) {
                // VERIFIED with both sides: the derivation and a measurement that agrees with it
                assertTrue(a.reason().contains("the claim equals the derivation")
                        && a.reason().contains("measurement agrees with the derivation"), a.reason());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> falseDynamicsClaimsAreRefuted() {
        List<ClaimCase> cases = ClaimTests.in(ZhuClaimsCrossCheckTest.CLAIMS.resolve("false"), ClaimTestOptions.defaults())
                .stream().filter(DynamicsClaimsTest::dynamics).toList();
        assertTrue(cases.size() >= 5, "NTK feature-learning, muP lazy, SP stable, Adam with SGD rates, a near miss: "
                + cases);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () ->
                ZhuClaimsCrossCheckTest.assertRefutedNamingTheAssertion(c.run())));
    }
}
