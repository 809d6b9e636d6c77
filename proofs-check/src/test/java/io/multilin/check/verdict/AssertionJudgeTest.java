package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.Scale;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Planner;
import io.multilin.check.sides.Prediction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Degree estimates from exponents, on the symbolic side (exact, so every case is decided). */
class AssertionJudgeTest {

    static final Architecture BOTTLENECK = new Architecture(
            List.of("8", "m", "m", "2", "m", "1").stream().map(Width::parse).toList(), Activation.LINEAR,
            new Parameterization.Ntk());

    static SideFinding find(NetworkAssertion a, Map<Quantity, Exponent> exponents) {
        AssertionPlan plan = Planner.plan(a, BOTTLENECK);
        return AssertionJudge.find(plan, (q, p) -> SymbolicJudge.judge(q, p,
                exponents.containsKey(q) ? new Prediction.Predicted(exponents.get(q), List.of())
                        : new Prediction.NoRule("none")), BOTTLENECK.segments().count());
    }

    static final Map<Quantity, Exponent> QUADRATIC = Map.of(
            new Quantity.TaylorResidual(0), Exponent.of(0, 1),
            new Quantity.TaylorResidual(1), Exponent.of(0, 1),
            new Quantity.TaylorResidual(2), Exponent.of(-1, 2),
            new Quantity.TaylorResidual(3), Exponent.of(-1, 1));

    @Test
    void taylorDegreeIsTheFirstVanishingResidual() {
        SideFinding two = find(new NetworkAssertion.TaylorDegree(2, 1), QUADRATIC);
        assertEquals(Outcome.SUPPORTS, two.outcome());
        assertEquals(Optional.of(2), two.degree());
        SideFinding one = find(new NetworkAssertion.TaylorDegree(1, 1), QUADRATIC);
        assertEquals(Outcome.CONTRADICTS, one.outcome());
        assertEquals(Optional.of(2), one.degree());
        assertTrue(one.judgement().reason().startsWith("Taylor degree 2, claimed 1"), one.judgement()::reason);
        Map<Quantity, Exponent> withoutOrderZero = new java.util.HashMap<>(QUADRATIC);
        withoutOrderZero.remove(new Quantity.TaylorResidual(0));   // an undecidable T_0 does not hide the degree
        assertEquals(Optional.of(2), find(new NetworkAssertion.TaylorDegree(2, 1), withoutOrderZero).degree());
        assertEquals(Outcome.SUPPORTS, find(new NetworkAssertion.TaylorDegree(2, 1), withoutOrderZero).outcome());
        Map<Quantity, Exponent> withoutOrderOne = new java.util.HashMap<>(QUADRATIC);
        withoutOrderOne.put(new Quantity.TaylorResidual(1), Exponent.of(-1, 4));   // T_1 vanishes too
        SideFinding linear = find(new NetworkAssertion.TaylorDegree(2, 1), withoutOrderOne);
        assertEquals(Optional.of(1), linear.degree());
        assertEquals(Outcome.CONTRADICTS, linear.outcome());
        SideFinding three = find(new NetworkAssertion.TaylorDegree(3, 1), QUADRATIC);
        assertEquals(Outcome.CONTRADICTS, three.outcome());   // T_4 has no rule, but T_2 already vanishes
        assertEquals(Optional.of(2), three.degree());
    }

    @Test
    void multilinearDegreeFromBlocks() {
        Quantity block1 = new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3));
        Quantity block2 = new Quantity.HessianBlock(List.of(4, 5), List.of(4, 5));
        Quantity mixed = new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4, 5)));
        Map<Quantity, Exponent> bilinear = Map.of(block1, Exponent.of(-1, 2), block2, Exponent.of(-1, 2),
                mixed, Exponent.of(0, 1));
        SideFinding two = find(new NetworkAssertion.MultilinearDegree(2, 1), bilinear);
        assertEquals(Outcome.SUPPORTS, two.outcome());
        assertEquals(Optional.of(2), two.degree());
        SideFinding three = find(new NetworkAssertion.MultilinearDegree(3, 1), bilinear);
        assertEquals(Outcome.CONTRADICTS, three.outcome());
        assertEquals(Optional.of(2), three.degree());

        Map<Quantity, Exponent> curved = Map.of(block1, Exponent.of(0, 1), block2, Exponent.of(-1, 2),
                mixed, Exponent.of(0, 1));
        SideFinding curvedTwo = find(new NetworkAssertion.MultilinearDegree(2, 1), curved);
        assertEquals(Outcome.CONTRADICTS, curvedTwo.outcome());
        assertTrue(curvedTwo.judgement().reason().contains("sup ||H[[1, 2, 3],[1, 2, 3]]||"));
        SideFinding curvedThree = find(new NetworkAssertion.MultilinearDegree(3, 1), curved);
        assertEquals(Outcome.UNDECIDED, curvedThree.outcome());
        assertTrue(curvedThree.judgement().reason().contains("could not be estimated"));
        assertEquals(Outcome.NO_RULE, find(new NetworkAssertion.MultilinearDegree(2, 1), Map.of(block1,
                Exponent.of(-1, 2))).outcome());
    }

    @Test
    void yesNoValuesAreSpelledAsInClaims() {
        Map<Quantity, Exponent> linear = Map.of(new Quantity.TaylorResidual(1), Exponent.of(-1, 2),
                new Quantity.TangentKernelChange(3), Exponent.of(-1, 2));
        assertEquals(Optional.of("true"), find(new NetworkAssertion.Linear(false, 1), linear).value());
        assertEquals(Outcome.CONTRADICTS, find(new NetworkAssertion.Linear(false, 1), linear).outcome());
        assertEquals(Optional.of("constant"), find(new NetworkAssertion.TangentKernel(false, 1), linear).value());
        assertEquals(Optional.of("constant"), find(new NetworkAssertion.TangentKernel(true, 1), linear).value());
    }

    /**
     * Exponent-valued kinds: the finding is the judgement of their one expectation, with neither
     * a degree nor a yes/no value (the tables show the exponent and the slope instead).
     */
    @Test
    void exponentKindsCarryNeitherADegreeNorAValue() {
        Exponent half = Exponent.of(-1, 2);
        Quantity block = new Quantity.HessianBlock(List.of(1, 2, 3), List.of(4, 5));
        Quantity output = new Quantity.OutputScale();
        Quantity step = new Quantity.OneStepChange(1, 1);
        Quantity hessian = new Quantity.HessianNorm();
        Map<Quantity, Exponent> exponents = Map.of(block, half, output, Exponent.of(0, 1), step, half, hessian, half);
        List<NetworkAssertion> claims = List.of(
                new NetworkAssertion.HessianBlock(1, 2, new Scale.Exponent(half), 1),
                new NetworkAssertion.InitScale(java.util.OptionalInt.empty(), Exponent.of(0, 1), 1),
                new NetworkAssertion.OneStepChange(half, 1, 1, 1),
                new NetworkAssertion.HessianNorm(new Scale.Exponent(half), 1));
        for (NetworkAssertion a : claims) {
            SideFinding finding = find(a, exponents);
            assertEquals(Outcome.SUPPORTS, finding.outcome(), a.kind().key());
            assertEquals(Optional.empty(), finding.degree(), a.kind().key());
            assertEquals(Optional.empty(), finding.value(), a.kind().key());
        }
        SideFinding wrong = find(new NetworkAssertion.OneStepChange(Exponent.of(0, 1), 1, 1, 1), exponents);
        assertEquals(Outcome.CONTRADICTS, wrong.outcome());
        assertEquals(Optional.empty(), wrong.value());
    }
}
