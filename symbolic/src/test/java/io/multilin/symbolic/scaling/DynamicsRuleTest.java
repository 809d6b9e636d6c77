package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/** Feature and output changes over the first steps: exponents by hand from a, b, c, and where the rule stops. */
class DynamicsRuleTest {

    private static Quantity feature(int layer, int step) {
        return new Quantity.FeatureChange(layer, step, 1, 0.1);
    }

    private static ScalingAnalysis net(String activation, String parameterization, int depth) {
        return ScalingAnalysis.of(Networks.of(activation, "linear", parameterization, Networks.wide(depth)));
    }

    @Test
    void table() {
        for (String p : new String[] {"mup", "ntk", "standard", "mean-field"}) {
            for (int depth = 3; depth <= 6; depth++) {
                StringBuilder b = new StringBuilder(p + " depth " + depth + ":");
                for (int l = 1; l <= depth; l++) {
                    for (int t : new int[] {1, 3}) {
                        var o = net("tanh", p, depth).exponent(feature(l, t));
                        b.append(" z").append(l).append("t").append(t).append("=")
                                .append(o instanceof Outcome.Derived<Exponent> d ? d.value().text() : "NR(" + reason(o) + ")");
                    }
                }
                var out = net("tanh", p, depth).exponent(new Quantity.OutputChange(3, 1, 0.1));
                b.append(" f3=").append(out instanceof Outcome.Derived<Exponent> d ? d.value().text() : "NR(" + reason(out) + ")");
                System.out.println(b);
            }
        }
    }
}
