package io.multilin.check.report;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.reports.model.Inline;
import io.multilin.reports.model.PlainMath;
import io.multilin.reports.model.RichText;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.pow;
import static io.multilin.architecture.notation.Notate.product;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quantities, exponents and derivation steps become report math, not ASCII spellings. */
class ReportMathTest {

    /** One of each quantity; the set of classes must be the whole sealed family. */
    static final List<Quantity> EVERY_QUANTITY = List.of(new Quantity.TaylorResidual(1), new Quantity.HessianNorm(),
            new Quantity.HessianBlock(List.of(1, 2), List.of(3)), new Quantity.MixedDerivative(List.of(List.of(1), List.of(2))),
            new Quantity.TangentKernelChange(4), new Quantity.OutputScale(), new Quantity.PreActivationScale(2),
            new Quantity.OneStepChange(1.0, 0.1), new Quantity.FeatureChange(2, 3, 1.0, 0.1),
            new Quantity.OutputChange(5, 1.0, 0.1), new Quantity.LossChange(2, 1.0, 0.1,
            new io.multilin.architecture.training.OptimizerChoice.GradientDescent()));

    @Test
    void everyQuantityHasItsMathForm() {
        Set<Class<?>> covered = EVERY_QUANTITY.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(leaves(Quantity.class), covered);
        List<String> plain = EVERY_QUANTITY.stream().map(q -> PlainMath.render(QuantityMath.of(q))).toList();
        assertEquals(List.of(
                "sup_(w \u2208 B) |f(w) \u2212 T_1(w)|",
                "sup_(w \u2208 B) \u2016H(w)\u2016",
                "sup_(w \u2208 B) \u2016H_({1, 2}, {3})(w)\u2016",
                "sup_(w \u2208 B) |D^2 f(w)[D_1, \u2026, D_2]| across {{1}, {2}}",
                "sup_(w \u2208 B) \u2016K(w) \u2212 K(w_0)\u2016",
                "RMS f(w_0)",
                "RMS z_2(w_0)",
                "|f(w_1) \u2212 f(w_0)|",
                "RMS(z_2(w_3) \u2212 z_2(w_0))",
                "|f(w_5) \u2212 f(w_0)|",
                "|L(w_2) \u2212 L(w_0)|"), plain);
    }

    /** The records of a sealed family, through its sealed sub-interfaces (the dynamics quantities). */
    static Set<Class<?>> leaves(Class<?> family) {
        return java.util.Arrays.stream(family.getPermittedSubclasses())
                .flatMap(c -> c.isSealed() ? leaves(c).stream() : java.util.stream.Stream.of(c))
                .collect(Collectors.toSet());
    }

    @Test
    void exponentsAreMathAndIdenticallyZeroStaysWords() {
        RichText half = QuantityMath.exponent(Exponent.of(-1, 2));
        assertTrue(half.spans().get(0) instanceof Inline.Math);
        assertEquals("m^(\u22121/2)", half.plain());
        assertEquals(RichText.of("identically 0"), QuantityMath.exponent(Exponent.ZERO_FUNCTION));
    }

    /** The steps keep their console spelling and become typeset math in the report. */
    @Test
    void derivationStepsTranslateToReportMath() {
        Step step = Step.of("group ", Notate.layers(List.of(1, 2)), ": ",
                row(norm(row(Notate.transpose(product(4, 3)), "u")), Op.SIM, Notate.power(new Fraction(-1, 2))));
        assertEquals("group {1,2}: ||A[4..3]^T u|| ~ m^-1/2", step.plain());
        RichText text = NotationMath.step(step);
        assertEquals("group {1, 2}: \u2016A_[4..3]^T u\u2016 ~ m^(\u22121/2)", text.plain());
        assertEquals(4, text.spans().size());
        assertEquals("z_\u2113(w_0)", PlainMath.render(NotationMath.of(Notate.call(sub("z", Notate.ELL), Notate.W0))));
    }

    /** Every kind of notation has a report form that renders (NotationCases makes the compiler check that one exists). */
    @Test
    void everyNotationTranslates() {
        List<Notation> samples = Stream.of(Notate.PHI, name("f"), Notate.W0, Notate.call("f", Notate.W0), Notate.num(2), new Notation.Ratio(Fraction.ONE_HALF), Notate.op(Op.LEQ),
                pow(name("m"), name("p")), Notate.transpose(name("A")), sub("z", 1), Notate.sqrt("n"), Notate.neg("c"),
                Notate.derivative("f", "W"), Notate.sumOver(Notate.ELL), product(3, 1), Notate.dz(2, 1),
                Notate.prime(Notate.PHI, 2), Notate.norm2(name("a")), Notate.abs(name("f")), Notate.paren(name("x")),
                Notate.layers(List.of(1)), Notate.sup(name("f")), row("a", "b"), Notate.decimal("-0.502"),
                Notate.interval(Notate.decimal("-0.6"), Notate.decimal("-0.4")),
                Notate.quantity(new Quantity.HessianNorm()), new Notation.ListOf(List.of(Notate.num(1)))).toList();
        Set<Class<?>> kinds = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        kinds.add(Notation.Norm.class);
        assertEquals(Set.of(Notation.class.getPermittedSubclasses()), kinds);
        for (Notation n : samples) {
            assertTrue(!PlainMath.render(NotationMath.of(n)).isBlank(), n.plain());
        }
        assertEquals("\u221a(n)", PlainMath.render(NotationMath.of(Notate.sqrt("n"))));
        assertEquals("sqrt(n)", Notate.sqrt("n").plain());
        assertEquals("A^T", PlainMath.render(NotationMath.of(Notate.transpose(name("A")))));
        assertEquals("A^T", Notate.transpose(name("A")).plain());
        assertEquals("f(w0)", Notate.call("f", Notate.W0).plain());
        assertEquals("\u03c6''", PlainMath.render(NotationMath.of(Notate.prime(Notate.PHI, 2))));
        assertEquals("phi''", Notate.prime(Notate.PHI, 2).plain());
        assertEquals("m = [64, 128]", Notate.widths(List.of(64L, 128L)).plain());
        assertEquals("m = [64, 128]", PlainMath.render(NotationMath.of(Notate.widths(List.of(64L, 128L)))));
        assertEquals("[\u22120.6, \u22120.4]", PlainMath.render(NotationMath.of(
                Notate.interval(Notate.decimal("-0.6"), Notate.decimal("-0.4")))));
    }
}
