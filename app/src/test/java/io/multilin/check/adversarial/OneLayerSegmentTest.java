package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.testing.NetworkAssert;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's near miss: a segment of one nonlinear layer is not an affine block. Before, the
 * planner asked only segments of two or more layers, and such claims came out VERIFIED.
 */
class OneLayerSegmentTest {

    private static AssertionResult bilinear(String widths, String activation) {
        Architecture a = NetworkAssert.architecture(widths, activation, "ntk");
        return NetworkAssert.assertThat(a).verdictOn(new NetworkAssertion.MultilinearDegree(2, 0)).assertions().get(0);
    }

    @Test
    void aTanhLayerAloneIsRefutedWhereItsBlockIsDerived() {
        // [4, 2, 1]: segments {1} and {2}; f = v . tanh(W x / 2) / sqrt 2 bends in W: its own block is m^0
        AssertionResult r = bilinear("4, 2, 1", "tanh");
        assertEquals(Verdict.REFUTED, r.verdict(), r::reason);
        assertTrue(r.reason().contains("H[[1],[1]]") && r.reason().contains("derived m^0"), r.reason());
    }

    @Test
    void aTanhLayerAloneBeforeAWideSegmentIsNeverVerified() {
        // [4, 2, m, m, 1] and [4, 2, m, 1]: the rules bound the one-layer block only from above
        // (its chain passes a narrower layer), so the honest answer is "no rule", with the reason
        for (String widths : new String[] {"4, 2, m, m, 1", "4, 2, m, 1"}) {
            for (String activation : new String[] {"tanh", "softplus"}) {
                AssertionResult r = bilinear(widths, activation);
                assertEquals(Verdict.UNSUPPORTED, r.verdict(), r::reason);
                assertTrue(r.reason().contains("H[[1],[1]]") && r.reason().contains("upper bound"), r.reason());
            }
        }
    }
}
