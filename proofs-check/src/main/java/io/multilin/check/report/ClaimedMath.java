package io.multilin.check.report;

import static io.multilin.reports.model.MathNode.row;
import static io.multilin.reports.model.MathNode.sym;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.Numbers;
import io.multilin.check.claim.Scale;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Symbol;

import java.util.stream.Collectors;

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
        return assertion.accept(NETWORK, TRAINING);
    }

    private static final NetworkAssertion.Cases<RichText> NETWORK = new NetworkAssertion.Cases<>() {
        @Override
        public RichText hessianNorm(NetworkAssertion.HessianNorm a) {
            return scale(a.scale(), "m");
        }

        @Override
        public RichText hessianBlock(NetworkAssertion.HessianBlock a) {
            return RichText.of("segments " + a.rowSegment() + " and " + a.columnSegment() + ": ",
                    scale(a.scale(), "m"));
        }

        @Override
        public RichText initScale(NetworkAssertion.InitScale a) {
            Quantity q = a.layer().isPresent() ? new Quantity.PreActivationScale(a.layer().getAsInt())
                    : new Quantity.OutputScale();
            return RichText.of(QuantityMath.text(q), " ", sim(a.exponent()));
        }

        @Override
        public RichText oneStepChange(NetworkAssertion.OneStepChange a) {
            return RichText.of(QuantityMath.text(new Quantity.OneStepChange(a.target(), a.lr())), " ",
                    sim(a.exponent()), " (mean squared error, target " + Numbers.format(a.target()) + ", rate "
                            + Numbers.format(a.lr()) + ")");
        }

        @Override
        public RichText featureChange(NetworkAssertion.FeatureChange a) {
            return RichText.of("layer " + a.layer() + ": ", scale(a.scale(), "m"), steps(a.steps()));
        }

        @Override
        public RichText outputChange(NetworkAssertion.OutputChange a) {
            return RichText.of(scale(a.scale(), "m"), steps(a.steps()));
        }

        @Override
        public RichText lossChange(NetworkAssertion.LossChange a) {
            return RichText.of(scale(a.scale(), "m"), steps(a.steps()));
        }

        @Override
        public RichText regime(NetworkAssertion.Regime a) {
            return RichText.of(a.regime().spelling(), steps(a.steps()));
        }

        // a degree or a yes/no value reads as written
        @Override
        public RichText multilinearDegree(NetworkAssertion.MultilinearDegree a) {
            return RichText.of(a.claimedText());
        }

        @Override
        public RichText taylorDegree(NetworkAssertion.TaylorDegree a) {
            return RichText.of(a.claimedText());
        }

        @Override
        public RichText linear(NetworkAssertion.Linear a) {
            return RichText.of(a.claimedText());
        }

        @Override
        public RichText tangentKernel(NetworkAssertion.TangentKernel a) {
            return RichText.of(a.claimedText());
        }

        @Override
        public RichText stationaryAtInit(NetworkAssertion.StationaryAtInit a) {
            return RichText.of(a.claimedText());
        }
    };

    private static final TrainingAssertion.Cases<RichText> TRAINING = new TrainingAssertion.Cases<>() {
        @Override
        public RichText smallSingularValues(TrainingAssertion.SmallSingularValues a) {
            return scale(a.scale(), "L");
        }

        // a rank reads as written
        @Override
        public RichText learnedRank(TrainingAssertion.LearnedRank a) {
            return RichText.of(a.claimedText());
        }

        @Override
        public RichText representationRank(TrainingAssertion.RepresentationRank a) {
            return RichText.of(a.claimedText());
        }

        @Override
        public RichText jacobianRank(TrainingAssertion.JacobianRank a) {
            return RichText.of(a.claimedText());
        }
    };

    private static RichText steps(GradientSteps s) {
        return RichText.of(" at steps " + s.steps().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (" + s.optimizer().spelling() + " on the mean squared error, target " + Numbers.format(s.target())
                + ", rate " + Numbers.format(s.lr())
                + (s.setup().oneRate() ? "" : ", the first step's rates m^" + s.setup().exponentText()
                        + " times the later ones")
                + (s.batch() == 1 ? "" : ", a batch of " + s.batch() + " inputs") + ")");
    }

    /** A claimed scale in the width m, or in the depth L for training claims. */
    private static RichText scale(Scale scale, String variable) {
        return scale.accept(new Scale.Cases<>() {
            @Override
            public RichText exponent(Scale.Exponent s) {
                return power(s.value(), variable);
            }

            @Override
            public RichText orderOne(Scale.OrderOne s) {
                return RichText.of("order one");
            }

            @Override
            public RichText vanishes(Scale.Vanishes s) {
                return RichText.of("vanishes");
            }

            @Override
            public RichText doesNotVanish(Scale.DoesNotVanish s) {
                return RichText.of("does not vanish");
            }

            @Override
            public RichText bound(Scale.Bound s) {
                String bound = Numbers.format(s.value());
                if (!MathNode.DECIMAL.matcher(bound).matches()) {
                    return RichText.of(s.spelling());
                }
                MathNode exponent = new MathNode.Decimal(bound);
                return RichText.math(row(MathNode.var("O"), new MathNode.Group(MathNode.pow(MathNode.var(variable),
                        exponent), false)));
            }
        });
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
