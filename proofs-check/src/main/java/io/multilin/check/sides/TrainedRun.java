package io.multilin.check.sides;

import java.util.List;

/** One seed's trainings, one per depth of the sweep in increasing depth, and their wall time. */
public record TrainedRun(long seed, List<TrainedDepth> depths, double seconds) {

    public TrainedRun {
        depths = List.copyOf(depths);
        if (depths.isEmpty()) {
            throw new IllegalArgumentException("a run trains at least one depth");
        }
    }

    /** The learned rank at each depth, in order. */
    public int[] learnedRanks() {
        return depths.stream().mapToInt(TrainedDepth::learnedRank).toArray();
    }

    /** The middle-layer representation rank at each depth, in order. */
    public int[] representationRanks() {
        return depths.stream().mapToInt(TrainedDepth::representationRank).toArray();
    }

    /** The Jacobian rank at each depth, in order. */
    public int[] jacobianRanks() {
        return depths.stream().mapToInt(TrainedDepth::jacobianRank).toArray();
    }
}
