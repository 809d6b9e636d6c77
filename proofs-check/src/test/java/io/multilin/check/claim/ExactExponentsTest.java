package io.multilin.check.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/CLAIMS.md: exponents are read exactly; -0.5 is -1/2, -0.33 is not -1/3. */
class ExactExponentsTest {

    static Exponent read(String text) {
        return Numbers.exponent(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void decimalsAndFractionsAreReadExactly() {
        assertEquals(Exponent.of(-1, 2), read("-0.5"));
        assertEquals(Exponent.of(-1, 2), read("-1/2"));
        assertEquals(Exponent.of(-1, 2), read("-2/4"));
        assertEquals(Exponent.of(-3, 2), read("-1.50"));
        assertEquals(Exponent.of(0, 1), read("0"));
        assertEquals(Exponent.of(0, 1), read("-0.0"));
        assertEquals(Exponent.of(2, 1), read("+2"));
        assertEquals(Exponent.of(-1, 3), read("-1/3"));
        assertEquals(Exponent.of(-33, 100), read("-0.33"));
        assertNotEquals(Exponent.of(-1, 3), read("-0.333333"), "six 3s are still not a third");
        assertEquals(Exponent.of(-2, 5), read("-0.4"));
        assertEquals(Exponent.of(1, 1000), read("1e-3"));
    }

    @Test
    void whatCannotBeReadExactlyIsNotRead() {
        assertEquals(Optional.empty(), Numbers.exponent("-0.12345678901"), "denominator beyond an int");
        assertEquals(Optional.empty(), Numbers.exponent("1/0"));
        assertEquals(Optional.empty(), Numbers.exponent("m^-1/2"));
        assertEquals(Optional.empty(), Numbers.exponent("1/2 + 1"));
    }

    @Test
    void aClaimKeepsItsExponentExactly() {
        String text = "id: e\ntitle: t\nnetwork: {widths: [4, m, 1], activation: tanh, parameterization: ntk}\n"
                + "assert:\n  - hessian-norm: {exponent: -0.4}\n  - init-scale: {of: output, exponent: -1/3}\n";
        Claim claim = new ClaimParser().parse("e.yaml", text).claim().orElseThrow();
        assertEquals(new Scale.Exponent(Exponent.of(-2, 5)), ((NetworkAssertion.HessianNorm) claim.assertions().get(0)).scale());
        assertEquals(Exponent.of(-1, 3), ((NetworkAssertion.InitScale) claim.assertions().get(1)).exponent());
        String tooLong = text.replace("-0.4", "-0.12345678901");
        var errors = new ClaimParser().parse("e.yaml", tooLong).errors();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("write a fraction"), errors.get(0).message());
        assertEquals(5, errors.get(0).line());
    }
}
