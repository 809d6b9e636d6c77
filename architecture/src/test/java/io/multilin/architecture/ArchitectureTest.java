package io.multilin.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static List<Width> widths(String... spellings) {
        return List.of(spellings).stream().map(Width::parse).toList();
    }

    @Test
    void parsesEveryWidthSpellingOfTheClaimFormat() {
        assertEquals(new Width.Scaling(Fraction.ONE, Fraction.ONE), Width.parse("m"));
        assertEquals(new Width.Scaling(new Fraction(3), Fraction.ONE), Width.parse("3m"));
        assertEquals(new Width.Scaling(new Fraction(1, 2), Fraction.ONE), Width.parse("m/2"));
        assertEquals(new Width.Scaling(Fraction.ONE, new Fraction(1, 2)), Width.parse("m^1/2"));
        assertEquals(new Width.Scaling(new Fraction(2), new Fraction(3, 4)), Width.parse("2m^3/4"));
        assertEquals(new Width.Fixed(8), Width.parse("8"));
        for (String s : List.of("m", "3m", "m/2", "m^1/2", "2m^3/4")) {
            assertEquals(Width.parse(s), Width.parse(Width.parse(s).spelling()), s);
        }
        assertEquals(1024, Width.parse("m").at(1024));
        assertEquals(32, Width.parse("m^1/2").at(1024));
        assertEquals(512, Width.parse("m/2").at(1024));
    }

    @Test
    void rejectsWhatIsNotAWidth() {
        for (String s : List.of("m^2", "0", "-3", "m^0", "x", "Runtime.exec()", "m*m", "")) {
            assertThrows(IllegalArgumentException.class, () -> Width.parse(s), s);
        }
    }

    @Test
    void segmentsAreTheRunsBetweenBottlenecks() {
        var arch = new Architecture(widths("8", "m", "m", "2", "m", "m", "1"), Activation.LINEAR, new Parameterization.Ntk());
        assertEquals(List.of(3), arch.bottlenecks());
        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5, 6)), arch.segments().segments());
        var two = new Architecture(widths("4", "3", "m", "2", "1"), Activation.LINEAR, new Parameterization.Ntk());
        assertEquals(3, two.segments().count());
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4)), two.segments().segments());
    }

    @Test
    void ntkMultiplierIsInverseSqrtOfFanIn() {
        var arch = new Architecture(widths("8", "m", "2", "m^1/2", "1"), Activation.LINEAR, new Parameterization.Ntk());
        assertEquals(new Fraction(-1, 2), arch.scaling(2).multiplier().exponent());
        assertEquals(Fraction.ZERO, arch.scaling(3).multiplier().exponent());
        assertEquals(new Fraction(-1, 4), arch.scaling(4).multiplier().exponent());
        assertEquals(1 / Math.sqrt(8), arch.scaling(1).multiplier().at(100), 1e-15);
    }

    @Test
    void meanFieldLearningRatesFollowMath() {
        var arch = new Architecture(widths("3", "m", "m", "m", "1"), new Activation.Tanh(), Parameterization.parse("integrable"));
        assertEquals(new Fraction(-1), arch.scaling(1).learningRateExponent().orElseThrow());
        assertEquals(new Fraction(-2), arch.scaling(2).learningRateExponent().orElseThrow());
        assertEquals(new Fraction(-1), arch.scaling(4).learningRateExponent().orElseThrow());
        assertEquals(Fraction.MINUS_ONE, arch.scaling(3).multiplier().exponent());
        assertTrue(arch.scaling(1).multiplier().exponent().equals(Fraction.ZERO));
    }

    @Test
    void activationsParseWithoutEvaluation() {
        assertEquals(new Activation.Polynomial(List.of(0.0, 1.0, 0.5)), Activation.parse("poly(0, 1, 0.5)"));
        assertThrows(IllegalArgumentException.class, () -> Activation.parse("poly(1, exec(rm))"));
        assertThrows(IllegalArgumentException.class, () -> Activation.parse("swish"));
        assertEquals("poly(0, 1, 0.5)", Activation.parse("poly(0,1,0.5)").spelling());
    }
}
