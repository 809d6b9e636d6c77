package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * <p>Measured with this sweep: five claims do not reach a decision,
 * because an order-one quantity's 95% slope interval at 2 seeds dips below -0.1 (MATH.md: then
 * "vanishes" cannot be excluded). They are listed in {@link #INCONCLUSIVE_AT_THIS_SWEEP} with
 * the quantity; the test still fails if any of them comes out REFUTED, DISAGREEMENT or (for a
 * false claim) VERIFIED, and if any other claim is not decided as expected. The depth-6 and
 * depth-8 true claims cost 80 s together and run only with {@code -Dmultilin.slow=true}.
 */
class ZhuClaimsCrossCheckTest {

    static final Path CLAIMS = Path.of("..", "claims");
    static final ClaimTestOptions SMALL = ClaimTestOptions.defaults().withWidths(32L, 64L, 128L, 256L, 512L)
            .withSeeds(2);

    /**
     * Claim, and the order-one quantity whose interval was too wide at 32..512 with 2 seeds in
     * at least one run; these may come out decided (as claimed) or INCONCLUSIVE through that
     * quantity only. The numeric side is still being tuned, and the list only ever shrinks.
     */
    static final Map<String, List<String>> INCONCLUSIVE_AT_THIS_SWEEP = Map.of(
            "zhu2022-false-bottleneck-linear", List.of("sup |f - T_1|"),
            "zhu2022-all-wide-linear", List.of("sup |f - T_0|"),
            "zhu2022-bottleneck-at-the-edges", List.of("sup ||H[[1],[2, 3, 4]]||"),
            "zhu2022-one-bottleneck-depth6", List.of("sup |f - T_1|"),
            "zhu2022-one-bottleneck-depth8", List.of("sup |f - T_1|"),
            "zhu2022-two-bottlenecks", List.of("sup |f - T_2|", "sup |D^3 f|"));
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
            assertEquals(Verdict.REFUTED, result.verdict(), () -> ClaimCase.failure(result));
            AssertionResult refuted = result.assertions().stream().filter(a -> a.verdict() == Verdict.REFUTED)
                    .findFirst().orElseThrow();
            assertFalse(refuted.reason().isBlank());
            String message = ClaimCase.failure(result);
            assertTrue(message.contains(refuted.assertion().kind()), message);
        }));
    }

    private static Stream<ClaimCase> zhu(Path folder) {
        assertTrue(Files.isDirectory(folder), folder.toAbsolutePath().toString());
        List<ClaimCase> cases = ClaimTests.in(folder, SMALL).stream().filter(c -> c.name().startsWith("zhu2022"))
                .toList();
        assertFalse(cases.isEmpty());
        return cases.stream();
    }

    private static String summary(ClaimResult result) {
        StringBuilder b = new StringBuilder(result.claim().id() + ": " + result.verdict());
        for (AssertionResult a : result.assertions()) {
            b.append("\n  ").append(a.assertion().kind()).append(' ').append(a.assertion().claimedText()).append(": ")
                    .append(a.verdict()).append(" - ").append(a.reason());
        }
        return b.toString();
    }
}
