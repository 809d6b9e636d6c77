package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.testing.ClaimCase;
import io.multilin.check.testing.ClaimTestOptions;
import io.multilin.check.testing.ClaimTests;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled Liu et al. and Hajjar et al. claims (Hessian exponents, kernels, linearity in
 * NTK and standard coordinates, init scales, one-step changes and where integrable networks
 * turn stationary) through the whole pipeline at their own sweeps, as `./multilin check`
 * runs them: every one VERIFIED. About 1.5 minutes on two threads; the results do not depend
 * on the thread count.
 */
class LiuHajjarClaimsTest {

    @TestFactory
    Stream<DynamicTest> libraryClaimsAreVerified() {
        List<ClaimCase> cases = ClaimTests.in(ZhuClaimsCrossCheckTest.CLAIMS, ClaimTestOptions.defaults().withThreads(2))
                .stream().filter(c -> c.name().startsWith("liu2020") || c.name().startsWith("hajjar2021")).toList();
        assertTrue(cases.size() >= 18, "the Liu and Hajjar library: " + cases.size() + " files");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ClaimResult result = c.run();
            assertEquals(Verdict.VERIFIED, result.verdict(), () -> ClaimCase.failure(result));
        }));
    }
}
