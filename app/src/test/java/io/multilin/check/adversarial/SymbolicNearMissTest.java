package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.sides.real.NumericAdapter;
import io.multilin.check.sides.real.SymbolicAdapter;
import io.multilin.check.testing.ArchitectureArbitraries;
import io.multilin.check.testing.ClaimCase;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Batch (a) of the adversarial suite, symbolic only: near-miss false variants of what the
 * symbolic side derives for the networks of the library's true claims and for generated
 * networks (depth 2..6, every smooth activation and named parameterization, with and without
 * bottlenecks) must all be REFUTED (UNSUPPORTED where no rule applies), never VERIFIED; the
 * derived truth itself must be VERIFIED in every exact spelling, or the generator is wrong.
 * A failing network shrinks to the smallest that fails.
 */
class SymbolicNearMissTest {

    /** The suite must not silently shrink below this many variants that are false by the derivation. */
    static final int MIN_FALSE = 2000;
    /** Exponent moves of every claim, besides the claim's own tolerance. */
    static final List<Fraction> MOVES = List.of(new Fraction(1, 10), new Fraction(1, 4));
    /** The largest tolerance a claim may have (docs/CLAIMS.md): the "inflated" one. */
    static final double MAX_TOLERANCE = 0.25;

    private final ClaimChecker checker = checker(Mode.SYMBOLIC, SweepDefaults.of(SweepDefaults.SEED, 1),
            new NumericAdapter());
    private final VariantClaims claims = new VariantClaims(checker);
    private final Tally total = new Tally("symbolic near misses (library and generated networks)", Mode.SYMBOLIC);

    /** The real sides; the symbolic adapter keeps one analysis per architecture for every claim about it. */
    static ClaimChecker checker(Mode mode, SweepDefaults defaults, NumericAdapter numeric) {
        return new ClaimChecker(new Sides(new SymbolicAdapter(), numeric), mode, defaults, ProgressListener.NONE);
    }

    /**
     * The networks of the library's true claims first. Each claim itself must be VERIFIED
     * symbolically: it states the derived truth, so near misses of it are near misses of a
     * true statement.
     */
    @BeforeProperty
    void libraryNetworks() throws InterruptedException {
        List<NetworkClaim> library = Library.trueClaims();
        for (NetworkClaim claim : library) {
            ClaimResult own = checker.check(claim);
            assertEquals(Verdict.VERIFIED, own.verdict(), () -> ClaimCase.failure(own));
        }
        for (NetworkClaim claim : Library.distinctNetworks(library)) {
            checkNetwork(claims, claim.architecture(), claim.radius(), claim.tolerance(), total);
        }
    }

    @Property(tries = 100, seed = "20250110")
    void noNearMissIsVerified(@ForAll("networks") Architecture network, @ForAll("tolerances") double tolerance) {
        // shows in the jqwik report that every activation, parameterization and shape was drawn
        Statistics.label("activation").collect(network.activation().spelling().replaceFirst("\\(.*", ""));
        Statistics.label("parameterization").collect(network.parameterization().spelling());
        Statistics.label("shape").collect(network.bottlenecks().isEmpty() ? "all wide" : "bottlenecks",
                "depth " + network.depth());
        checkNetwork(claims, network, 1.0, tolerance, total);
    }

    /** Checks every variant of one network, fails on the first network with an unexpected verdict. */
    static void checkNetwork(VariantClaims claims, Architecture network, double radius, double tolerance,
                             Tally total) {
        Tally one = new Tally("one network", total.mode());
        checkAll(claims, network, radius, tolerance, one);
        assertTrue(one.failures().isEmpty(), one::failureReport);
        total.absorb(one);
    }

    @AfterProperty
    void countIsLargeEnough() {
        System.out.println(total.summary());
        assertTrue(total.falseByDerivation() >= MIN_FALSE, "only " + total.falseByDerivation()
                + " variants false by the derivation were tried, the suite asks for " + MIN_FALSE);
    }

    /**
     * Every variant of one network: one claim at {@code tolerance} with exponents moved by 0.1,
     * 0.25 and the tolerance, and one at the largest tolerance 0.25 with exponents 0.25 off
     * (an inflated tolerance must not let a claim through: it belongs to the numeric check).
     */
    static void checkAll(VariantClaims claims, Architecture network, double radius, double tolerance, Tally tally) {
        NearMissVariants variants = new NearMissVariants(ScalingAnalysis.of(network));
        List<Fraction> moves = new ArrayList<>(MOVES);
        Fraction own = Spellings.exact(tolerance);
        if (!moves.contains(own)) {
            moves.add(own);
        }
        claims.check(network, radius, tolerance, variants.all(moves), tally);
        claims.check(network, radius, MAX_TOLERANCE, variants.exponentMoves(List.of(Spellings.exact(MAX_TOLERANCE))),
                tally);
    }

    @Provide
    Arbitrary<Architecture> networks() {
        return ArchitectureArbitraries.smoothNetworks(2, 6, 8);
    }

    @Provide
    Arbitrary<Double> tolerances() {
        return Arbitraries.of(0.05, 0.1, 0.15, 0.2, 0.25);
    }
}
