package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.testing.ArchitectureArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The other half of "tolerance inflated": a tolerance may not exceed 0.25 (docs/CLAIMS.md),
 * so a claim cannot buy room for its numeric check by asking for it. Anything above 0.25, or
 * not positive, is a parse error at the tolerance's line naming the key; 0.25 itself, in any
 * spelling, is accepted.
 */
class ToleranceBoundTest {

    @Property(tries = 60, seed = "20250112")
    void aToleranceAboveTheBoundIsAnErrorNamingTheKey(@ForAll("networks") Architecture network,
                                                      @ForAll("outOfBounds") String tolerance) {
        String text = claim(network, tolerance);
        ParsedClaim parsed = new ClaimParser().parse("inflated.yaml", text);
        assertTrue(parsed.claim().isEmpty(), () -> "tolerance " + tolerance + " was accepted:\n" + text);
        List<ClaimError> errors = parsed.errors();
        assertEquals(1, errors.size(), () -> "one error, about the tolerance: " + errors);
        ClaimError error = errors.get(0);
        assertEquals("tolerance", error.key(), error::format);
        assertEquals(toleranceLine(text), error.line(), error::format);
        assertTrue(error.message().contains("0.25"), () -> "the message says the bound: " + error.format());
    }

    @Property(tries = 20, seed = "20250113")
    void theBoundItselfIsAccepted(@ForAll("networks") Architecture network, @ForAll("atTheBound") String tolerance) {
        ParsedClaim parsed = new ClaimParser().parse("bound.yaml", claim(network, tolerance));
        assertTrue(parsed.errors().isEmpty(), () -> parsed.errors().toString());
        assertEquals(0.25, parsed.claim().orElseThrow().tolerance());
    }

    /** A valid claim but for its tolerance; the assertion is irrelevant to the bound. */
    private static String claim(Architecture network, String tolerance) {
        return VariantClaims.network(network, 1.0) + "assert:\n  - linear: true\ntolerance: " + tolerance + "\n";
    }

    private static int toleranceLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("tolerance:")) {
                return i + 1;
            }
        }
        throw new AssertionError("no tolerance line in\n" + text);
    }

    @Provide
    Arbitrary<Architecture> networks() {
        return ArchitectureArbitraries.smoothNetworks(2, 6, 8);
    }

    /** Just above the bound in several spellings, far above it, and not positive. */
    @Provide
    Arbitrary<String> outOfBounds() {
        return Arbitraries.of("0.26", "0.250001", "0.2500000001", "0.3", "0.5", "1", "2", "1/3", "26e-2", "0", "0.0",
                "-0.1", "-1/4");
    }

    @Provide
    Arbitrary<String> atTheBound() {
        return Arbitraries.of("0.25", "0.250", "1/4", "2/8", "25e-2");
    }
}
