package org.example.claims;

import static io.multilin.check.testing.NetworkAssert.assertThat;

import io.multilin.check.testing.ClaimTestOptions;
import io.multilin.check.testing.ClaimTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MyClaimsTest {

    /** One test per claim file; a claim that is not VERIFIED fails with the verdict's reason. */
    @TestFactory
    Stream<DynamicTest> claims() {
        ClaimTestOptions options = ClaimTestOptions.defaults().symbolicOnly();
        return ClaimTests.in(Path.of("src/test/resources/claims"), options).stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), c.file().toUri(), c::check));
    }

    /** The same kind of statement inline, in Java. */
    @Test
    void oneBottleneckIsBilinear() {
        assertThat("8, m, 2, m, 1").isMultilinearOfDegree(2).hasTaylorDegree(2).isNotLinear();
    }

    /** Measured too: both sides must agree (a small sweep, 5 widths spanning 16x, 1 seed). */
    @Test
    void wideNetworkIsLinearMeasured() {
        assertThat("4, m, 1").measuredToo(java.util.List.of(32L, 64L, 128L, 256L, 512L), 2).isLinear();
    }
}
