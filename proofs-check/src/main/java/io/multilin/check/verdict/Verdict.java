package io.multilin.check.verdict;

import java.util.Collection;

/** The verdicts of docs/VERDICTS.md, worst first. */
public enum Verdict {
    REFUTED, DISAGREEMENT, INCONCLUSIVE, UNSUPPORTED, VERIFIED;

    /** The worst of several verdicts; VERIFIED for none. */
    public static Verdict worst(Collection<Verdict> verdicts) {
        Verdict result = VERIFIED;
        for (Verdict v : verdicts) {
            if (v.ordinal() < result.ordinal()) {
                result = v;
            }
        }
        return result;
    }
}
