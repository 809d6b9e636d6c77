package io.multilin.check.verdict;

import io.multilin.architecture.notation.Step;

/**
 * An outcome with the reason a reader needs to check it (quantity, numbers, rule), as words and
 * math ({@code because}) so that the report can typeset it; {@link #reason()} is its plain text.
 */
public record Judgement(Outcome outcome, Step because) {

    /** A reason that is words only. */
    public Judgement(Outcome outcome, String reason) {
        this(outcome, Step.of(reason));
    }

    /** The reason as the console and the JSON print it. */
    public String reason() {
        return because.plain();
    }

    /** Each part a String (words), a Notation (math) or a Step, as in {@link Step#of}. */
    public static Judgement supports(Object... reason) {
        return new Judgement(Outcome.SUPPORTS, Step.of(reason));
    }

    public static Judgement contradicts(Object... reason) {
        return new Judgement(Outcome.CONTRADICTS, Step.of(reason));
    }

    public static Judgement undecided(Object... reason) {
        return new Judgement(Outcome.UNDECIDED, Step.of(reason));
    }

    public static Judgement noRule(Object... reason) {
        return new Judgement(Outcome.NO_RULE, Step.of(reason));
    }
}
