package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.WidthPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The table of docs/VERDICTS.md: a measurement against a derived exponent p with tolerance tol. */
class DerivationCheckTest {

    private static final Quantity Q = new Quantity.HessianNorm();
    private static final double TOL = 0.15;
    private static final Exponent HALF = Exponent.of(-1, 2);

    static DerivationCheck check(Exponent p, Measurement m) {
        return DerivationCheck.of(Q, p, m, TOL);
    }

    static Agreement agreement(Exponent p, double s, double lo, double hi) {
        return check(p, Synthetic.withFit(Q, s, lo, hi)).agreement();
    }

    @Test
    void agreesWhenTheSlopeIsWithinTolAndTheIntervalOverlapsTheBand() {
        assertEquals(Agreement.AGREES, agreement(HALF, -0.5, -0.6, -0.4));
        assertEquals(Agreement.AGREES, agreement(HALF, -0.35, -0.45, -0.25), "|s - p| = tol exactly");
        assertEquals(Agreement.AGREES, agreement(HALF, -0.65, -0.7, -0.6), "|s - p| = tol on the other side");
        assertEquals(Agreement.AGREES, agreement(Exponent.of(0, 1), 0.1, -0.05, 0.25));
    }

    @Test
    void contradictsWhenTheIntervalLiesOutsideTheBand() {
        assertEquals(Agreement.CONTRADICTS, agreement(HALF, -0.1, -0.3, 0.0), "lo above p + tol = -0.35");
        assertEquals(Agreement.CONTRADICTS, agreement(HALF, -1.0, -1.1, -0.7), "hi below p - tol = -0.65");
        assertEquals(Agreement.CONTRADICTS, agreement(Exponent.of(0, 1), -0.19, -0.22, -0.16),
                "a pre-asymptotic slope of -0.19 against m^0 (issue 10's narrow bottlenecks)");
    }

    @Test
    void cannotTellOtherwise() {
        assertEquals(Agreement.CANNOT_TELL, agreement(HALF, -0.3, -0.5, -0.1), "slope 0.2 off, interval overlaps");
        DerivationCheck wide = check(HALF, Synthetic.withFit(Q, -0.5, -0.85, -0.15));
        assertEquals(Agreement.CANNOT_TELL, wide.agreement(), "interval 0.7 wide > 4 tol");
        assertEquals(DerivationCheck.Remedy.MORE_SEEDS, wide.remedy());
        assertTrue(wide.reason().contains("wider than"), wide.reason());
    }

    @Test
    void aContradictionAsksForLargerWidths() {
        assertEquals(DerivationCheck.Remedy.LARGER_WIDTHS, check(HALF, Synthetic.withFit(Q, -0.1, -0.3, 0.0)).remedy());
        assertEquals(DerivationCheck.Remedy.NONE, check(HALF, Synthetic.withFit(Q, -0.5, -0.6, -0.4)).remedy());
    }

    @Test
    void identicallyZeroAgreesWithValuesAtTheFloorEverywhere() {
        DerivationCheck zero = check(Exponent.ZERO_FUNCTION, Synthetic.atFloor(Q));
        assertEquals(Agreement.AGREES, zero.agreement());
        assertTrue(zero.reason().contains("zero within precision at every width"), zero.reason());
        assertEquals(Agreement.CONTRADICTS, check(Exponent.ZERO_FUNCTION, Synthetic.powerLaw(Q, -0.5)).agreement(),
                "a quantity derived zero but measured above the floor at every width");
    }

    @Test
    void valuesAtTheFloorContradictANonVanishingDerivation() {
        assertEquals(Agreement.CONTRADICTS, check(Exponent.of(0, 1), Synthetic.atFloor(Q)).agreement());
        assertEquals(Agreement.CANNOT_TELL, check(HALF, Synthetic.atFloor(Q)).agreement(),
                "m^-1/2 cannot be measured from values at the floor everywhere");
    }

    @Test
    void fallingToTheFloorAgreesWithAVanishingDerivation() {
        Measurement falls = falling();
        assertEquals(Agreement.AGREES, check(HALF, falls).agreement());
        assertEquals(Agreement.CONTRADICTS, check(Exponent.of(0, 1), falls).agreement());
    }

    @Test
    void nanAndDroppedProbesAndUnconvergedWidthsNeverAgree() {
        assertEquals(Agreement.CANNOT_TELL, check(Exponent.of(0, 1), Synthetic.withNaN(Q)).agreement());
        Measurement good = Synthetic.powerLaw(Q, -0.5);
        assertEquals(Agreement.AGREES, check(HALF, good).agreement());
        assertEquals(Agreement.CANNOT_TELL, check(HALF, withLast(good, List.of("random#1: budget"), true)).agreement());
        DerivationCheck unconverged = check(HALF, withLast(good, List.of(), false));
        assertEquals(Agreement.CANNOT_TELL, unconverged.agreement());
        assertTrue(unconverged.reason().contains("did not converge"), unconverged.reason());
    }

    @Test
    void tooFewWidthsAboveTheFloorCannotTell() {
        Measurement m = Synthetic.withFit(Q, -0.5, -0.6, -0.4);
        Measurement two = new Measurement(Q, m.points(), m.fit().map(f -> new io.multilin.check.sides.Fit(f.slope(),
                f.ci95Low(), f.ci95High(), f.r2(), 2, List.of(512L, 1024L), 3, 0.95)), false, Optional.empty());
        assertEquals(Agreement.CANNOT_TELL, check(HALF, two).agreement());
    }

    @Test
    void aNonVanishingDerivationNeedsEveryWidthInTheFit() {
        // the median is above the floor at every width, but one seed was at its floor at the two
        // largest widths, so the fit left them out: a slope from the small widths alone cannot
        // show that a quantity derived of order one stays of order one
        Measurement m = Synthetic.withFit(Q, 0.0, -0.05, 0.05);
        Measurement partial = new Measurement(Q, m.points(), m.fit().map(f -> new io.multilin.check.sides.Fit(
                f.slope(), f.ci95Low(), f.ci95High(), f.r2(), 3, List.of(64L, 128L, 256L), 3, 0.95)), false,
                Optional.empty());
        assertEquals(Agreement.AGREES, check(Exponent.of(0, 1), m).agreement());
        assertEquals(Agreement.CANNOT_TELL, check(Exponent.of(0, 1), partial).agreement());
        Measurement halfPartial = new Measurement(Q, m.points(), partial.fit().map(f -> new io.multilin.check.sides
                .Fit(-0.5, -0.55, -0.45, 1, 3, f.widthsUsed(), 3, 0.95)), false, Optional.empty());
        assertEquals(Agreement.AGREES, check(HALF, halfPartial).agreement(), "a vanishing quantity may reach its floor");
    }

    private static Measurement falling() {
        List<WidthPoint> points = new ArrayList<>(Synthetic.powerLaw(Q, -0.5).points());
        WidthPoint last = points.remove(points.size() - 1);
        points.add(new WidthPoint(last.m(), List.of(1e-16, 1e-16, 1e-16), 1e-16, 1e-16, 1e-16, Synthetic.FLOOR, true,
                "gradient"));
        Measurement base = Synthetic.powerLaw(Q, -0.5);
        return new Measurement(Q, points, base.fit(), true, Optional.empty());
    }

    private static Measurement withLast(Measurement m, List<String> dropped, boolean converged) {
        List<WidthPoint> points = new ArrayList<>(m.points());
        WidthPoint p = points.remove(points.size() - 1);
        points.add(new WidthPoint(p.m(), p.seedValues(), p.median(), p.min(), p.max(), p.noiseFloor(), p.atFloor(),
                p.probe(), List.of(p.probe()), dropped, converged));
        return new Measurement(Q, points, m.fit(), m.fallsToFloor(), Optional.empty());
    }
}
