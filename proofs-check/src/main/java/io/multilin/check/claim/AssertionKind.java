package io.multilin.check.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of assertion, with the key a claim file writes it under (docs/CLAIMS.md and
 * docs/TRAINING-CLAIMS.md). This is the one place those keys are spelled: the parser, the JSON,
 * the tables and the claim writer read them here. A new kind added here does not compile until
 * the parser's two exhaustive switches place it (in its family, or refused in the other).
 */
public enum AssertionKind {

    MULTILINEAR_DEGREE("multilinear-degree", Family.NETWORK, Answer.COUNT),
    TAYLOR_DEGREE("taylor-degree", Family.NETWORK, Answer.COUNT),
    LINEAR("linear", Family.NETWORK, Answer.VALUE),
    HESSIAN_NORM("hessian-norm", Family.NETWORK, Answer.EXPONENT),
    HESSIAN_BLOCK("hessian-block", Family.NETWORK, Answer.EXPONENT),
    TANGENT_KERNEL("tangent-kernel", Family.NETWORK, Answer.VALUE),
    INIT_SCALE("init-scale", Family.NETWORK, Answer.EXPONENT),
    ONE_STEP_CHANGE("one-step-change", Family.NETWORK, Answer.EXPONENT),
    STATIONARY_AT_INIT("stationary-at-init", Family.NETWORK, Answer.VALUE),
    FEATURE_CHANGE("feature-change", Family.NETWORK, Answer.EXPONENT),
    OUTPUT_CHANGE("output-change", Family.NETWORK, Answer.EXPONENT),
    LOSS_CHANGE("loss-change", Family.NETWORK, Answer.EXPONENT),
    REGIME("regime", Family.NETWORK, Answer.VALUE),
    LEARNED_RANK("learned-rank", Family.TRAINING, Answer.COUNT),
    SMALL_SINGULAR_VALUES("small-singular-values", Family.TRAINING, Answer.VALUE),
    REPRESENTATION_RANK("representation-rank", Family.TRAINING, Answer.COUNT),
    JACOBIAN_RANK("jacobian-rank", Family.TRAINING, Answer.COUNT);

    /** Which claims may hold the kind: network claims ({@code network:}) or training claims ({@code train:}). */
    public enum Family { NETWORK, TRAINING }

    /**
     * What a side answers, which is what the tables and the JSON show beside the claimed value:
     * a count (a degree or a rank), a value written as in claim files (true, constant, a slope in
     * the depth), or an exponent of the width (the prediction and the fit of the assertion's
     * quantity).
     */
    public enum Answer { COUNT, VALUE, EXPONENT }

    private final String key;
    private final Family family;
    private final Answer answer;

    AssertionKind(String key, Family family, Answer answer) {
        this.key = key;
        this.family = family;
        this.answer = answer;
    }

    /** The key in claim files, e.g. {@code hessian-block}. */
    public String key() {
        return key;
    }

    /** The key as words, for sentences: {@code learned rank}. */
    public String words() {
        return key.replace('-', ' ');
    }

    public Family family() {
        return family;
    }

    public Answer answer() {
        return answer;
    }

    /** The kind written under this key, if any. */
    public static Optional<AssertionKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The keys of one family, in declaration order (for messages and the schema test). */
    public static List<String> keys(Family family) {
        return Arrays.stream(values()).filter(k -> k.family == family).map(AssertionKind::key).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
