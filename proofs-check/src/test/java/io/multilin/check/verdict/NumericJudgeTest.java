package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.WidthPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The table of docs/VERDICTS.md, row by row, at and around its boundaries (tol = 0.15). */
class NumericJudgeTest {

    private static final Quantity Q = new Quantity.TaylorResidual(1);
    private static final double TOL = 0.15;
    private static final Property VANISHES = new Property.Vanishes();
    private static final Property ORDER_ONE = new Property.OrderOne();
    private static final Property GROWS_OR_ONE = new Property.DoesNotVanish();

    static Outcome judge(Property p, double s, double lo, double hi) {
        return NumericJudge.judge(Q, p, Synthetic.withFit(Q, s, lo, hi), TOL).outcome();
    }

    @Test
    void vanishes() {
        assertEquals(Outcome.SUPPORTS, judge(VANISHES, -0.5, -0.6, -0.4));
        assertEquals(Outcome.SUPPORTS, judge(VANISHES, -0.2, -0.3, -0.1001));
        assertEquals(Outcome.UNDECIDED, judge(VANISHES, -0.2, -0.3, -0.1));   // hi = -0.1 is not < -0.1
        assertEquals(Outcome.UNDECIDED, judge(VANISHES, -0.1, -0.2, 0.0));    // straddles -0.1
        assertEquals(Outcome.UNDECIDED, judge(VANISHES, 0.0, -0.1, 0.1));     // lo = -0.1 is not > -0.1
        assertEquals(Outcome.CONTRADICTS, judge(VANISHES, 0.0, -0.0999, 0.1));
        assertEquals(Outcome.CONTRADICTS, judge(VANISHES, 0.02, -0.03, 0.07));
    }

    @Test
    void refutationReasonNamesTheQuantityAndTheNumbers() {
        Judgement j = NumericJudge.judge(Q, VANISHES, Synthetic.withFit(Q, 0.02, -0.03, 0.07), TOL);
        assertEquals("sup |f - T_1|: slope 0.02 [-0.03, 0.07], expected to vanish (hi < -0.1)", j.reason());
    }

    @Test
    void doesNotVanishIsTheNegationPattern() {
        assertEquals(Outcome.SUPPORTS, judge(GROWS_OR_ONE, 0.0, -0.0999, 0.1));
        assertEquals(Outcome.SUPPORTS, judge(GROWS_OR_ONE, 1.0, 0.9, 1.1));
        assertEquals(Outcome.UNDECIDED, judge(GROWS_OR_ONE, 0.0, -0.1, 0.1));
        assertEquals(Outcome.CONTRADICTS, judge(GROWS_OR_ONE, -0.5, -0.6, -0.4));
        assertEquals(Outcome.CONTRADICTS, NumericJudge.judge(Q, GROWS_OR_ONE, Synthetic.atFloor(Q), TOL).outcome());
    }

    @Test
    void orderOne() {
        assertEquals(Outcome.SUPPORTS, judge(ORDER_ONE, 0.0, -0.05, 0.05));
        assertEquals(Outcome.SUPPORTS, judge(ORDER_ONE, 0.15, 0.05, 0.25));     // |s| = tol
        assertEquals(Outcome.SUPPORTS, judge(ORDER_ONE, -0.15, -0.2499, -0.05));
        assertEquals(Outcome.UNDECIDED, judge(ORDER_ONE, 0.16, 0.1, 0.22));     // |s| > tol, lo <= tol
        assertEquals(Outcome.UNDECIDED, judge(ORDER_ONE, -0.1, -0.25, 0.05));   // lo = -0.25 is not > -0.25
        assertEquals(Outcome.CONTRADICTS, judge(ORDER_ONE, -0.5, -0.6, -0.1001)); // vanishes
        assertEquals(Outcome.CONTRADICTS, judge(ORDER_ONE, 0.5, 0.1501, 0.6));    // grows
        assertEquals(Outcome.UNDECIDED, judge(ORDER_ONE, 0.0, -0.24, 0.65));      // too wide to support
    }

    @Test
    void exponent() {
        Property half = new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5));
        assertEquals(Outcome.SUPPORTS, judge(half, -0.5, -0.55, -0.45));
        assertEquals(Outcome.SUPPORTS, judge(half, -0.35, -0.4, -0.3));        // |s - e| = tol
        assertEquals(Outcome.UNDECIDED, judge(half, -0.34, -0.4, -0.3));       // |s - e| > tol, overlaps
        assertEquals(Outcome.CONTRADICTS, judge(half, -0.3, -0.3499, -0.25));  // lo > e + tol
        assertEquals(Outcome.UNDECIDED, judge(half, -0.3, -0.35, -0.25));      // lo = e + tol touches
        assertEquals(Outcome.CONTRADICTS, judge(half, -1.0, -1.1, -0.6501));   // hi < e - tol
        assertEquals(Outcome.UNDECIDED, judge(half, -0.5, -1.0, 0.0));         // too wide to support
        Judgement off = NumericJudge.judge(Q, half, Synthetic.withFit(Q, -1.0, -1.1, -0.9), TOL);
        assertTrue(off.reason().contains("off by -0.5"), off::reason);
    }

    @Test
    void nanAndInfNeverSupport() {
        Measurement nan = Synthetic.withNaN(Q);
        for (Property p : List.of(VANISHES, ORDER_ONE, GROWS_OR_ONE, new Property.Exponent(io.multilin.check.fakes.Exact.e(0)))) {
            Judgement j = NumericJudge.judge(Q, p, nan, TOL);
            assertEquals(Outcome.UNDECIDED, j.outcome(), p::toString);
            assertTrue(j.reason().contains("NaN"), j::reason);
        }
        Measurement infiniteFit = new Measurement(Q, Synthetic.withFit(Q, 0, 0, 0).points(),
                Optional.of(new Fit(Double.POSITIVE_INFINITY, 0, 1, 1, 5, Synthetic.WIDTHS, 3, 0.95)), false, Optional.empty());
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, ORDER_ONE, infiniteFit, TOL).outcome());
        Measurement flagged = Measurement.invalid(Q, "NaN in the Hessian-vector product at m = 512");
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, VANISHES, flagged, TOL).outcome());
    }

    @Test
    void theNoiseFloor() {
        // falling to the floor is vanishing, and nothing else
        Measurement floor = Synthetic.atFloor(Q);
        assertEquals(Outcome.SUPPORTS, NumericJudge.judge(Q, VANISHES, floor, TOL).outcome());
        assertEquals(Outcome.CONTRADICTS, NumericJudge.judge(Q, ORDER_ONE, floor, TOL).outcome());
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, new Property.Exponent(io.multilin.check.fakes.Exact.e(-1)), floor, TOL).outcome());
        // two widths above the floor are too few, even with a fit that would otherwise support
        List<WidthPoint> points = new ArrayList<>(Synthetic.withFit(Q, 0, 0, 0).points());
        for (int i = 0; i < 3; i++) {
            WidthPoint p = points.get(i);
            points.set(i, new WidthPoint(p.m(), List.of(1e-16), 1e-16, 1e-16, 1e-16, 1e-13, true, "gradient"));
        }
        Measurement sparse = new Measurement(Q, points,
                Optional.of(new Fit(0, -0.05, 0.05, 1, 2, List.of(512L, 1024L), 3, 0.95)), false, Optional.empty());
        Judgement j = NumericJudge.judge(Q, ORDER_ONE, sparse, TOL);
        assertEquals(Outcome.UNDECIDED, j.outcome());
        assertTrue(j.reason().contains("only 2 widths above the noise floor"), j::reason);
        // values at the floor never support order one or an exponent, even beside a good fit
        Measurement partial = new Measurement(Q, points,
                Optional.of(new Fit(0, -0.05, 0.05, 1, 3, List.of(256L, 512L, 1024L), 3, 0.95)), false, Optional.empty());
        partial = new Measurement(Q, withOneAtFloor(), partial.fit(), false, Optional.empty());
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, ORDER_ONE, partial, TOL).outcome());
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, new Property.Exponent(io.multilin.check.fakes.Exact.e(0)), partial, TOL).outcome());
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, GROWS_OR_ONE, partial, TOL).outcome());
    }

    private static List<WidthPoint> withOneAtFloor() {
        List<WidthPoint> points = new ArrayList<>(Synthetic.withFit(Q, 0, 0, 0).points());
        WidthPoint p = points.get(0);
        points.set(0, new WidthPoint(p.m(), List.of(1e-16), 1e-16, 1e-16, 1e-16, 1e-13, true, "gradient"));
        return points;
    }

    @Test
    void syntheticPowerLawsAreRecognised() {
        assertEquals(Outcome.SUPPORTS, NumericJudge.judge(Q, new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)),
                Synthetic.powerLaw(Q, -0.5), TOL).outcome());
        assertEquals(Outcome.CONTRADICTS, NumericJudge.judge(Q, new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)),
                Synthetic.powerLaw(Q, -1), TOL).outcome());
        assertEquals(Outcome.SUPPORTS, NumericJudge.judge(Q, VANISHES, Synthetic.powerLaw(Q, -1), TOL).outcome());
        assertEquals(Outcome.SUPPORTS, NumericJudge.judge(Q, ORDER_ONE, Synthetic.powerLaw(Q, 0), TOL).outcome());
    }
}
