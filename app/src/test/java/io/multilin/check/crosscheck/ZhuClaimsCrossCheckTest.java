package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.run.SweepContract;
import io.multilin.check.testing.ClaimCase;
import io.multilin.check.testing.ClaimTestOptions;
import io.multilin.check.testing.ClaimTests;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Zhu et al. claim files through the whole pipeline with both real sides on a small but
 * valid sweep (5 widths spanning 16x, 2 seeds): the true ones come out VERIFIED, the false
 * ones REFUTED with the failing assertion named in the reason.
 *
 * <p>With the common random numbers of the numeric side (the network at width m is a block of
 * the one at 2m) and the checker's extra seeds for undecided intervals, every claim is decided
 * at this sweep except the depth-8 one: its {@code sup |f - T_1|} mixes order-one cross-segment
 * terms with many m^-1/2 within-segment terms that are not yet negligible at m = 32..512, so the
 * slope comes out near -0.09 [-0.12, -0.06] (at the default 64..1024 it is VERIFIED). It is
 * listed in {@link #INCONCLUSIVE_AT_THIS_SWEEP}: it may come out VERIFIED or INCONCLUSIVE
 * through that quantity only. The depth-6 and depth-8 true claims cost about 80 s together and
 * run only with {@code -Dmultilin.slow=true}.
 */
class ZhuClaimsCrossCheckTest {

    static final Path CLAIMS = Path.of("..", "claims");
    static final ClaimTestOptions SMALL = ClaimTestOptions.defaults().withWidths(32L, 64L, 128L, 256L, 512L)
            .withSeeds(2);

    /** Claim, and the quantity that may leave it undecided at this small sweep (see above). */
    static final Map<String, List<String>> INCONCLUSIVE_AT_THIS_SWEEP = Map.of(
            "zhu2022-one-bottleneck-depth8", List.of("sup |f - T_1|"));
    static final Set<String> SLOW = Set.of("zhu2022-one-bottleneck-depth6", "zhu2022-one-bottleneck-depth8");

    @TestFactory
    Stream<DynamicTest> trueClaimsAreVerified() {
        return zhu(CLAIMS).filter(c -> Boolean.getBoolean("multilin.slow") || !SLOW.contains(c.name()))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    ClaimResult result = c.run();
                    System.out.println(summary(result));
                    if (INCONCLUSIVE_AT_THIS_SWEEP.containsKey(c.name()) && result.verdict() != Verdict.VERIFIED) {
                        assertUndecidedOnlyBy(result, INCONCLUSIVE_AT_THIS_SWEEP.get(c.name()));
                    } else {
                        assertEquals(Verdict.VERIFIED, result.verdict(), () -> ClaimCase.failure(result));
                    }
                }));
    }

    /** Every assertion VERIFIED but those INCONCLUSIVE, and these only through the named quantity. */
    private static void assertUndecidedOnlyBy(ClaimResult result, List<String> quantities) {
        for (AssertionResult a : result.assertions()) {
            if (a.verdict() != Verdict.VERIFIED) {
                assertEquals(Verdict.INCONCLUSIVE, a.verdict(), () -> ClaimCase.failure(result));
                assertTrue(quantities.stream().anyMatch(a.reason()::contains), () -> ClaimCase.failure(result));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> falseClaimsAreRefutedNamingTheQuantity() {
        return zhu(CLAIMS.resolve("false")).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ClaimResult result = c.run();
            System.out.println(summary(result));
            if (INCONCLUSIVE_AT_THIS_SWEEP.containsKey(c.name()) && result.verdict() != Verdict.REFUTED) {
                assertUndecidedOnlyBy(result, INCONCLUSIVE_AT_THIS_SWEEP.get(c.name()));
                assertEquals(Verdict.INCONCLUSIVE, result.verdict());
                return;
            }
            assertRefutedNamingTheAssertion(result);
        }));
    }

    /** REFUTED, with a reason, and the failure message names the refuted assertion's kind. */
    static void assertRefutedNamingTheAssertion(ClaimResult result) {
        assertEquals(Verdict.REFUTED, result.verdict(), () -> ClaimCase.failure(result));
        AssertionResult refuted = result.assertions().stream().filter(a -> a.verdict() == Verdict.REFUTED)
                .findFirst().orElseThrow();
        assertFalse(refuted.reason().isBlank());
        String message = ClaimCase.failure(result);
        assertTrue(message.contains(refuted.assertion().kind().key()), message);
    }

    private static Stream<ClaimCase> zhu(Path folder) {
        assertTrue(Files.isDirectory(folder), folder.toAbsolutePath().toString());
        // a claim whose fixed hidden widths the small sweep does not clear by 8x gets its own default
        // sweep (with the same 2 seeds): at m = 32..512 a 64-unit "bottleneck" is not narrow yet
        List<ClaimCase> cases = ClaimTests.in(folder, SMALL).stream().filter(c -> c.name().startsWith("zhu2022"))
                .map(c -> SweepContract.shortfall(ClaimKinds.asNetwork(c.claim()).architecture(), SMALL.widths().orElseThrow()).isEmpty() ? c
                        : ClaimTests.of(Path.of(c.claim().file()), ClaimTestOptions.defaults().withSeeds(2)))
                .toList();
        assertFalse(cases.isEmpty());
        return cases.stream();
    }

    private static String summary(ClaimResult result) {
        StringBuilder b = new StringBuilder(result.claim().id() + ": " + result.verdict());
        for (AssertionResult a : result.assertions()) {
            b.append("\n  ").append(a.assertion().kind().key()).append(' ').append(a.assertion().claimedText()).append(": ")
                    .append(a.verdict()).append(" - ").append(a.reason());
        }
        return b.toString();
    }
}
