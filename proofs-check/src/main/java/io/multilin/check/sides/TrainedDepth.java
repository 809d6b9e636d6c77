package io.multilin.check.sides;

import io.multilin.architecture.training.StopReason;
import java.util.List;

/**
 * What was measured on the network trained at one depth L (docs/TRAINING-CLAIMS.md, section 4),
 * as it crosses the training port.
 *
 * @param depth               L
 * @param steps               gradient steps taken
 * @param stop                why the training ended
 * @param fitLoss             the mean squared error at the end
 * @param regularizedLoss     the regularized loss at the end
 * @param singularValues      per layer l = 1..L (index l - 1), the singular values of W_l, largest first
 * @param nearOneCounts       per layer, how many of them lie in [1/2, 2]
 * @param middleFrom          the first middle layer ({@code L/4 < l <= 3L/4})
 * @param middleTo            the last middle layer
 * @param learnedRank         the most frequent near-1 count among the middle layers (smaller on ties)
 * @param agreeingMiddleLayers how many middle layers have exactly that count
 * @param restNormRms         RMS over the middle layers of the norm of the singular values not near 1
 * @param largestRest         the largest of those singular values over the middle layers
 * @param representationRanks per hidden layer l = 1..L-1, the numerical rank of its centred representation
 * @param representationRank  the most frequent representation rank among the middle hidden layers
 * @param jacobianRank        the median numerical rank of df/dx over the sampled inputs
 */
public record TrainedDepth(int depth, int steps, StopReason stop, double fitLoss, double regularizedLoss,
                           List<List<Double>> singularValues, List<Integer> nearOneCounts, int middleFrom,
                           int middleTo, int learnedRank, int agreeingMiddleLayers, double restNormRms,
                           double largestRest, List<Integer> representationRanks, int representationRank,
                           int jacobianRank) {

    public TrainedDepth {
        singularValues = singularValues.stream().map(List::copyOf).toList();
        nearOneCounts = List.copyOf(nearOneCounts);
        representationRanks = List.copyOf(representationRanks);
    }

    /** The number of middle layers. */
    public int middleLayers() {
        return middleTo - middleFrom + 1;
    }
}
