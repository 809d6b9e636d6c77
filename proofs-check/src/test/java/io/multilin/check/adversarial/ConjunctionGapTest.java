package io.multilin.check.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.Assertion;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.real.NumericAdapter;
import io.multilin.check.testing.NetworkAssert;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * A false claim whose falsity follows from one derived part of a conjunction while another
 * part has no rule. Sound today (UNSUPPORTED, never VERIFIED), but MATH.md section 5 decides
 * the Taylor degree from the residuals: the derivation already refutes it.
 */
class ConjunctionGapTest {

    @Test
    @Disabled("GAP (not a soundness bug): AssertionJudge.conjunction returns NO_RULE before CONTRADICTS, although"
            + " its own comment says 'any fails: CONTRADICTS; else the first missing rule'. For [4, m, m, 1] tanh ntk"
            + " the symbolic side derives sup|f - T_0| ~ m^0 and sup|f - T_1| ~ m^-1/2 (Taylor degree 1);"
            + " 'taylor-degree: 2' needs R_2 to vanish (no rule for order 2 of a tanh network) and R_1 not to vanish"
            + " (derived false), so it is false by the derivation but comes out UNSUPPORTED instead of REFUTED.")
    void aTaylorDegreeAboveTheDerivedOneIsRefuted() {
        Architecture tanh = NetworkAssert.architecture("4, m, m, 1", "tanh", "ntk");
        ClaimResult result = NetworkAssert.assertThat(tanh).verdictOn(new Assertion.TaylorDegree(2, 0));
        assertEquals(Verdict.REFUTED, result.verdict(), () -> result.assertions().get(0).reason());
    }
}
