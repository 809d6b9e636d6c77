package io.multilin.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quantity's key carries every parameter: equal keys exactly for equal quantities. */
class QuantityKeyTest {

    private static final List<Quantity> SAMPLE = List.of(new Quantity.TaylorResidual(0),
            new Quantity.TaylorResidual(2), new Quantity.HessianNorm(),
            new Quantity.HessianBlock(List.of(1, 2), List.of(1, 2)), new Quantity.HessianBlock(List.of(1, 2), List.of(3)),
            new Quantity.HessianBlock(List.of(1), List.of(2, 3)),
            new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3))),
            new Quantity.MixedDerivative(List.of(List.of(1), List.of(2, 3))), new Quantity.TangentKernelChange(3),
            new Quantity.TangentKernelChange(4), new Quantity.OutputScale(), new Quantity.PreActivationScale(1),
            new Quantity.PreActivationScale(2), new Quantity.OneStepChange(1, 1), new Quantity.OneStepChange(1, 0.5),
            new Quantity.OneStepChange(2, 1));

    @Test
    void keysAreExactlyAsDistinctAsTheQuantities() {
        List<String> keys = new ArrayList<>();
        for (Quantity q : SAMPLE) {
            keys.add(q.key());
        }
        assertEquals(SAMPLE.size(), new HashSet<>(keys).size(), keys.toString());
        assertEquals(new Quantity.HessianBlock(List.of(1, 2), List.of(3)).key(),
                new Quantity.HessianBlock(List.of(1, 2), List.of(3)).key());
    }

    @Test
    void labelsDropParametersThatKeysKeep() {
        // why the JSON identifies quantities by key: these pairs share a label
        assertEquals(new Quantity.TangentKernelChange(3).label(), new Quantity.TangentKernelChange(4).label());
        assertNotEquals(new Quantity.TangentKernelChange(3).key(), new Quantity.TangentKernelChange(4).key());
        assertEquals(new Quantity.OneStepChange(1, 1).label(), new Quantity.OneStepChange(1, 0.5).label());
        assertNotEquals(new Quantity.OneStepChange(1, 1).key(), new Quantity.OneStepChange(1, 0.5).key());
    }

    @Test
    void keysAreSpelledForMachines() {
        assertEquals("taylor-residual(order=2)", new Quantity.TaylorResidual(2).key());
        assertEquals("hessian-block(rows=[1,2,3],columns=[4,5,6])",
                new Quantity.HessianBlock(List.of(1, 2, 3), List.of(4, 5, 6)).key());
        assertEquals("mixed-derivative(blocks=[[1,2],[3]])",
                new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3))).key());
        assertEquals("one-step-change(target=1.0,eta=0.01)", new Quantity.OneStepChange(1, 0.01).key());
        assertEquals("pre-activation-scale(layer=2)", new Quantity.PreActivationScale(2).key());
    }
}
