package io.multilin.check.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.ClaimYaml;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.testing.ClaimArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated claims written as claim files read back as the same claim. */
class ClaimRoundTripProperties {

    @Property(tries = 300, seed = "20240604")
    void theParserRoundTripsGeneratedClaims(@ForAll("claims") NetworkClaim claim) {
        String yaml = ClaimYaml.write(claim);
        ParsedClaim parsed = new ClaimParser().parse("generated.yaml", yaml);
        assertTrue(parsed.errors().isEmpty(), () -> parsed.errors() + "\n" + yaml);
        NetworkClaim back = ClaimKinds.asNetwork(parsed.claim().orElseThrow());
        assertEquals(claim.id(), back.id());
        assertEquals(claim.title(), back.title(), yaml);
        assertEquals(claim.source(), back.source());
        assertEquals(claim.architecture(), back.architecture(), yaml);
        assertEquals(claim.radius(), back.radius());
        assertEquals(claim.tolerance(), back.tolerance());
        assertEquals(claim.sweep(), back.sweep(), yaml);
        assertEquals(claim.assertions().stream().map(ClaimRoundTripProperties::spelling).toList(),
                back.assertions().stream().map(ClaimRoundTripProperties::spelling).toList(), yaml);
    }

    private static String spelling(Assertion a) {
        return a.kind() + ": " + a.claimedText();
    }

    @Provide
    Arbitrary<NetworkClaim> claims() {
        return ClaimArbitraries.claims();
    }
}
