package io.multilin.check.adversarial;

/**
 * One assertion about a network, written as a claim-file entry ({@code text}, what follows
 * "- "), with what the symbolic side must say about it given the derivation.
 *
 * @param derived      the derived value the variant is built from, for failure messages
 * @param perturbation how the variant differs from the derived truth ("true" for none)
 */
record Variant(String text, Expect expect, String derived, String perturbation) {

    /** What the exact comparison with the derivation must give (docs/VERDICTS.md). */
    enum Expect {
        /** The derived truth itself: VERIFIED symbolically. */
        TRUE,
        /** False by the derivation, every quantity the assertion rests on derived: REFUTED. */
        FALSE,
        /**
         * False by the derivation of one part of a conjunction while another part has no rule
         * (a Taylor degree above the derived one of a non-linear network): REFUTED is what the
         * derivation allows; UNSUPPORTED is sound too (see {@code ConjunctionGapTest}).
         */
        FALSE_BESIDE_NO_RULE,
        /** No derivation decides it: UNSUPPORTED, never VERIFIED. */
        NO_RULE
    }

    boolean isFalse() {
        return expect == Expect.FALSE || expect == Expect.FALSE_BESIDE_NO_RULE;
    }

    String describe() {
        return text + " [" + perturbation + "; derived " + derived + "]";
    }
}
