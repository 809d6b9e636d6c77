package io.multilin.check.sides;

import java.util.List;

/**
 * The symbolic side of a training claim for one seed: bounds on the bottleneck rank of the
 * task's target, derived from the generating construction (docs/TRAINING-CLAIMS.md, section 2).
 *
 * @param rank          the lower bound (the rank when {@code exact})
 * @param upperBound    the upper bound
 * @param exact         whether the bounds meet (the rank is proved)
 * @param inputMapRank  rank of dx/dz at 0 (q: the input map is an immersion), -1 when not derived
 * @param derivation    the steps, one line each
 */
public record RankPrediction(int rank, int upperBound, boolean exact, int inputMapRank, List<String> derivation) {

    public RankPrediction {
        derivation = List.copyOf(derivation);
    }
}
