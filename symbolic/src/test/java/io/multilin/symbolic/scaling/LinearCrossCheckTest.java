package io.multilin.symbolic.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general Hessian rule (chain terms at w0 under assumption (A)) against the group rule of
 * linear networks (largest group containing the pair over the whole ball): two independent
 * derivations that must agree wherever (A) holds.
 */
class LinearCrossCheckTest {

    @Test
    void hessianBlocksAgreeWithTheGroupRule() {
        for (String widths : List.of("4,m,m,m,1", "8,m,m,2,m,m,1", "4,2,m,m,1", "4,m,m,2,1", "4,m,m^1/2,m,1",
                "4,m,m,2,m,m,3,m,1")) {
            for (String p : List.of("ntk", "mean-field")) {
                Architecture a = Networks.linear(p, widths);
                LinearNetworkRules groups = new LinearNetworkRules(a);
                NonlinearNetworkRules general = new NonlinearNetworkRules(a);
                for (int x = 1; x <= a.depth(); x++) {
                    for (int y = x; y <= a.depth(); y++) {
                        Quantity q = new Quantity.HessianBlock(List.of(x), List.of(y));
                        assertEquals(NonlinearRulesTest.value(groups.exponent(q)),
                                NonlinearRulesTest.value(general.exponent(q)), p + " " + widths + " block " + x + "," + y);
                    }
                }
            }
        }
    }
}
