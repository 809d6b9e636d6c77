package io.multilin.check.verdict;

import java.util.Optional;

/**
 * One side's conclusion about a whole assertion: its judgement and, for degree and yes/no
 * assertions, the value that side estimates (a degree; or a yes/no value spelled as in claim
 * files: true, false, constant, varies).
 */
public record SideFinding(Judgement judgement, Optional<Integer> degree, Optional<String> value) {

    public static SideFinding of(Judgement judgement) {
        return new SideFinding(judgement, Optional.empty(), Optional.empty());
    }

    public Outcome outcome() {
        return judgement.outcome();
    }
}
