package io.multilin.numeric.training;

/**
 * What was measured on the network trained at one depth L.
 *
 * @param depth                 L
 * @param singularValues        singular values of {@code W_l}, largest first, at index l - 1 (l = 1..L)
 * @param nearOneCounts         singular values of {@code W_l} in [1/2, 2], index l - 1
 * @param middleFrom            first middle layer ({@code L/4 < l <= 3L/4})
 * @param middleTo              last middle layer
 * @param learnedRank           most frequent near-1 count among the middle layers (smaller on ties)
 * @param agreeingMiddleLayers  how many middle layers have exactly that count
 * @param restNormRms           RMS over the middle layers of the norm of the singular values not near 1
 * @param largestRest           largest singular value not near 1 over the middle layers
 * @param representationRanks   numerical rank of the centred hidden representation {@code a_l} over the
 *                              data, index l - 1 for l = 1..L-1
 * @param representationMiddleRank most frequent representation rank among the middle hidden layers
 * @param jacobianRanks         numerical rank of {@code df/dx} at each sampled input
 * @param jacobianRank          median of {@link #jacobianRanks}
 * @param training              the training run (final loss, steps, curve)
 */
public record DepthResult(int depth, double[][] singularValues, int[] nearOneCounts, int middleFrom, int middleTo,
                          int learnedRank, int agreeingMiddleLayers, double restNormRms, double largestRest,
                          int[] representationRanks, int representationMiddleRank,
                          int[] jacobianRanks, int jacobianRank, TrainingRun training) {

    /** The number of middle layers. */
    public int middleLayers() {
        return middleTo - middleFrom + 1;
    }
}
