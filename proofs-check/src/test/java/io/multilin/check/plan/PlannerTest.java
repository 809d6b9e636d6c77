package io.multilin.check.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

    static Plan plan(String widths, String... assertions) {
        String text = "id: p\ntitle: t\nnetwork: {widths: " + widths + ", parameterization: ntk}\nassert:\n"
                + String.join("", List.of(assertions).stream().map(a -> "  - " + a + "\n").toList());
        return Planner.plan(ClaimKinds.asNetwork(new ClaimParser().parse("p.yaml", text).claim().orElseThrow()));
    }

    static Expectation e(Quantity q, Property p) {
        return new Expectation(q, p);
    }

    @Test
    void multilinearDegreeUsesSegments() {
        // segments {1,2,3} and {4,5}; a single-layer segment has no within-block expectation
        Plan plan = plan("[8, m, m, 2, m, 1]", "multilinear-degree: 2");
        assertEquals(List.of(
                e(new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3)), new Property.Vanishes()),
                e(new Quantity.HessianBlock(List.of(4, 5), List.of(4, 5)), new Property.Vanishes()),
                e(new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4, 5))), new Property.OrderOne())),
                plan.assertions().get(0).expectations());
        Plan single = plan("[8, m, 2, 1]", "multilinear-degree: 3");
        assertEquals(List.of(
                e(new Quantity.HessianBlock(List.of(1, 2), List.of(1, 2)), new Property.Vanishes()),
                e(new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3))), new Property.OrderOne())),
                single.assertions().get(0).expectations());
    }

    static Plan planWith(String widths, String activation, String output, String assertion) {
        String text = "id: p\ntitle: t\nnetwork: {widths: " + widths + ", activation: " + activation + ", output: "
                + output + ", parameterization: ntk}\nassert:\n  - " + assertion + "\n";
        return Planner.plan(ClaimKinds.asNetwork(new ClaimParser().parse("p.yaml", text).claim().orElseThrow()));
    }

    @Test
    void everySegmentIsCheckedUnlessTheNetworkIsLinearInItByConstruction() {
        // segments {1,2}, {3}, {4,5}: a tanh network is not affine in the one-layer segment {3}
        Quantity one = new Quantity.HessianBlock(List.of(3), List.of(3));
        Plan tanh = planWith("[8, m, 2, 3, m, 1]", "tanh", "linear", "multilinear-degree: 3");
        assertEquals(List.of(
                e(new Quantity.HessianBlock(List.of(1, 2), List.of(1, 2)), new Property.Vanishes()),
                e(one, new Property.Vanishes()),
                e(new Quantity.HessianBlock(List.of(4, 5), List.of(4, 5)), new Property.Vanishes()),
                e(new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3), List.of(4, 5))), new Property.OrderOne())),
                tanh.assertions().get(0).expectations());
        // a linear network is linear in every single layer: nothing to check there
        Plan linear = planWith("[8, m, 2, 3, m, 1]", "linear", "linear", "multilinear-degree: 3");
        assertEquals(3, linear.assertions().get(0).expectations().size());
        // a curved output bends every layer, the last one included
        Plan curvedOutput = planWith("[8, m, 2, m, 1]", "linear", "tanh", "multilinear-degree: 2");
        assertEquals(3, curvedOutput.assertions().get(0).expectations().size());
        Plan lastAlone = planWith("[8, m, m, 2, 1]", "tanh", "linear", "multilinear-degree: 2");
        assertEquals(List.of(
                e(new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3)), new Property.Vanishes()),
                e(new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4))), new Property.OrderOne())),
                lastAlone.assertions().get(0).expectations(), "f is affine in W_L whenever the output is linear");
    }

    @Test
    void taylorDegreeAndLinearity() {
        Plan plan = plan("[4, m, m, 1]", "taylor-degree: 2", "linear: false", "linear: true");
        assertEquals(List.of(e(new Quantity.TaylorResidual(2), new Property.Vanishes()),
                e(new Quantity.TaylorResidual(1), new Property.DoesNotVanish())), plan.assertions().get(0).expectations());
        assertEquals(List.of(new Quantity.TaylorResidual(0), new Quantity.TaylorResidual(1),
                new Quantity.TaylorResidual(2), new Quantity.TaylorResidual(3)),
                plan.assertions().get(0).estimationQuantities());
        assertEquals(List.of(e(new Quantity.TaylorResidual(1), new Property.DoesNotVanish())),
                plan.assertions().get(1).expectations());
        assertEquals(List.of(e(new Quantity.TaylorResidual(1), new Property.Vanishes())),
                plan.assertions().get(2).expectations());
        // T_1 appears in three assertions but is measured once
        assertEquals(List.of(new Quantity.TaylorResidual(2), new Quantity.TaylorResidual(1),
                new Quantity.TaylorResidual(0), new Quantity.TaylorResidual(3)), plan.quantities());
    }

    @Test
    void scalingAssertions() {
        Plan plan = plan("[8, m, m, 2, m, 1]", "hessian-block: {segments: [2, 1], exponent: -1/2}",
                "tangent-kernel: varies", "init-scale: {of: layer 2, exponent: 0}", "init-scale: {of: output, exponent: 0}",
                "one-step-change: {exponent: -1, target: 2, lr: 0.5}", "stationary-at-init: true",
                "hessian-norm: {order: one}");
        List<List<Expectation>> e = plan.assertions().stream().map(AssertionPlan::expectations).toList();
        assertEquals(List.of(e(new Quantity.HessianBlock(List.of(4, 5), List.of(1, 2, 3)), new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)))),
                e.get(0));
        assertEquals(List.of(e(new Quantity.TangentKernelChange(3), new Property.DoesNotVanish())), e.get(1));
        assertEquals(List.of(e(new Quantity.PreActivationScale(2), new Property.Exponent(io.multilin.check.fakes.Exact.e(0)))), e.get(2));
        assertEquals(List.of(e(new Quantity.OutputScale(), new Property.Exponent(io.multilin.check.fakes.Exact.e(0)))), e.get(3));
        assertEquals(List.of(e(new Quantity.OneStepChange(2, 0.5), new Property.Exponent(io.multilin.check.fakes.Exact.e(-1)))), e.get(4));
        assertEquals(List.of(e(new Quantity.OneStepChange(1, 1), new Property.Vanishes())), e.get(5));
        assertEquals(List.of(e(new Quantity.HessianNorm(), new Property.OrderOne())), e.get(6));
    }
}
