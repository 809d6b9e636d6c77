package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.testing.NetworkAssert;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * False claims whose falsity follows from one derived part of a conjunction while another
 * part has no rule: the derivation already refutes them (docs/VERDICTS.md decides degrees from
 * the exponents, and one failing part is enough), so they are REFUTED, not UNSUPPORTED.
 * [4, m, m, 1] tanh ntk: sup|f - T_1| is derived to vanish, so "taylor-degree: 2" is false
 * whatever sup|f - T_2| does; a tanh output makes the one segment's own Hessian block of order
 * one, so "multilinear-degree: 1" is false. The symbolic batch meets more of them
 * (Variant.Expect.FALSE_BESIDE_NO_RULE).
 */
class ConjunctionGapTest {

    @Test
    void aConjunctionWithOneDerivedFailingPartIsRefuted() {
        Architecture ntk = NetworkAssert.architecture("4, m, m, 1", "tanh", "ntk");
        ClaimResult taylor = NetworkAssert.assertThat(ntk).verdictOn(new NetworkAssertion.TaylorDegree(2, 0));
        assertEquals(Verdict.REFUTED, taylor.verdict(), () -> taylor.assertions().get(0).reason());
        // the network of liu2020-nonlinear-output, whose hessian-norm {order: one} the library verifies
        Architecture tanhOutput = new Architecture(NetworkAssert.architecture("4, m, m, m, 1", "tanh", "ntk").widths(),
                new Activation.Tanh(), new Activation.Tanh(), ntk.parameterization());
        ClaimResult multilinear = NetworkAssert.assertThat(tanhOutput).verdictOn(new NetworkAssertion.MultilinearDegree(1, 0));
        assertEquals(Verdict.REFUTED, multilinear.verdict(), () -> multilinear.assertions().get(0).reason());
    }
}
