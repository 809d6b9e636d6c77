package io.multilin.check.verdict;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * docs/VERDICTS.md: one verdict per assertion. The symbolic side derives; the claim is
 * compared with the derivation exactly; the numeric side checks the derivation (never the
 * claim) unless it is alone.
 */
public final class VerdictRule {

    private VerdictRule() {
    }

    /** A verdict with the reason a reader needs. */
    public record Decision(Verdict verdict, String reason) {
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
                case SUPPORTS -> new Decision(Verdict.VERIFIED, s.reason());
                case CONTRADICTS -> new Decision(Verdict.REFUTED, s.reason());
                default -> new Decision(Verdict.UNSUPPORTED, s.reason());
            };
        }
        Judgement n = numeric.orElseThrow().judgement();
        if (mode == Mode.NUMERIC) {
            return switch (n.outcome()) {
                case SUPPORTS -> new Decision(Verdict.VERIFIED, "numeric only: " + n.reason());
                case CONTRADICTS -> new Decision(Verdict.REFUTED, "numeric only: " + n.reason());
                default -> new Decision(Verdict.INCONCLUSIVE, "numeric only: " + n.reason());
            };
        }
        Judgement s = symbolic.orElseThrow().judgement();
        if (s.outcome() == Outcome.NO_RULE || s.outcome() == Outcome.UNDECIDED) {
            return new Decision(Verdict.UNSUPPORTED, s.reason() + " | numeric (not a verification): " + n.reason());
        }
        List<DerivationCheck> contradicting = of(checks, Agreement.CONTRADICTS);
        if (!contradicting.isEmpty()) {
            return new Decision(Verdict.DISAGREEMENT, "the measurement contradicts the derivation: "
                    + reasons(contradicting) + " | " + s.reason());
        }
        List<DerivationCheck> undecided = of(checks, Agreement.CANNOT_TELL);
        if (!undecided.isEmpty()) {
            return new Decision(Verdict.INCONCLUSIVE, "the measurement cannot tell whether it agrees with the"
                    + " derivation: " + reasons(undecided) + " | " + s.reason());
        }
        if (checks.isEmpty()) {
            // every quantity was exact by construction (nothing to measure) or none was planned
            return s.outcome() == Outcome.SUPPORTS ? new Decision(Verdict.VERIFIED, s.reason())
                    : new Decision(Verdict.REFUTED, s.reason());
        }
        String measured = "measurement agrees with the derivation: " + reasons(checks);
        if (s.outcome() == Outcome.SUPPORTS) {
            return new Decision(Verdict.VERIFIED, "the claim equals the derivation (" + s.reason() + "); " + measured);
        }
        String separation = n.outcome() == Outcome.CONTRADICTS
                ? "the measurement alone also excludes the claim (" + n.reason() + ")"
                : "only the exact derivation separates the claim from it (the measurement alone "
                + (n.outcome() == Outcome.SUPPORTS ? "is consistent with the claim too" : "cannot tell") + ": "
                + n.reason() + ")";
        return new Decision(Verdict.REFUTED, "the claim differs from the derivation (" + s.reason() + "); " + measured
                + "; " + separation);
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
            return new Decision(Verdict.UNSUPPORTED, s.reason() + " | numeric (not a verification): " + n.reason());
        }
        if (n.outcome() == Outcome.NO_RULE || n.outcome() == Outcome.UNDECIDED) {
            return new Decision(Verdict.INCONCLUSIVE, n.reason());
        }
        if (s.outcome() == n.outcome()) {
            return new Decision(s.outcome() == Outcome.SUPPORTS ? Verdict.VERIFIED : Verdict.REFUTED,
                    n.reason() + " | " + s.reason());
        }
        return new Decision(Verdict.DISAGREEMENT, "symbolic " + says(s) + " (" + s.reason() + ") but numeric "
                + says(n) + " (" + n.reason() + ")");
    }

    private static String says(Judgement j) {
        return j.outcome() == Outcome.SUPPORTS ? "supports" : "contradicts";
    }

    private static List<DerivationCheck> of(List<DerivationCheck> checks, Agreement agreement) {
        return checks.stream().filter(c -> c.agreement() == agreement).toList();
    }

    private static String reasons(List<DerivationCheck> checks) {
        return checks.stream().map(DerivationCheck::reason).collect(Collectors.joining("; "));
    }
}
