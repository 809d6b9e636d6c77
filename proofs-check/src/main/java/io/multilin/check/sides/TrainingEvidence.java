package io.multilin.check.sides;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured and derived for a training claim: the seeds used, the symbolic derivation
 * per seed (empty with {@code --only numeric} or when it failed: {@code symbolicFailure}), the
 * runs per seed (empty with {@code --only symbolic} or when training failed: {@code numericFailure})
 * and their summary.
 */
public record TrainingEvidence(List<Long> seeds, List<RankPrediction> symbolic, Optional<String> symbolicFailure,
                               List<TrainedRun> runs, Optional<String> numericFailure,
                               Optional<DepthSummary> summary) {

    public TrainingEvidence {
        seeds = List.copyOf(seeds);
        symbolic = List.copyOf(symbolic);
        runs = List.copyOf(runs);
    }
}
