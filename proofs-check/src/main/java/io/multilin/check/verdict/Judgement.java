package io.multilin.check.verdict;

/** An outcome with the reason a reader needs to check it (quantity, numbers, rule). */
public record Judgement(Outcome outcome, String reason) {

    public static Judgement supports(String reason) {
        return new Judgement(Outcome.SUPPORTS, reason);
    }

    public static Judgement contradicts(String reason) {
        return new Judgement(Outcome.CONTRADICTS, reason);
    }

    public static Judgement undecided(String reason) {
        return new Judgement(Outcome.UNDECIDED, reason);
    }

    public static Judgement noRule(String reason) {
        return new Judgement(Outcome.NO_RULE, reason);
    }
}
