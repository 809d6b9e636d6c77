package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.real.NumericAdapter;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * {@code --only numeric} has no derivation: it compares the claim with the measurement using
 * the tolerance, so near misses within the tolerance pass it. That is allowed only under its
 * own name (docs/VERDICTS.md): no verdict of it may be printed as a plain VERIFIED. One
 * library network's near misses at the small sweep of the both-sides batch show it.
 */
class NumericOnlyNearMissTest {

    @Test
    void numericOnlyNeverPrintsAPlainVerified() {
        NetworkClaim liu = Library.trueClaims().stream().filter(c -> c.id().equals("liu2020-tanh-wide-linear")).findFirst()
                .orElseThrow();
        VariantClaims claims = new VariantClaims(SymbolicNearMissTest.checker(Mode.NUMERIC,
                new SweepDefaults(BothSidesNearMissTest.WIDTHS, BothSidesNearMissTest.SEEDS, SweepDefaults.SEED, 1),
                new NumericAdapter()));
        List<Variant> variants = new NearMissVariants(ScalingAnalysis.of(liu.architecture()))
                .all(List.of(new Fraction(1, 10), Spellings.exact(liu.tolerance())));
        List<AssertionResult> results = claims.results(liu.architecture(), liu.radius(), liu.tolerance(), variants);
        int falseVariants = 0;
        int passedByTolerance = 0;
        for (int i = 0; i < variants.size(); i++) {
            AssertionResult r = results.get(i);
            assertTrue(r.label().endsWith("(numeric only)") && r.reason().startsWith("numeric only"),
                    () -> r.assertion().kind() + " " + r.assertion().claimedText() + ": " + r.label());
            if (variants.get(i).isFalse()) {
                falseVariants++;
                passedByTolerance += r.verdict() == Verdict.VERIFIED ? 1 : 0;
            }
        }
        System.out.println("numeric only on " + liu.id() + ": " + passedByTolerance + " of " + falseVariants
                + " false variants pass the tolerance (labelled VERIFIED (numeric only)); with the derivation none does");
        assertTrue(falseVariants > 50, "the network has near misses: " + falseVariants);
    }
}
