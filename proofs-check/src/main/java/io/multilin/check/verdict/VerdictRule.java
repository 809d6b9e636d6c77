package io.multilin.check.verdict;

import java.util.Optional;

/** MATH.md section 5: one verdict per assertion from the two sides' findings. */
public final class VerdictRule {

    private VerdictRule() {
    }

    /** A verdict with the reason a reader needs. */
    public record Decision(Verdict verdict, String reason) {
    }

    /**
     * @param symbolic present unless the mode is NUMERIC
     * @param numeric present unless the mode is SYMBOLIC
     */
    public static Decision decide(Mode mode, Optional<SideFinding> symbolic, Optional<SideFinding> numeric) {
        if (mode == Mode.SYMBOLIC) {
            Judgement s = symbolic.orElseThrow().judgement();
            return switch (s.outcome()) {
                case SUPPORTS -> new Decision(Verdict.VERIFIED, s.reason());
                case CONTRADICTS -> new Decision(Verdict.REFUTED, s.reason());
                default -> new Decision(Verdict.UNSUPPORTED, s.reason());
            };
        }
        Judgement n = numeric.orElseThrow().judgement();
        if (mode == Mode.NUMERIC) {
            return switch (n.outcome()) {
                case SUPPORTS -> new Decision(Verdict.VERIFIED, n.reason());
                case CONTRADICTS -> new Decision(Verdict.REFUTED, n.reason());
                default -> new Decision(Verdict.INCONCLUSIVE, n.reason());
            };
        }
        Judgement s = symbolic.orElseThrow().judgement();
        if (s.outcome() == Outcome.NO_RULE || s.outcome() == Outcome.UNDECIDED) {
            return new Decision(Verdict.UNSUPPORTED, s.reason() + " | numeric (not a verification): " + n.reason());
        }
        if (n.outcome() == Outcome.NO_RULE || n.outcome() == Outcome.UNDECIDED) {
            return new Decision(Verdict.INCONCLUSIVE, n.reason());
        }
        if (s.outcome() == n.outcome()) {
            return s.outcome() == Outcome.SUPPORTS
                    ? new Decision(Verdict.VERIFIED, n.reason() + " | " + s.reason())
                    : new Decision(Verdict.REFUTED, n.reason() + " | " + s.reason());
        }
        String symbolicSays = s.outcome() == Outcome.SUPPORTS ? "supports" : "contradicts";
        String numericSays = n.outcome() == Outcome.SUPPORTS ? "supports" : "contradicts";
        return new Decision(Verdict.DISAGREEMENT, "symbolic " + symbolicSays + " (" + s.reason() + ") but numeric "
                + numericSays + " (" + n.reason() + ")");
    }
}
