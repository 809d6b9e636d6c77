package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.testing.NetworkAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Taylor mode against finite differences (1e-6) and the symbolic expansion (1e-10) at small widths. */
class TaylorModeCrossCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "3, m, 2, m, 1; linear; ntk; 3",
            "2, m, m, 1; linear; standard; 4",
            "3, 2, m, 2; linear; ntk; 3",
            "2, m, 1; poly(0.1, 1, 0.5); ntk; 3",
            "2, m, 2, m, 1; poly(0, 1, 0.3); standard; 2",
            "3, m, m, 1; poly(0.2, 0.9, 0, 0.1); ntk; 2"})
    void taylorModeAgreesWithFiniteDifferencesAndTheSymbolicExpansion(String widths, String activation,
                                                                     String parameterization, long m) {
        Architecture architecture = NetworkAssert.architecture(widths, activation, parameterization);
        // the multivariate grouped expansion of a deep polynomial network has too many monomials
        boolean grouped = activation.equals("linear") || architecture.depth() <= 2;
        for (long seed = 1; seed <= 3; seed++) {
            LineCoefficientsAgreement a = LineCoefficientsAgreement.at(architecture, m, seed, grouped);
            System.out.printf(java.util.Locale.ROOT, "%s %s m=%d seed %d: FD %.1e, line %.1e, grouped %.1e%n", widths,
                    activation, m, seed, a.finiteDifferenceError(), a.lineError(), a.groupedError());
            assertTrue(a.finiteDifferenceError() <= 1e-6, "finite differences off by " + a.finiteDifferenceError());
            assertTrue(a.lineError() <= 1e-10, "alongLine off by " + a.lineError());
            assertTrue(a.groupedError() <= 1e-10, "lineCoefficients off by " + a.groupedError());
        }
    }
}
