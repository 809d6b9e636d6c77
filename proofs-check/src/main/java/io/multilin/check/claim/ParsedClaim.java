package io.multilin.check.claim;

import java.util.List;
import java.util.Optional;

/** The outcome of reading one claim file: the claim when it is valid, otherwise every error found. */
public record ParsedClaim(String file, Optional<Claim> claim, List<ClaimError> errors) {

    public ParsedClaim {
        errors = List.copyOf(errors);
        if (claim.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("a parsed claim has either a claim or errors");
        }
    }
}
