package io.multilin.check.report;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.Numbers;
import io.multilin.check.claim.Scale;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Symbol;

import static io.multilin.reports.model.MathNode.row;
import static io.multilin.reports.model.MathNode.sym;

/**
 * The claimed value of an assertion as a referee reads it in an appendix: a claimed exponent of
 * the width as the power of m it is ({@code exponent: -1/2} is m^{-1/2}, next to the predicted
 * m^{-1/2} of the same table), the quantity an init scale or a one-step change is about in its
 * math form, and the words of every other property (order one, vanishes, a degree, true). The
 * console and the JSON keep the claim-file spelling ({@link Assertion#claimedText()}).
 */
final class ClaimedMath {

    private ClaimedMath() {
    }

    static RichText of(Assertion assertion) {
        if (assertion instanceof Assertion.HessianNorm h) {
            return scale(h.scale(), "m");
        } else if (assertion instanceof Assertion.HessianBlock b) {
            return RichText.of("segments " + b.rowSegment() + " and " + b.columnSegment() + ": ",
                    scale(b.scale(), "m"));
        } else if (assertion instanceof Assertion.InitScale i) {
            Quantity q = i.layer().isPresent() ? new Quantity.PreActivationScale(i.layer().getAsInt())
                    : new Quantity.OutputScale();
            return RichText.of(QuantityMath.text(q), " ", sim(i.exponent()));
        } else if (assertion instanceof Assertion.OneStepChange o) {
            return RichText.of(QuantityMath.text(new Quantity.OneStepChange(o.target(), o.lr())), " ",
                    sim(o.exponent()), " (mean squared error, target " + Numbers.format(o.target()) + ", rate "
                            + Numbers.format(o.lr()) + ")");
        } else if (assertion instanceof Assertion.SmallSingularValues s) {
            return scale(s.scale(), "L");
        }
        return RichText.of(assertion.claimedText());
    }

    /** A claimed scale in the width m, or in the depth L for training claims. */
    private static RichText scale(Scale scale, String variable) {
        if (scale instanceof Scale.Exponent e) {
            return power(e.value(), variable);
        } else if (scale instanceof Scale.OrderOne) {
            return RichText.of("order one");
        } else if (scale instanceof Scale.Vanishes) {
            return RichText.of("vanishes");
        } else if (scale instanceof Scale.DoesNotVanish) {
            return RichText.of("does not vanish");
        }
        String bound = Numbers.format(((Scale.Bound) scale).value());
        if (!MathNode.DECIMAL.matcher(bound).matches()) {
            return RichText.of(scale.spelling());
        }
        MathNode exponent = new MathNode.Decimal(bound);
        return RichText.math(row(MathNode.var("O"), new MathNode.Group(MathNode.pow(MathNode.var(variable), exponent),
                false)));
    }

    /** {@code ~ m^e}: "is of the order of", or the words "identically 0". */
    private static RichText sim(Exponent e) {
        return e.value().map(v -> RichText.math(row(sym(Symbol.SIM), QuantityMath.power(v.getNumerator(),
                v.getDenominator())))).orElse(RichText.of("identically 0"));
    }

    private static RichText power(Exponent e, String variable) {
        return e.value().map(v -> RichText.math(MathNode.pow(MathNode.var(variable),
                new MathNode.Frac(v.getNumerator(), v.getDenominator())))).orElse(RichText.of("identically 0"));
    }
}
