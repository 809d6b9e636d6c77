package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

class ScalingAnalysisTest {

    private static final Exponent HALF_DOWN = Exponent.of(-1, 2);
    private static final Exponent ORDER_ONE = Exponent.of(0, 1);

    private static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Derived<T> d) {
            return d.value();
        }
        return fail("expected a derived value, got " + outcome);
    }

    private static Exponent group(ScalingAnalysis a, Integer... layers) {
        return value(a.groupExponents().get(Set.of(layers)));
    }

    private static Exponent pair(ScalingAnalysis a, int x, int y) {
        return value(a.exponent(new Quantity.HessianBlock(List.of(x), List.of(y))));
    }

    private static Exponent residual(ScalingAnalysis a, int k) {
        return value(a.exponent(new Quantity.TaylorResidual(k)));
    }

    @Test
    void oneBottleneckNtkIsBilinearInItsSegments() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "8,m,m,2,m,m,1"));
        assertEquals(HALF_DOWN, group(a, 1, 2));
        assertEquals(HALF_DOWN, group(a, 5, 6));
        assertEquals(ORDER_ONE, group(a, 3, 4));
        assertEquals(ORDER_ONE, group(a, 1, 4));
        assertEquals(HALF_DOWN, group(a, 1, 3));
        assertEquals(HALF_DOWN, pair(a, 1, 2));
        assertEquals(HALF_DOWN, pair(a, 5, 6));
        assertEquals(ORDER_ONE, pair(a, 3, 4));
        assertEquals(2, value(a.taylorDegree()));
        assertEquals(new MultilinearStructure(2, List.of(List.of(1, 2, 3), List.of(4, 5, 6))),
                value(a.multilinearStructure()));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.HessianNorm())));
        assertEquals(ORDER_ONE, residual(a, 1));
        assertEquals(HALF_DOWN, residual(a, 2));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4, 5, 6))))));
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3)))));
        assertEquals(Exponent.ZERO_FUNCTION, value(a.exponent(new Quantity.HessianBlock(List.of(2), List.of(2)))));
        assertEquals(Exponent.ZERO_FUNCTION, residual(a, 6));
        assertEquals(63, a.groupExponents().size());
    }

    @Test
    void derivationNamesTheChainAndItsNorms() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "8,m,m,2,m,m,1"));
        Outcome.Derived<Exponent> g = (Outcome.Derived<Exponent>) a.groupExponents().get(Set.of(3, 4));
        assertEquals(List.of("group {3,4}: ||A[6..5]^T u|| ~ m^0, I between 3,4, ||A[2..1] x|| ~ m^1/2,"
                + " multipliers m^-1/2 * m^0 => m^0"), g.derivation());
    }

    @Test
    void allWideNtkIsLinear() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "4,m,m,m,1"));
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.HessianNorm())));
        assertEquals(1, value(a.taylorDegree()));
        assertEquals(HALF_DOWN, residual(a, 1));
        assertEquals(ORDER_ONE, residual(a, 0));
        assertEquals(ORDER_ONE, group(a, 2));
        assertEquals(new MultilinearStructure(1, List.of(List.of(1, 2, 3, 4))), value(a.multilinearStructure()));
    }

    @Test
    void twoBottlenecksGiveDegreeThree() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "4,m,m,2,m,m,3,m,1"));
        assertEquals(new MultilinearStructure(3, List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8))),
                value(a.multilinearStructure()));
        assertEquals(3, value(a.taylorDegree()));
        assertEquals(HALF_DOWN, residual(a, 3));
        assertEquals(ORDER_ONE, pair(a, 1, 8));
    }

    @Test
    void bottleneckNextToTheInputOrTheOutput() {
        ScalingAnalysis first = ScalingAnalysis.of(Networks.linear("ntk", "4,2,m,m,1"));
        assertEquals(ORDER_ONE, group(first, 1, 2));
        assertEquals(HALF_DOWN, group(first, 2, 3));
        assertEquals(new MultilinearStructure(2, List.of(List.of(1), List.of(2, 3, 4))), value(first.multilinearStructure()));
        assertEquals(2, value(first.taylorDegree()));
        ScalingAnalysis last = ScalingAnalysis.of(Networks.linear("ntk", "4,m,m,2,1"));
        assertEquals(new MultilinearStructure(2, List.of(List.of(1, 2, 3), List.of(4))), value(last.multilinearStructure()));
        assertEquals(ORDER_ONE, pair(last, 3, 4));
        assertEquals(HALF_DOWN, pair(last, 2, 3));
    }

    @Test
    void standardCoordinatesAreNotLinearInAUnitBall() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("standard", "4,m,m,m,1"));
        // Same init as ntk, but each perturbed layer l gains alpha ratio n_{l-1}^{1/2}.
        assertEquals(Exponent.of(1, 2), group(a, 2));
        assertEquals(Exponent.of(1, 2), group(a, 2, 3));
        assertEquals(ORDER_ONE, group(a, 1, 2));
        assertTrue(residual(a, 1).compareTo(ORDER_ONE) >= 0);
        assertEquals(Exponent.of(1, 2), residual(a, 1));
        assertEquals(ORDER_ONE, residual(a, 3));
        assertEquals(4, value(a.taylorDegree()));
    }

    @Test
    void sqrtWidthMakesTheInnerPairVanishMoreSlowly() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "4,m,m^1/2,m,1"));
        assertEquals(Exponent.of(-1, 4), group(a, 2, 3));
        assertEquals(Exponent.of(-1, 4), pair(a, 2, 3));
        assertEquals(1, value(a.taylorDegree()));
    }

    @Test
    void constantFactorsInWidthsDoNotChangeExponents() {
        Map<Set<Integer>, Outcome<Exponent>> plain = ScalingAnalysis.of(Networks.linear("ntk", "4,m,m,2,m,1")).groupExponents();
        Map<Set<Integer>, Outcome<Exponent>> scaled = ScalingAnalysis.of(Networks.linear("ntk", "4,3m,m/2,2,5m,1")).groupExponents();
        assertEquals(plain.keySet(), scaled.keySet());
        plain.forEach((s, e) -> assertEquals(value(e), value(scaled.get(s)), "group " + s));
    }

    @Test
    void anExtraWideLayerInsideASegmentChangesNothingStructural() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "8,m,m,m,2,m,m,1"));
        assertEquals(new MultilinearStructure(2, List.of(List.of(1, 2, 3, 4), List.of(5, 6, 7))),
                value(a.multilinearStructure()));
        assertEquals(2, value(a.taylorDegree()));
        assertEquals(HALF_DOWN, residual(a, 2));
    }

    @Test
    void mupMovesEveryLayerAtOrderOne() {
        // muP: alpha = m^1/2 (layer 1), 1, m^-1/2 (last); init std m^-1/2. Every group is m^0.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("mup", "4,m,m,m,1"));
        a.groupExponents().forEach((s, e) -> assertEquals(ORDER_ONE, value(e), "group " + s));
        assertEquals(4, value(a.taylorDegree()));
        assertEquals(4, value(a.multilinearStructure()).degree());
    }

    @Test
    void meanFieldOutputBarelyMovesInAUnitBall() {
        // Deep IP: every single-layer group is m^-3/2, so f is constant over the ball to leading order.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("mean-field", "4,m,m,m,1"));
        assertEquals(Exponent.of(-3, 2), residual(a, 0));
        assertEquals(0, value(a.taylorDegree()));
        assertInstanceOf(Outcome.Unsupported.class, a.multilinearStructure());
    }

    @Test
    void abcWithNtkExponentsAgreesWithNtk() {
        Fraction h = new Fraction(1, 2);
        Parameterization abc = new Parameterization.Abc(List.of(Fraction.ZERO, h, h, h),
                List.of(Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO), Optional.empty());
        Map<Set<Integer>, Outcome<Exponent>> viaAbc = ScalingAnalysis.of(Networks.linear(abc, "4,m,m,m,1")).groupExponents();
        Map<Set<Integer>, Outcome<Exponent>> viaNtk = ScalingAnalysis.of(Networks.linear("ntk", "4,m,m,m,1")).groupExponents();
        viaNtk.forEach((s, e) -> assertEquals(value(e), value(viaAbc.get(s)), "group " + s));
    }

    @Test
    void unsupportedWhereNoRuleApplies() {
        Architecture tanh = new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("1")),
                new Activation.Tanh(), new Parameterization.Ntk());
        ScalingAnalysis a = ScalingAnalysis.of(tanh);
        assertInstanceOf(Outcome.Unsupported.class, a.groupExponents().get(Set.of(1, 2)));
        assertInstanceOf(Outcome.Unsupported.class, a.multilinearStructure());
        assertInstanceOf(Outcome.Unsupported.class, a.exponent(new Quantity.TaylorResidual(2)));
        Architecture relu = new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("1")),
                new Activation.Relu(), new Parameterization.Ntk());
        assertInstanceOf(Outcome.Unsupported.class, ScalingAnalysis.of(relu).taylorDegree());
        assertInstanceOf(Outcome.Unsupported.class, ScalingAnalysis.of(relu).exponent(new Quantity.HessianNorm()));
        // Linear networks: the group rules plus the general ones for init scales, kernel, one step.
        ScalingAnalysis linear = ScalingAnalysis.of(Networks.linear("ntk", "4,m,1"));
        assertEquals(HALF_DOWN, value(linear.exponent(new Quantity.TangentKernelChange(3))));
        assertEquals(ORDER_ONE, value(linear.exponent(new Quantity.OutputScale())));
        assertEquals(ORDER_ONE, value(linear.exponent(new Quantity.OneStepChange(1, 0.1))));
        Architecture nonlinearOutput = new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("1")),
                Activation.LINEAR, new Activation.Tanh(), new Parameterization.Ntk());
        assertInstanceOf(Outcome.Unsupported.class, ScalingAnalysis.of(nonlinearOutput).taylorDegree());
        assertEquals(ORDER_ONE, value(ScalingAnalysis.of(nonlinearOutput).exponent(new Quantity.HessianNorm())));
    }

    @Test
    void singleLayerHasAnIdenticallyZeroHessian() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("ntk", "4,1"));
        assertEquals(Exponent.ZERO_FUNCTION, value(a.exponent(new Quantity.HessianNorm())));
        assertEquals(1, value(a.taylorDegree()));
    }
}
