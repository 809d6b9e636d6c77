package io.multilin.check.verdict;

import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Scale;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.plan.Planner;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.RankPrediction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Each side's finding on an assertion of a training claim (docs/TRAINING-CLAIMS.md, section 5).
 * Rank findings carry the rank as {@link SideFinding#degree()}; small-singular-values findings
 * carry a one-line summary as {@link SideFinding#value()}.
 */
public final class TrainingJudge {

    /**
     * The symbolic rule for the rest of the spectrum: the representation cost is {@code L R + O(1)},
     * so the squared small singular values sum to O(1) over L layers and their per-layer RMS is
     * {@code O(L^-1/2)}, an upper bound, not a rate.
     */
    public static final double BOUND = -0.5;
    /** {@code O(L^-1/2)} as math; {@link #BOUND_TEXT} is its plain text. */
    public static final Step BOUND_STEP = Step.of(Notate.call("O", Notate.pow(Notate.name("L"),
            new Notation.Ratio(new Fraction(-1, 2)))));
    public static final String BOUND_TEXT = BOUND_STEP.plain();
    /** The representation cost {@code L R + O(1)} the bound comes from. */
    private static final Notation COST = Notate.row("L", "R", Op.PLUS, Notate.call("O", 1));
    static final String REST = "RMS rest of the middle layers";

    private TrainingJudge() {
    }

    /** The symbolic finding; {@code predictions} holds one derivation per seed (empty when it failed). */
    public static SideFinding symbolic(TrainingAssertion assertion, List<RankPrediction> predictions,
                                       Optional<String> failure, double tolerance) {
        return assertion.accept(new TrainingAssertion.Cases<>() {
            @Override
            public SideFinding learnedRank(TrainingAssertion.LearnedRank a) {
                return rank(a.rank(), predictions, failure);
            }

            @Override
            public SideFinding representationRank(TrainingAssertion.RepresentationRank a) {
                return rank(a.rank(), predictions, failure);
            }

            @Override
            public SideFinding jacobianRank(TrainingAssertion.JacobianRank a) {
                return rank(a.rank(), predictions, failure);
            }

            @Override
            public SideFinding smallSingularValues(TrainingAssertion.SmallSingularValues a) {
                return bound(a.scale(), tolerance);
            }
        });
    }

    /** The symbolic finding on a claimed rank: the derived bottleneck rank, when every seed's is proved and equal. */
    private static SideFinding rank(int claimed, List<RankPrediction> predictions, Optional<String> failure) {
        if (predictions.isEmpty()) {
            return SideFinding.of(Judgement.noRule("no bottleneck rank derived" + failure.map(f -> ": " + f).orElse("")));
        }
        for (RankPrediction p : predictions) {
            if (!p.exact()) {
                return SideFinding.of(Judgement.noRule("bottleneck rank not proved: " + p.rank() + " <= rank <= "
                        + p.upperBound()));
            }
        }
        int k = predictions.get(0).rank();
        if (predictions.stream().anyMatch(p -> p.rank() != k)) {
            return SideFinding.of(Judgement.noRule("the seeds' tasks have different bottleneck ranks: "
                    + predictions.stream().map(p -> Integer.toString(p.rank())).collect(Collectors.joining(", "))));
        }
        String text = "bottleneck rank of the target " + k + " (proved: bounds meet"
                + (predictions.size() > 1 ? ", every seed's task" : "") + ")";
        Judgement j = k == claimed ? Judgement.supports(text) : Judgement.contradicts(text + ", claimed " + claimed);
        return new SideFinding(j, Optional.of(k), Optional.empty());
    }

    /**
     * What the bound O(L^-1/2) implies about a claimed scale: it supports vanishing and every bound
     * no tighter than it, contradicts order one, non-vanishing and any exponent above it; it says
     * nothing about a faster rate or a tighter bound (no rule: UNSUPPORTED, never a guess).
     */
    static SideFinding bound(Scale scale, double tolerance) {
        Step text = Step.of(REST + ": predicted ", BOUND_STEP, " (upper bound from the representation cost ", COST,
                ")");
        Judgement j = scale.accept(new Scale.Cases<>() {
            @Override
            public Judgement vanishes(Scale.Vanishes s) {
                return Judgement.supports(text, ", vanishes");
            }

            @Override
            public Judgement orderOne(Scale.OrderOne s) {
                return Judgement.contradicts(text, ", " + s.spelling() + " claimed");
            }

            @Override
            public Judgement doesNotVanish(Scale.DoesNotVanish s) {
                return Judgement.contradicts(text, ", " + s.spelling() + " claimed");
            }

            @Override
            public Judgement bound(Scale.Bound b) {
                // exact: a bound O(L^b) follows from the paper's O(L^-1/2) only when b >= -1/2
                return b.value() >= BOUND ? Judgement.supports(text, ", implies ", ReasonMath.bigO(b.value()))
                        : Judgement.noRule(text, ": a bound does not imply the tighter ", ReasonMath.bigO(b.value()));
            }

            @Override
            public Judgement exponent(Scale.Exponent s) {
                double e = s.approximately();
                return e > BOUND ? Judgement.contradicts(text, ", exponent ", ReasonMath.claimed(e),
                        " claimed (above the bound)")
                        : Judgement.noRule(text, ": an upper bound does not predict the rate ", ReasonMath.depthPower(e));
            }
        });
        return new SideFinding(j, Optional.empty(), Optional.of(BOUND_TEXT));
    }

    /** The numeric finding from the runs of every seed. */
    public static SideFinding numeric(TrainingAssertion assertion, DepthSummary summary, double tolerance) {
        return assertion.accept(new TrainingAssertion.Cases<>() {
            @Override
            public SideFinding learnedRank(TrainingAssertion.LearnedRank a) {
                return rank(a, a.rank(), summary);
            }

            @Override
            public SideFinding representationRank(TrainingAssertion.RepresentationRank a) {
                return rank(a, a.rank(), summary);
            }

            @Override
            public SideFinding jacobianRank(TrainingAssertion.JacobianRank a) {
                return rank(a, a.rank(), summary);
            }

            @Override
            public SideFinding smallSingularValues(TrainingAssertion.SmallSingularValues a) {
                return rest(a.scale(), summary, tolerance);
            }
        });
    }

    /**
     * The measured ranks a rank assertion is judged on, per seed and depth; empty for
     * small-singular-values, which claims a law in L rather than a rank.
     */
    public static Optional<int[][]> measuredRanks(TrainingAssertion assertion, DepthSummary summary) {
        return assertion.accept(new TrainingAssertion.Cases<>() {
            @Override
            public Optional<int[][]> learnedRank(TrainingAssertion.LearnedRank a) {
                return Optional.of(summary.learnedRanks());
            }

            @Override
            public Optional<int[][]> representationRank(TrainingAssertion.RepresentationRank a) {
                return Optional.of(summary.representationRanks());
            }

            @Override
            public Optional<int[][]> jacobianRank(TrainingAssertion.JacobianRank a) {
                return Optional.of(summary.jacobianRanks());
            }

            @Override
            public Optional<int[][]> smallSingularValues(TrainingAssertion.SmallSingularValues a) {
                return Optional.empty();
            }
        });
    }

    /** The numeric finding on a claimed rank: the median over seeds of the rank measured at every upper depth. */
    private static SideFinding rank(TrainingAssertion assertion, int claimed, DepthSummary summary) {
        int[][] perSeed = measuredRanks(assertion, summary).orElseThrow();
        int[] median = DepthSummary.medianOverSeeds(perSeed);
        List<Integer> upper = summary.upperDepthIndices();
        String name = assertion.kind().words();
        StringBuilder shown = new StringBuilder();
        for (int d = 0; d < median.length; d++) {
            shown.append(d == 0 ? "" : ", ").append("L=").append(summary.depths()[d]).append(": ").append(median[d]);
        }
        String text = name + " (median over " + perSeed.length + " seed" + (perSeed.length == 1 ? "" : "s")
                + ") " + shown + "; upper depths L >= " + summary.depths()[upper.get(0)];
        boolean same = upper.stream().allMatch(d -> median[d] == median[upper.get(0)]);
        if (!same) {
            return SideFinding.of(Judgement.undecided(text + ": the upper depths disagree; more depths or seeds"
                    + " needed"));
        }
        int value = median[upper.get(0)];
        Judgement j = value == claimed ? Judgement.supports(text + ": " + value + " at every upper depth")
                : Judgement.contradicts(text + ": " + value + " at every upper depth, claimed " + claimed);
        return new SideFinding(j, Optional.of(value), Optional.empty());
    }

    private static SideFinding rest(Scale scale, DepthSummary summary, double tolerance) {
        if (summary.restFit().isEmpty()) {
            return SideFinding.of(Judgement.undecided(REST + ": " + summary.fitNote() + " (medians "
                    + Arrays.toString(summary.restMedians()) + ")"));
        }
        Fit fit = summary.restFit().get();
        String value = String.format(java.util.Locale.ROOT, "slope %.2f [%.2f, %.2f]", fit.slope(), fit.ci95Low(),
                fit.ci95High());
        Step label = Step.of(REST + " against ", Notate.name("L"));
        Judgement j;
        if (scale instanceof Scale.Bound b) {
            double limit = b.value() + tolerance;
            Step slope = Step.of(label, ": ", ReasonMath.slope(fit));
            if (fit.ci95High() <= limit + 1e-9) {
                j = Judgement.supports(slope, ", ", ReasonMath.bigO(b.value()), " (",
                        ReasonMath.compare(Notate.name("hi"), Op.LEQ, limit), ")");
            } else if (fit.ci95Low() > limit + 1e-9) {
                j = Judgement.contradicts(slope, ", decays slower than ", ReasonMath.depthPower(b.value()), " (",
                        ReasonMath.compare(Notate.name("lo"), Op.GREATER, limit), ")");
            } else {
                j = Judgement.undecided(slope, ", cannot decide ", ReasonMath.bigO(b.value()), " (interval contains ",
                        ReasonMath.number(limit), "); more depths or seeds needed");
            }
        } else {
            // the table's advice is about what more to sweep; here the sweep is over depths
            j = NumericJudge.fromFit(label, Planner.property(scale), fit, true, tolerance, "depths");
        }
        return new SideFinding(j, Optional.empty(), Optional.of(value));
    }
}
