package io.multilin.check.run;

import io.multilin.architecture.training.TrainingSetup;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.RankPrediction;
import io.multilin.check.sides.TrainedRun;
import io.multilin.check.sides.TrainingEvidence;
import io.multilin.check.sides.TrainingProgress;
import io.multilin.check.sides.TrainingSide;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Judgement;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.SideFinding;
import io.multilin.check.verdict.TrainingClaimResult;
import io.multilin.check.verdict.TrainingJudge;
import io.multilin.check.verdict.VerdictRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Checks a training claim (docs/TRAINING-CLAIMS.md): the experiment once per seed
 * ({@code --seed}, {@code --seed + 1}, ...; as many as the claim's {@code sweep: seeds}, default
 * 3), the symbolic rank of each seed's task, then the verdict of each assertion. Results are
 * remembered per (train section, seed) for the whole run: claims about the same training share it.
 */
final class TrainingCheck implements KindCheck<TrainingClaim> {

    /** Seeds of a training claim unless it sets {@code sweep: seeds}. */
    static final int DEFAULT_SEEDS = 3;

    /** What identifies a training: the setup (a value) and the seed. */
    private record Key(TrainingSetup setup, long seed) {
    }

    private final TrainingSide side;
    private final Mode mode;
    private final long baseSeed;
    private final int threads;
    private final ProgressListener progress;
    private final Map<Key, TrainedRun> runs = new HashMap<>();
    private final Map<Key, RankPrediction> ranks = new HashMap<>();

    TrainingCheck(TrainingSide side, Mode mode, long baseSeed, int threads, ProgressListener progress) {
        this.side = side;
        this.mode = mode;
        this.baseSeed = baseSeed;
        this.threads = threads;
        this.progress = progress;
    }

    @Override
    public ClaimResult check(TrainingClaim claim, ClaimTimeout timeout) throws InterruptedException {
        TrainingSetup training = claim.training();
        int count = claim.seeds(DEFAULT_SEEDS);
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(baseSeed + i);
        }
        List<RankPrediction> symbolic = new ArrayList<>();
        Optional<String> symbolicFailure = Optional.empty();
        if (mode.usesSymbolic()) {
            try {
                for (long seed : seeds) {
                    stopIfInterrupted(timeout);
                    progress.trainingProgress(claim.id() + ": symbolic bottleneck rank, seed " + seed, 0, 1);
                    symbolic.add(ranks.computeIfAbsent(new Key(training, seed), k -> side.bottleneckRank(training, seed)));
                }
            } catch (TimedOut e) {
                symbolic.clear();
                symbolicFailure = Optional.of(timeout.reason());
            } catch (RuntimeException e) {
                symbolic.clear();
                symbolicFailure = Optional.of(describe(e));
            }
        }
        List<TrainedRun> measured = new ArrayList<>();
        Optional<String> numericFailure = Optional.empty();
        if (mode.usesNumeric()) {
            try {
                for (long seed : seeds) {
                    stopIfInterrupted(timeout);
                    measured.add(train(claim, training, seed));
                }
            } catch (TimedOut e) {
                measured.clear();
                numericFailure = Optional.of(timeout.reason());
            } catch (CancellationException e) {
                if (!timedOut(timeout)) {
                    throw interrupted();
                }
                measured.clear();
                numericFailure = Optional.of(timeout.reason());
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted() && !timedOut(timeout)) {
                    throw interrupted();
                }
                measured.clear();
                numericFailure = Optional.of(describe(e));
            }
        }
        Optional<DepthSummary> summary = measured.isEmpty() ? Optional.empty() : Optional.of(side.summarize(measured));
        TrainingEvidence evidence = new TrainingEvidence(seeds, symbolic, symbolicFailure, measured, numericFailure,
                summary);
        List<AssertionResult> results = new ArrayList<>();
        for (TrainingAssertion a : claim.assertions()) {
            results.add(judge(a, evidence, claim.tolerance()));
        }
        return new TrainingClaimResult(claim, results, evidence);
    }

    private AssertionResult judge(TrainingAssertion a, TrainingEvidence evidence, double tolerance) {
        Optional<SideFinding> symbolic = mode.usesSymbolic()
                ? Optional.of(TrainingJudge.symbolic(a, evidence.symbolic(), evidence.symbolicFailure(), tolerance))
                : Optional.empty();
        Optional<SideFinding> numeric = mode.usesNumeric() ? Optional.of(evidence.summary()
                .map(s -> TrainingJudge.numeric(a, s, tolerance))
                .orElseGet(() -> SideFinding.of(Judgement.undecided("training failed: "
                        + evidence.numericFailure().orElse("no run"))))) : Optional.empty();
        // no exact derivation of a depth exponent exists here: the two sides judge the claim each
        VerdictRule.Decision decision = VerdictRule.decideTraining(mode, symbolic, numeric);
        // judged on its runs, not compiled to expectations on quantities of the width
        return new AssertionResult(a, List.of(), decision.verdict(), decision.because(), symbolic, numeric, Map.of(),
                Map.of());
    }

    private TrainedRun train(TrainingClaim claim, TrainingSetup training, long seed) {
        Key key = new Key(training, seed);
        TrainedRun known = runs.get(key);
        if (known != null) {
            return known;
        }
        String label = claim.id() + ": training, seed " + seed;
        TrainingProgress listener = (done, total, cell) -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            progress.trainingProgress(label + ", " + cell, done, total);
        };
        TrainedRun result = side.train(training, seed, threads, listener);
        runs.put(key, result);
        return result;
    }

    private static InterruptedException interrupted() {
        Thread.currentThread().interrupt();
        return new InterruptedException("interrupted");
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The claim's time limit ran out: what is missing is reported as such, and the run goes on. */
    private static final class TimedOut extends RuntimeException {
        TimedOut() {
            super("timed out", null, false, false);
        }
    }

    /** True, and the watchdog's interrupt cleared, when the interrupt came from the claim's time limit. */
    private static boolean timedOut(ClaimTimeout timeout) {
        if (timeout.expired()) {
            Thread.interrupted();
            return true;
        }
        return false;
    }

    private static void stopIfInterrupted(ClaimTimeout timeout) throws InterruptedException {
        if (timedOut(timeout)) {
            throw new TimedOut();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted");
        }
    }
}
