package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.real.NumericAdapter;
import io.multilin.check.testing.ArchitectureArbitraries;
import io.multilin.check.verdict.Mode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Batch (b) of the adversarial suite: the same near misses through both sides, the numeric
 * side measuring at small widths. The numeric side only checks the derivation, so a false
 * variant may come out REFUTED, or INCONCLUSIVE or DISAGREEMENT when these widths cannot
 * confirm the derivation, but never VERIFIED. Each network's variants are two claims (its own
 * tolerance, and the largest) sharing one numeric adapter, so each quantity is swept once.
 * No shrinking: a shrink step would re-run sweeps, and a failure names its network anyway.
 */
class BothSidesNearMissTest {

    static final int MIN_FALSE = 200;
    /** Explicit widths are never raised (SweepDefaults): the sweep stays this small. */
    static final List<Long> WIDTHS = List.of(16L, 32L, 64L, 128L, 256L);
    static final int SEEDS = 2;
    static final int MAX_DEPTH = 4;

    // one adapter for every claim: its cache keeps each (network, quantity)'s cells across claims
    private final VariantClaims claims = new VariantClaims(SymbolicNearMissTest.checker(Mode.BOTH,
            new SweepDefaults(WIDTHS, SEEDS, SweepDefaults.SEED, 1), new NumericAdapter()));
    private final Tally total = new Tally("both-sides near misses (m = 16..256, " + SEEDS + " seeds)", Mode.BOTH);

    /** The library's networks small enough for this sweep (depth <= 4), at their claims' tolerances. */
    @BeforeProperty
    void libraryNetworks() {
        for (NetworkClaim claim : Library.distinctNetworks(Library.trueClaims())) {
            if (claim.architecture().depth() <= MAX_DEPTH) {
                SymbolicNearMissTest.checkNetwork(claims, claim.architecture(), claim.radius(), claim.tolerance(),
                        total);
            }
        }
    }

    @Property(tries = 12, seed = "20250111", shrinking = ShrinkingMode.OFF)
    void noNearMissIsVerified(@ForAll("networks") Architecture network, @ForAll("tolerances") double tolerance) {
        SymbolicNearMissTest.checkNetwork(claims, network, 1.0, tolerance, total);
    }

    @AfterProperty
    void countIsLargeEnough() {
        System.out.println(total.summary());
        // what the small widths could not confirm, so that a pattern (one rule, one activation) stands out
        total.contradictions().forEach(c -> System.out.println("  DISAGREEMENT: " + c));
        assertTrue(total.falseByDerivation() >= MIN_FALSE, "only " + total.falseByDerivation()
                + " variants false by the derivation were tried, the suite asks for " + MIN_FALSE);
    }

    /** Small networks: inputs 2..4, depth 2..4. */
    @Provide
    Arbitrary<Architecture> networks() {
        return ArchitectureArbitraries.smoothNetworks(2, MAX_DEPTH, 4);
    }

    @Provide
    Arbitrary<Double> tolerances() {
        return Arbitraries.of(0.05, 0.1, 0.15, 0.2, 0.25);
    }
}
