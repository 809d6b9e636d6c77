package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.testing.ArchitectureArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Taylor mode equals finite differences and the symbolic line expansion for generated networks and directions. */
class TaylorModeProperties {

    @Property(tries = 60, seed = "20240606")
    void taylorModeEqualsFiniteDifferencesAndTheExpansion(@ForAll("networks") Architecture architecture,
                                                          @ForAll @LongRange(min = 2, max = 4) long m,
                                                          @ForAll @LongRange(min = 1, max = 1000) long seed) {
        LineCoefficientsAgreement a = LineCoefficientsAgreement.at(architecture, m, seed, false);
        assertTrue(a.finiteDifferenceError() <= 1e-6, "finite differences off by " + a.finiteDifferenceError());
        assertTrue(a.lineError() <= 1e-10, "alongLine off by " + a.lineError());
    }

    @Provide
    Arbitrary<Architecture> networks() {
        return ArchitectureArbitraries.polynomialNetworks(4).filter(a -> degreeAlongLines(a) <= 16);
    }

    /** Taylor mode runs to order 16: the degree in t of f(w0 + t u) must fit. */
    static int degreeAlongLines(Architecture a) {
        int hidden = a.activation() instanceof io.multilin.architecture.Activation.Polynomial p ? p.degree() : 1;
        int degree = 0;
        for (int l = 1; l <= a.depth(); l++) {
            degree = (degree + 1) * (l < a.depth() ? hidden : 1);
        }
        return degree;
    }
}
