package io.multilin.symbolic.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

class TaylorCoefficientsTest {

    private static void assertExact(IExpr expected, IExpr actual) {
        IExpr difference = new ExprEvaluator().eval(F.Simplify(F.Subtract(actual, expected)));
        assertTrue(difference.isZero(), "expected " + expected + ", got " + actual);
    }

    private static void assertCoefficients(Activation a, IExpr... expected) {
        List<IExpr> c = TaylorCoefficients.atZero(a, expected.length - 1);
        for (int k = 0; k < expected.length; k++) {
            assertExact(expected[k], c.get(k));
        }
    }

    @Test
    void tanhIsOddWithMinusAThirdCubed() {
        assertCoefficients(new Activation.Tanh(), F.C0, F.C1, F.C0, F.QQ(-1, 3), F.C0, F.QQ(2, 15));
    }

    @Test
    void sigmoidIsAHalfPlusAQuarterZ() {
        assertCoefficients(new Activation.Sigmoid(), F.C1D2, F.QQ(1, 4), F.C0, F.QQ(-1, 48));
    }

    @Test
    void softplusStartsAtLogTwo() {
        assertCoefficients(new Activation.Softplus(), F.Log(F.C2), F.C1D2, F.QQ(1, 8), F.C0);
    }

    @Test
    void geluHasCurvatureOneOverRootTwoPi() {
        IExpr c2 = F.Power(F.Times(F.C2, F.Pi), F.CN1D2);
        assertCoefficients(new Activation.Gelu(), F.C0, F.C1D2, c2, F.C0);
    }

    @Test
    void polynomialCoefficientsAreExactDecimals() {
        assertCoefficients(Activation.parse("poly(0.1, 1, 0, 2.5)"), F.QQ(1, 10), F.C1, F.C0, F.QQ(5, 2), F.C0);
    }

    @Test
    void profileFindsTheLowestNonZeroOrder() {
        ActivationProfile tanh = ActivationProfile.of(new Activation.Tanh());
        assertEquals(1, tanh.lowestNonZeroFrom(0).orElseThrow());
        assertEquals(3, tanh.lowestNonZeroFrom(2).orElseThrow());
        ActivationProfile softplus = ActivationProfile.of(new Activation.Softplus());
        assertEquals(0, softplus.lowestNonZeroFrom(0).orElseThrow());
        assertEquals(2, softplus.lowestNonZeroFrom(2).orElseThrow());
        assertTrue(ActivationProfile.of(Activation.LINEAR).lowestNonZeroFrom(2).isEmpty());
        assertEquals(new Growth.PolynomialDegree(3), ActivationProfile.of(Activation.parse("poly(0,1,0,1)")).growth());
        assertTrue(!ActivationProfile.of(new Activation.Relu()).smooth());
    }
}
