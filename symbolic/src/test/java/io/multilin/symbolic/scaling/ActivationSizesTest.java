package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Exponent;
import io.multilin.symbolic.activation.ActivationProfile;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * Sizes of sigma^(k)(z) on pre-activations of size m^e, from the Taylor series at 0 (e &lt; 0),
 * order one (e = 0) or the growth class (e &gt; 0). Expected values from the series
 * tanh z = z - z^3/3 + ..., sigmoid z = 1/2 + z/4 - z^3/48 + ..., softplus z = log 2 + z/2 + z^2/8 + ...
 */
class ActivationSizesTest {

    private static final Fraction SMALL = new Fraction(-1, 2);
    private static final Fraction LARGE = new Fraction(1, 2);

    private static Exponent size(String activation, int k, Fraction e) {
        return value(ActivationSizes.size(ActivationProfile.of(Activation.parse(activation)), k, e));
    }

    private static Outcome<Exponent> outcome(String activation, int k, Fraction e) {
        return ActivationSizes.size(ActivationProfile.of(Activation.parse(activation)), k, e);
    }

    private static String why(String activation, int k, Fraction e) {
        return ((Outcome.Derived<Exponent>) outcome(activation, k, e)).derivation().get(0);
    }

    @Test
    void smallPreActivationsFollowTheLowestTaylorTerm() {
        // tanh ~ z, tanh' ~ 1, tanh'' = -2z + ... ~ z: exponents -1/2, 0, -1/2 at z ~ m^-1/2.
        assertEquals(Exponent.of(-1, 2), size("tanh", 0, SMALL));
        assertEquals(Exponent.of(0, 1), size("tanh", 1, SMALL));
        assertEquals(Exponent.of(-1, 2), size("tanh", 2, SMALL));
        // sigmoid(0) = 1/2: order one; sigmoid'' = -z/8 + ...: ~ z.
        assertEquals(Exponent.of(0, 1), size("sigmoid", 0, SMALL));
        assertEquals(Exponent.of(-1, 2), size("sigmoid", 2, SMALL));
        // softplus''(0) = 1/4: order one.
        assertEquals(Exponent.of(0, 1), size("softplus", 2, SMALL));
        // z^3: value ~ z^3, first derivative ~ z^2, second ~ z: 3e, 2e, e at e = -1/3.
        Fraction third = new Fraction(-1, 3);
        assertEquals(Exponent.of(-1, 1), size("poly(0, 0, 0, 1)", 0, third));
        assertEquals(Exponent.of(-2, 3), size("poly(0, 0, 0, 1)", 1, third));
        assertEquals(Exponent.of(-1, 3), size("poly(0, 0, 0, 1)", 2, third));
    }

    @Test
    void theDerivationNamesTheDerivativeAndItsPowerOfZ() {
        assertTrue(why("tanh", 2, SMALL).startsWith("d2/dz2 tanh(z) with z ~ m^-1/2"), why("tanh", 2, SMALL));
        assertTrue(why("tanh", 2, SMALL).contains("of order 3") && why("tanh", 2, SMALL).contains("so ~ z^1"));
        assertTrue(why("tanh", 1, SMALL).startsWith("d/dz tanh(z)"), why("tanh", 1, SMALL));
        assertTrue(why("tanh", 0, SMALL).startsWith("tanh(z)"), why("tanh", 0, SMALL));
        assertTrue(why("tanh", 0, Fraction.ZERO).contains("order one"));
        assertTrue(why("poly(0, 1, 1)", 1, LARGE).contains("so ~ z^1"), why("poly(0, 1, 1)", 1, LARGE));
    }

    @Test
    void orderOnePreActivationsGiveOrderOneDerivatives() {
        // A non-constant analytic function of an O(1) Gaussian and its derivatives are O(1), even
        // where the lowest Taylor term at 0 is of high order (z^3 at z ~ 1).
        assertEquals(Exponent.of(0, 1), size("tanh", 2, Fraction.ZERO));
        assertEquals(Exponent.of(0, 1), size("poly(0, 0, 0, 1)", 1, Fraction.ZERO));
    }

    @Test
    void largePreActivationsFollowTheGrowthClass() {
        // z + z^2 at z ~ m^1/2: value ~ z^2 (m^1), slope 1 + 2z ~ z (m^1/2), second derivative 2 (m^0).
        assertEquals(Exponent.of(1, 1), size("poly(0, 1, 1)", 0, LARGE));
        assertEquals(Exponent.of(1, 2), size("poly(0, 1, 1)", 1, LARGE));
        assertEquals(Exponent.of(0, 1), size("poly(0, 1, 1)", 2, LARGE));
        // Bounded: tanh saturates at +-1; its derivatives decay like e^{-2|z|}: no power of m.
        assertEquals(Exponent.of(0, 1), size("tanh", 0, LARGE));
        assertTrue(reason(outcome("tanh", 1, LARGE)).contains("decays exponentially"));
        // Linear growth: softplus(z) ~ z, softplus' -> 1 (or 0), softplus'' = s(1 - s) decays.
        assertEquals(Exponent.of(1, 2), size("softplus", 0, LARGE));
        assertEquals(Exponent.of(0, 1), size("softplus", 1, LARGE));
        assertTrue(reason(outcome("softplus", 2, LARGE)).contains("derivative 2 of softplus"));
        // The identity: slope exactly 1.
        assertEquals(Exponent.of(0, 1), size("linear", 1, LARGE));
    }

    @Test
    void reluIsHomogeneousAndHasNoSecondDerivative() {
        assertEquals(Exponent.of(1, 2), size("relu", 0, LARGE));
        assertEquals(Exponent.of(-1, 2), size("relu", 0, SMALL));
        assertEquals(Exponent.of(0, 1), size("relu", 1, SMALL));
        assertTrue(reason(outcome("relu", 2, Fraction.ZERO)).contains("not twice differentiable"));
    }

    @Test
    void vanishingDerivativesOfPolynomialsAreIdenticallyZero() {
        // The identity and z + 1 have sigma'' = 0 exactly; a constant has sigma' = 0.
        assertEquals(Exponent.ZERO_FUNCTION, size("linear", 2, SMALL));
        assertEquals(Exponent.ZERO_FUNCTION, size("poly(1, 1)", 2, LARGE));
        assertEquals(Exponent.ZERO_FUNCTION, size("poly(1)", 1, Fraction.ZERO));
        // A non-polynomial whose known coefficients (orders 0..6) are exhausted is no rule, not 0.
        assertTrue(reason(outcome("tanh", 7, SMALL)).contains("no non-zero Taylor coefficient"));
    }
}
