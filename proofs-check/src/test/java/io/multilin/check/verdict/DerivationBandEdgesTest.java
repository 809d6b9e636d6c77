package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Measurement;
import io.multilin.check.verdict.DerivationCheck.Remedy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/VERDICTS.md section 3.2 at the edges of its band: a sweep agrees with a derived p when
 * |s - p| <= tol, the interval overlaps [p - tol, p + tol] and is at most 4 tol wide; it
 * contradicts when the interval lies outside the band. With p = -1/2 and tol = 0.15 the band is
 * [-0.65, -0.35] and the widest agreeing interval is 0.6. Every edge is inclusive: a value written
 * exactly on it is inside, a value 0.001 (or 0.0001) beyond it is outside.
 */
class DerivationBandEdgesTest {

    private static final Quantity Q = new Quantity.HessianNorm();
    private static final double TOL = 0.15;
    private static final Exponent HALF = Exponent.of(-1, 2);
    private static final String HEAD = "sup ||H|| (derived m^-1/2): ";

    private static DerivationCheck check(double s, double lo, double hi) {
        return DerivationCheck.of(Q, HALF, Sweeps.clean(Q, Sweeps.fit(s, lo, hi)), TOL);
    }

    @Test
    void aSlopeExactlyTolFromTheDerivationAgreesAndOneThousandthMoreCannotTell() {
        // |-0.35 - (-1/2)| = 0.15 = tol: on the edge, inside
        DerivationCheck edge = check(-0.35, -0.45, -0.25);
        assertEquals(Agreement.AGREES, edge.agreement());
        assertEquals(HEAD + "slope -0.35 [-0.45, -0.25] (3 seeds, 95%), agrees within 0.15", edge.reason());
        // |-0.349 + 0.5| = 0.151 > tol; the interval [-0.45, -0.25] still overlaps the band, so it
        // cannot tell, and more seeds may narrow it
        DerivationCheck beyond = check(-0.349, -0.45, -0.25);
        assertEquals(Agreement.CANNOT_TELL, beyond.agreement());
        assertEquals(HEAD + "slope -0.349 [-0.45, -0.25] (3 seeds, 95%), cannot tell (slope 0.151 from the derivation)",
                beyond.reason());
        assertEquals(Remedy.MORE_SEEDS, beyond.remedy());
        // the same on the low side: -0.65 is tol below, -0.651 is not
        assertEquals(Agreement.AGREES, check(-0.65, -0.7, -0.6).agreement());
        assertEquals(Agreement.CANNOT_TELL, check(-0.651, -0.7, -0.6).agreement());
    }

    @Test
    void anIntervalTouchingTheBandEdgeOverlapsItAndOneAHairBeyondLiesOutside() {
        // lo = -0.35 = p + tol touches the band: not outside; the slope is 0.2 off, so cannot tell
        DerivationCheck touchesTop = check(-0.3, -0.35, -0.25);
        assertEquals(Agreement.CANNOT_TELL, touchesTop.agreement(), touchesTop.reason());
        assertEquals(Remedy.MORE_SEEDS, touchesTop.remedy());
        // hi = -0.65 = p - tol touches the band from below
        DerivationCheck touchesBottom = check(-0.7, -0.75, -0.65);
        assertEquals(Agreement.CANNOT_TELL, touchesBottom.agreement(), touchesBottom.reason());
        // lo = -0.3499 > -0.35: the whole interval lies above the band
        DerivationCheck above = check(-0.3, -0.3499, -0.25);
        assertEquals(Agreement.CONTRADICTS, above.agreement());
        assertEquals(HEAD + "slope -0.3 [-0.35, -0.25] (3 seeds, 95%), outside [-0.65, -0.35]", above.reason());
        assertEquals(Remedy.LARGER_WIDTHS, above.remedy(), "a contradiction may be pre-asymptotic");
        // hi = -0.6501 < -0.65: the whole interval lies below the band
        DerivationCheck below = check(-0.7, -0.75, -0.6501);
        assertEquals(Agreement.CONTRADICTS, below.agreement());
        assertEquals(HEAD + "slope -0.7 [-0.75, -0.65] (3 seeds, 95%), outside [-0.65, -0.35]", below.reason());
    }

    @Test
    void anIntervalExactlyFourTolWideAgreesAndAHairWiderCannotTell() {
        // hi - lo = -0.2 - (-0.8) = 0.6 = 4 x 0.15
        assertEquals(Agreement.AGREES, check(-0.5, -0.8, -0.2).agreement());
        // 0.6005 > 0.6: wider than the limit, more seeds asked for
        DerivationCheck wide = check(-0.5, -0.8005, -0.2);
        assertEquals(Agreement.CANNOT_TELL, wide.agreement());
        assertEquals(HEAD + "slope -0.5 [-0.801, -0.2] (3 seeds, 95%), cannot tell (interval wider than 0.6)",
                wide.reason());
        assertEquals(Remedy.MORE_SEEDS, wide.remedy());
    }

    @Test
    void theLimitOnTheIntervalScalesWithTheTolerance() {
        // tol = 0.25 (the largest allowed): band [-0.75, -0.25], widest agreeing interval 1.0
        Measurement oneWide = Sweeps.clean(Q, Sweeps.fit(-0.5, -1.0, 0.0));
        assertEquals(Agreement.AGREES, DerivationCheck.of(Q, HALF, oneWide, 0.25).agreement());
        DerivationCheck tight = DerivationCheck.of(Q, HALF, oneWide, 0.15);
        assertEquals(Agreement.CANNOT_TELL, tight.agreement(), "1.0 > 4 x 0.15");
    }

    @Test
    void aDerivationThatDoesNotVanishCannotAgreeWithSomeWidthsAtTheFloor() {
        // p = 0 with the smallest width at the floor but not falling to it: the fit alone would agree
        Measurement firstAtFloor = Sweeps.sweep(Q, Optional.of(Sweeps.fit(0.0, -0.05, 0.05, 4)), false,
                true, false, false, false, false);
        DerivationCheck flat = DerivationCheck.of(Q, Exponent.of(0, 1), firstAtFloor, TOL);
        assertEquals(Agreement.CANNOT_TELL, flat.agreement());
        assertEquals("sup ||H|| (derived m^0): slope 0 [-0.05, 0.05] (3 seeds, 95%), cannot tell (some widths at the"
                + " noise floor or left out of the fit)", flat.reason());
        // slope and interval are fine, so more seeds would not change anything
        assertEquals(Remedy.NONE, flat.remedy());
        // p = -1/2 vanishes: a width at the floor is expected, and the fit decides
        Measurement vanishing = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.5, -0.6, -0.4, 4)), false,
                true, false, false, false, false);
        assertEquals(Agreement.AGREES, DerivationCheck.of(Q, HALF, vanishing, TOL).agreement());
    }

    @Test
    void aGrowingDerivationHasItsBandAroundP() {
        // p = 1/2, band [0.35, 0.65]; the same edges as below zero
        Exponent up = Exponent.of(1, 2);
        assertEquals(Agreement.AGREES, DerivationCheck.of(Q, up, Sweeps.clean(Q, Sweeps.fit(0.65, 0.6, 0.7)), TOL)
                .agreement());
        assertEquals(Agreement.CONTRADICTS, DerivationCheck.of(Q, up, Sweeps.clean(Q, Sweeps.fit(0.75, 0.6501, 0.8)), TOL)
                .agreement());
    }
}
