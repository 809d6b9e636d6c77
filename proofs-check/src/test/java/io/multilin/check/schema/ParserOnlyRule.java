package io.multilin.check.schema;

import io.multilin.check.claim.ClaimError;
import java.util.List;

/**
 * The rules of docs/claim.schema.json's description that mutations of valid claims can break
 * and that only the parser enforces, each recognized by its error message. A claim the schema
 * accepts and the parser rejects is a disagreement unless every parser error is one of these.
 * (The other parser-only rules of that list, spellings and digit counts, are kept out of the
 * generated files instead: generators write canonical spellings and mutations write short YAML
 * numbers, never quoted ones.)
 */
enum ParserOnlyRule {

    /** (1) A segment of hessian-block, a layer of init-scale or feature-change: must exist in the network. */
    SEGMENT_OR_LAYER_EXISTS("does not exist"),
    /** (1) A regime needs a hidden layer. */
    REGIME_NEEDS_A_HIDDEN_LAYER("a regime needs a hidden layer"),
    /** (2) network.a, b, c: one entry per layer. */
    ONE_ENTRY_PER_LAYER("expected one entry per layer"),
    /** (3) The last width is fixed (the first one the schema checks). */
    LAST_WIDTH_FIXED("expected fixed integer input and output widths"),
    /** (5) sweep.widths increase and span 2x. */
    SWEEP_INCREASES("increasing positive integers spanning"),
    /** (5) train.depths increase. */
    DEPTHS_INCREASE("expected increasing depths"),
    /** (5) The steps of a dynamics assertion increase. */
    STEPS_INCREASE("steps must increase"),
    /** (6) train.data.uses < latent. */
    USES_FEWER_THAN_LATENT("expected fewer latent coordinates");

    private final String message;

    ParserOnlyRule(String message) {
        this.message = message;
    }

    static boolean explains(ClaimError error) {
        for (ParserOnlyRule rule : values()) {
            if (error.message().contains(rule.message)) {
                return true;
            }
        }
        return false;
    }

    static boolean explainAll(List<ClaimError> errors) {
        return !errors.isEmpty() && errors.stream().allMatch(ParserOnlyRule::explains);
    }
}
