package io.multilin.check.claim;

import static io.multilin.check.claim.ClaimParserErrorsTest.assertError;
import static io.multilin.check.claim.ClaimParserErrorsTest.only;

import org.junit.jupiter.api.Test;

/**
 * Values that look like code are plain errors of their key: names, widths, numbers and
 * coefficients are matched against fixed grammars, and nothing in a claim file reaches Symja
 * as text (the symbolic side builds expressions from the parsed values, symbolic.cas).
 */
class CodeLookingValuesTest {

    private static String network(String widths, String activation) {
        return "id: a\ntitle: t\nnetwork:\n  widths: " + widths + "\n  activation: " + activation
                + "\n  parameterization: ntk\nassert:\n  - hessian-norm: {exponent: -1/2}\n";
    }

    @Test
    void symjaShellAndJndiInActivationsAreUnknownActivations() {
        assertError(only(network("[4, m, 1]", "Run(\"rm\")")), 5, "network.activation", "unknown activation");
        assertError(only(network("[4, m, 1]", "'Run[\"rm -rf /\"]'")), 5, "network.activation", "unknown activation");
        assertError(only(network("[4, m, 1]", "\"${jndi:ldap://127.0.0.1:1/a}\"")), 5, "network.activation",
                "unknown activation");
        assertError(only(network("[4, m, 1]", "tanh; Runtime.exec")), 5, "network.activation", "unknown activation");
    }

    @Test
    void coefficientsAreDecimalsOnly() {
        assertError(only(network("[4, m, 1]", "poly(1, Run[\"rm\"])")), 5, "network.activation", "is not a number");
        assertError(only(network("[4, m, 1]", "poly(1, ToExpression[\"2\"])")), 5, "network.activation",
                "is not a number");
        assertError(only(network("[4, m, 1]", "poly(1, E^(I Pi))")), 5, "network.activation", "is not a number");
        assertError(only(network("[4, m, 1]", "poly(" + "1, ".repeat(120) + "1)")), 5, "network.activation",
                "degree below 100");
    }

    @Test
    void widthsAndExponentsAreNeverEvaluated() {
        assertError(only(network("[4, \"Exp[m]\", 1]", "tanh")), 4, "network.widths[1]", "is not a width");
        assertError(only(network("[4, \"$(touch x)\", 1]", "tanh")), 4, "network.widths[1]", "is not a width");
        assertError(only(network("[4, m/0, 1]", "tanh")), 4, "network.widths[1]", "division by zero");
        assertError(only(network("[4, 99999999999m, 1]", "tanh")), 4, "network.widths[1]", "too many digits");
        assertError(only(network("[4, m, 1]", "tanh").replace("-1/2", "\"Sqrt[2]\"")), 8,
                "assert[1].hessian-norm.exponent", "expected an exponent");
    }
}
