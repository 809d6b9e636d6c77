package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.Exact;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Measurement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The claim against a sweep by the tolerance (NumericJudge, tol = 0.15) exactly at each of its
 * constants: vanishing needs hi < VANISHING_SLOPE = -0.1 (strict), not vanishing lo > -0.1,
 * order one |s| <= tol with lo > ORDER_ONE_FLOOR = -0.25 and lo <= tol, an exponent e the band
 * [e - tol, e + tol]; order one and exponents need an interval at most 4 tol = 0.6 wide; every
 * fit needs MIN_WIDTHS = 3 widths above the floor. Values from NumericJudge's constants.
 */
class NumericJudgeEdgesTest {

    private static final Quantity Q = new Quantity.TaylorResidual(1);
    private static final double TOL = 0.15;
    private static final Property VANISHES = new Property.Vanishes();
    private static final Property ORDER_ONE = new Property.OrderOne();
    private static final Property DOES_NOT_VANISH = new Property.DoesNotVanish();
    private static final Property HALF = new Property.Exponent(Exact.e(-0.5));
    private static final String LABEL = "sup |f - T_1|: ";

    private static Judgement judge(Property p, double s, double lo, double hi) {
        return NumericJudge.judge(Q, p, Sweeps.clean(Q, Sweeps.fit(s, lo, hi)), TOL);
    }

    @Test
    void threeWidthsAboveTheFloorAreEnoughAndTwoAreNot() {
        Measurement three = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.5, -0.6, -0.4, 3)), false,
                true, true, false, false, false);
        assertEquals(Outcome.SUPPORTS, NumericJudge.judge(Q, VANISHES, three, TOL).outcome());
        // a fit over 3 widths beside only 2 widths above the floor: the smaller count is reported
        Measurement twoAbove = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.5, -0.6, -0.4, 3)), false,
                true, true, true, false, false);
        Judgement sparse = NumericJudge.judge(Q, VANISHES, twoAbove, TOL);
        assertEquals(Outcome.UNDECIDED, sparse.outcome());
        assertEquals(LABEL + "only 2 widths above the noise floor, need 3 for a fit", sparse.reason());
        // five widths above the floor, a fit over two
        Judgement fitOnTwo = NumericJudge.judge(Q, VANISHES, Sweeps.clean(Q, Sweeps.fit(-0.5, -0.6, -0.4, 2)), TOL);
        assertEquals(Outcome.UNDECIDED, fitOnTwo.outcome());
        assertEquals(LABEL + "only 2 widths above the noise floor, need 3 for a fit", fitOnTwo.reason());
    }

    @Test
    void anUndecidedReasonMentionsTheFloorOnlyWhenSomeWidthIsAtIt() {
        // hi = 0 is not below -0.1 and lo = -0.2 not above: cannot decide either way
        Judgement clean = judge(VANISHES, -0.1, -0.2, 0.0);
        assertEquals(Outcome.UNDECIDED, clean.outcome());
        assertEquals(LABEL + "slope -0.1 [-0.2, 0], cannot decide whether it vanishes; more seeds or widths needed",
                clean.reason());
        Measurement oneAtFloor = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.1, -0.2, 0.0, 4)), false,
                true, false, false, false, false);
        assertEquals(LABEL + "slope -0.1 [-0.2, 0], cannot decide whether it vanishes (some widths are at the noise"
                + " floor); more seeds or widths needed", NumericJudge.judge(Q, VANISHES, oneAtFloor, TOL).reason());
        // a clean lo > -0.1 contradicts vanishing; the same fit with a width at the floor does not
        Measurement flatWithFloor = Sweeps.sweep(Q, Optional.of(Sweeps.fit(0.0, -0.05, 0.05, 4)), false,
                true, false, false, false, false);
        assertEquals(Outcome.CONTRADICTS, judge(VANISHES, 0.0, -0.05, 0.05).outcome());
        assertEquals(Outcome.UNDECIDED, NumericJudge.judge(Q, VANISHES, flatWithFloor, TOL).outcome());
    }

    @Test
    void hiExactlyMinusOneTenthIsNotVanishing() {
        // does not vanish: hi = -0.1 neither contradicts (not < -0.1) nor supports (lo <= -0.1)
        assertEquals(Outcome.UNDECIDED, judge(DOES_NOT_VANISH, -0.2, -0.3, -0.1).outcome());
        assertEquals(Outcome.CONTRADICTS, judge(DOES_NOT_VANISH, -0.2, -0.3, -0.1001).outcome());
        // order one: hi = -0.1 is not vanishing, and |s| = 0.15 = tol with lo = -0.2 > -0.25 supports
        Judgement edge = judge(ORDER_ONE, -0.15, -0.2, -0.1);
        assertEquals(Outcome.SUPPORTS, edge.outcome());
        assertEquals(LABEL + "slope -0.15 [-0.2, -0.1], order one (|s| <= 0.15, lo > -0.25)", edge.reason());
        assertEquals(Outcome.CONTRADICTS, judge(ORDER_ONE, -0.15, -0.2, -0.1001).outcome());
    }

    @Test
    void orderOneIsContradictedAsGrowingOnlyWhenLoExceedsTol() {
        // lo = 0.15 = tol: not growing for certain; |s| = 0.2 > tol, so undecided
        Judgement edge = judge(ORDER_ONE, 0.2, 0.15, 0.25);
        assertEquals(Outcome.UNDECIDED, edge.outcome());
        assertEquals(LABEL + "slope 0.2 [0.15, 0.25], cannot decide order one; more seeds or widths needed",
                edge.reason());
        Judgement grows = judge(ORDER_ONE, 0.2, 0.1501, 0.25);
        assertEquals(Outcome.CONTRADICTS, grows.outcome());
        assertEquals(LABEL + "slope 0.2 [0.15, 0.25], grows (lo > 0.15), expected order one", grows.reason());
    }

    @Test
    void orderOneAcceptsAnIntervalExactlyFourTolWide() {
        // hi - lo = 0.4 - (-0.2) = 0.6 = 4 x 0.15
        assertEquals(Outcome.SUPPORTS, judge(ORDER_ONE, 0.0, -0.2, 0.4).outcome());
        Judgement wide = judge(ORDER_ONE, 0.0, -0.2, 0.4005);
        assertEquals(Outcome.UNDECIDED, wide.outcome());
        assertEquals(LABEL + "slope 0 [-0.2, 0.401], cannot decide order one, interval too wide; more seeds or widths"
                + " needed", wide.reason());
        // a wider tolerance allows a wider interval: 4 x 0.2 = 0.8
        Judgement looser = NumericJudge.judge(Q, ORDER_ONE, Sweeps.clean(Q, Sweeps.fit(0.0, -0.2, 0.6)), 0.2);
        assertEquals(Outcome.SUPPORTS, looser.outcome());
    }

    @Test
    void anExponentBandIsClosedAtBothEnds() {
        // e = -1/2: band [-0.65, -0.35]; hi = -0.65 touches it, the slope is 0.2 off: undecided
        Judgement touches = judge(HALF, -0.7, -0.75, -0.65);
        assertEquals(Outcome.UNDECIDED, touches.outcome());
        assertEquals(LABEL + "slope -0.7 [-0.75, -0.65], cannot decide exponent -0.5; more seeds or widths needed",
                touches.reason());
        Judgement below = judge(HALF, -0.7, -0.75, -0.6501);
        assertEquals(Outcome.CONTRADICTS, below.outcome());
        assertEquals(LABEL + "slope -0.7 [-0.75, -0.65], expected exponent -0.5 (interval outside [-0.65, -0.35], off by"
                + " -0.2)", below.reason());
        // |s - e| = 0.15 on the low side supports
        assertEquals(Outcome.SUPPORTS, judge(HALF, -0.65, -0.7, -0.6).outcome());
        assertEquals(Outcome.UNDECIDED, judge(HALF, -0.651, -0.7, -0.6).outcome());
    }

    @Test
    void anExponentNeedsANarrowIntervalAndNoWidthAtTheFloor() {
        // 0.6 wide around -1/2 supports; 0.6005 is too wide and says so
        assertEquals(Outcome.SUPPORTS, judge(HALF, -0.5, -0.8, -0.2).outcome());
        assertEquals(LABEL + "slope -0.5 [-0.801, -0.2], cannot decide exponent -0.5, interval too wide; more seeds or"
                + " widths needed", judge(HALF, -0.5, -0.8005, -0.2).reason());
        Measurement oneAtFloor = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.5, -0.55, -0.45, 4)), false,
                true, false, false, false, false);
        Judgement floor = NumericJudge.judge(Q, HALF, oneAtFloor, TOL);
        assertEquals(Outcome.UNDECIDED, floor.outcome());
        assertEquals(LABEL + "slope -0.5 [-0.55, -0.45], cannot decide exponent -0.5 (some widths are at the noise"
                + " floor); more seeds or widths needed", floor.reason());
    }
}
