package io.multilin.architecture.notation;

import io.multilin.architecture.Quantity;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Steps spliced from parts equal the same step written at once; the math of reasons prints as the console did. */
class StepTest {

    @Test
    void adjacentWordsMergeAndEmptyWordsDrop() {
        Step spliced = Step.of("the claim ", Step.of("", "equals"), " the derivation");
        assertEquals(Step.of("the claim equals the derivation"), spliced);
        assertEquals(1, spliced.pieces().size());
        Step withMath = Step.of("derived ", "", Notate.power(new Fraction(-1, 2)), "", "; ", "done");
        assertEquals(List.of(new Step.Piece.Words("derived "), new Step.Piece.Math(Notate.power(new Fraction(-1, 2))),
                new Step.Piece.Words("; done")), withMath.pieces());
        assertEquals("derived m^-1/2; done", withMath.plain());
    }

    @Test
    void reasonMathPrintsAsTheConsoleDoes() {
        assertEquals("[-0.592, -0.412]", Notate.interval(Notate.decimal("-0.592"), Notate.decimal("-0.412")).plain());
        assertEquals("m = [64, 128, 256]", Notate.widths(List.of(64L, 128L, 256L)).plain());
        assertEquals("sup ||H||", Notate.quantity(new Quantity.HessianNorm()).plain());
        assertEquals("hi < -0.1", Notate.row("hi", Op.LESS, Notate.decimal("-0.1")).plain());
        assertEquals("O(L^-0.5)", Notate.call("O", Notate.pow(Notate.name("L"), Notate.decimal("-0.5"))).plain());
        assertThrows(IllegalArgumentException.class, () -> Notate.decimal("1.0E-4"));
        // a symbol, the initial point and a root are nodes, never names read back by a renderer
        for (String spelled : List.of("alpha", "phi", "grad", "l", "inf", "sqrt", "w0")) {
            assertThrows(IllegalArgumentException.class, () -> Notate.name(spelled), spelled);
        }
        assertEquals("alpha_L W_L a_{L - 1}", Notate.row(Notate.sub(Notate.ALPHA, "L"), Notate.sub("W", "L"),
                Notate.sub("a", Notate.row("L", Op.MINUS, 1))).plain());
        assertThrows(IllegalArgumentException.class, () -> new Notation.ListOf(List.of()));
    }
}
