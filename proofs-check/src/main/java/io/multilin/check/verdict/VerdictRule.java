package io.multilin.check.verdict;

import io.multilin.architecture.notation.Step;
import java.util.List;
import java.util.Optional;

/**
 * docs/VERDICTS.md: one verdict per assertion. The symbolic side derives; the claim is
 * compared with the derivation exactly; the numeric side checks the derivation (never the
 * claim) unless it is alone.
 */
public final class VerdictRule {

    private VerdictRule() {
    }

    /** A verdict with the reason a reader needs, as words and math. */
    public record Decision(Verdict verdict, Step because) {

        /** A reason that is words only. */
        public Decision(Verdict verdict, String reason) {
            this(verdict, Step.of(reason));
        }

        public static Decision of(Verdict verdict, Object... reason) {
            return new Decision(verdict, Step.of(reason));
        }

        /** The reason as the console and the JSON print it. */
        public String reason() {
            return because.plain();
        }
    }

    /**
     * @param symbolic the exact comparison of claim and derivation; present unless NUMERIC
     * @param checks   the numeric checks of every derived quantity the comparison used (BOTH)
     * @param numeric  the measurement compared with the claim by the tolerance; present unless
     *                 SYMBOLIC (in BOTH it only says whether the measurement alone excludes a
     *                 refuted claim)
     */
    public static Decision decide(Mode mode, Optional<SideFinding> symbolic, List<DerivationCheck> checks,
                                  Optional<SideFinding> numeric) {
        if (mode == Mode.SYMBOLIC) {
            Judgement s = symbolic.orElseThrow().judgement();
            return switch (s.outcome()) {
                case SUPPORTS -> new Decision(Verdict.VERIFIED, s.because());
                case CONTRADICTS -> new Decision(Verdict.REFUTED, s.because());
                default -> new Decision(Verdict.UNSUPPORTED, s.because());
            };
        }
        Judgement n = numeric.orElseThrow().judgement();
        if (mode == Mode.NUMERIC) {
            return switch (n.outcome()) {
                case SUPPORTS -> Decision.of(Verdict.VERIFIED, "numeric only: ", n.because());
                case CONTRADICTS -> Decision.of(Verdict.REFUTED, "numeric only: ", n.because());
                default -> Decision.of(Verdict.INCONCLUSIVE, "numeric only: ", n.because());
            };
        }
        Judgement s = symbolic.orElseThrow().judgement();
        if (s.outcome() == Outcome.NO_RULE || s.outcome() == Outcome.UNDECIDED) {
            return Decision.of(Verdict.UNSUPPORTED, s.because(), " | numeric (not a verification): ", n.because());
        }
        List<DerivationCheck> contradicting = of(checks, Agreement.CONTRADICTS);
        if (!contradicting.isEmpty()) {
            return Decision.of(Verdict.DISAGREEMENT, "the measurement contradicts the derivation: ",
                    reasons(contradicting), " | ", s.because());
        }
        List<DerivationCheck> undecided = of(checks, Agreement.CANNOT_TELL);
        if (!undecided.isEmpty()) {
            return Decision.of(Verdict.INCONCLUSIVE, "the measurement cannot tell whether it agrees with the"
                    + " derivation: ", reasons(undecided), " | ", s.because());
        }
        if (checks.isEmpty()) {
            // every quantity was exact by construction (nothing to measure) or none was planned
            return s.outcome() == Outcome.SUPPORTS ? new Decision(Verdict.VERIFIED, s.because())
                    : new Decision(Verdict.REFUTED, s.because());
        }
        Step measured = Step.of("measurement agrees with the derivation: ", reasons(checks));
        if (s.outcome() == Outcome.SUPPORTS) {
            return Decision.of(Verdict.VERIFIED, "the claim equals the derivation (", s.because(), "); ", measured);
        }
        Step separation = n.outcome() == Outcome.CONTRADICTS
                ? Step.of("the measurement alone also excludes the claim (", n.because(), ")")
                : Step.of("only the exact derivation separates the claim from it (the measurement alone "
                + (n.outcome() == Outcome.SUPPORTS ? "is consistent with the claim too" : "cannot tell") + ": ",
                n.because(), ")");
        return Decision.of(Verdict.REFUTED, "the claim differs from the derivation (", s.because(), "); ", measured,
                "; ", separation);
    }

    /**
     * Training claims: the symbolic side has bounds and ranks, not an exact exponent to check
     * numerically, so each side judges the claim: agreement gives VERIFIED or REFUTED, one side
     * for and one against DISAGREEMENT.
     */
    public static Decision decideTraining(Mode mode, Optional<SideFinding> symbolic, Optional<SideFinding> numeric) {
        if (mode != Mode.BOTH) {
            return decide(mode, symbolic, List.of(), numeric);
        }
        Judgement s = symbolic.orElseThrow().judgement();
        Judgement n = numeric.orElseThrow().judgement();
        if (s.outcome() == Outcome.NO_RULE || s.outcome() == Outcome.UNDECIDED) {
            return Decision.of(Verdict.UNSUPPORTED, s.because(), " | numeric (not a verification): ", n.because());
        }
        if (n.outcome() == Outcome.NO_RULE || n.outcome() == Outcome.UNDECIDED) {
            return new Decision(Verdict.INCONCLUSIVE, n.because());
        }
        if (s.outcome() == n.outcome()) {
            return Decision.of(s.outcome() == Outcome.SUPPORTS ? Verdict.VERIFIED : Verdict.REFUTED,
                    n.because(), " | ", s.because());
        }
        return Decision.of(Verdict.DISAGREEMENT, "symbolic " + says(s) + " (", s.because(), ") but numeric "
                + says(n) + " (", n.because(), ")");
    }

    private static String says(Judgement j) {
        return j.outcome() == Outcome.SUPPORTS ? "supports" : "contradicts";
    }

    private static List<DerivationCheck> of(List<DerivationCheck> checks, Agreement agreement) {
        return checks.stream().filter(c -> c.agreement() == agreement).toList();
    }

    private static Step reasons(List<DerivationCheck> checks) {
        return Step.join("; ", checks.stream().map(DerivationCheck::because).toList());
    }
}
