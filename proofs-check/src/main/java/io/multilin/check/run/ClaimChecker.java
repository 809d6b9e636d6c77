package io.multilin.check.run;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Claim;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Expectation;
import io.multilin.check.plan.Plan;
import io.multilin.check.plan.Planner;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.AssertionJudge;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.NumericJudge;
import io.multilin.check.verdict.Outcome;
import io.multilin.check.verdict.SideFinding;
import io.multilin.check.verdict.SymbolicJudge;
import io.multilin.check.verdict.VerdictRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one claim: plan it, predict and measure each distinct quantity once, judge every
 * assertion. A side that throws is reported as a failed prediction or measurement of that
 * quantity, so one broken rule cannot take the run down, and is never counted as support.
 */
public final class ClaimChecker {

    private final Sides sides;
    private final Mode mode;
    private final SweepDefaults defaults;
    private final ProgressListener progress;
    private final TrainingCheck training;

    public ClaimChecker(Sides sides, Mode mode, SweepDefaults defaults, ProgressListener progress) {
        this.sides = sides;
        this.mode = mode;
        this.defaults = defaults;
        this.progress = progress;
        this.training = new TrainingCheck(sides.training(), mode, defaults.baseSeed(), defaults.threads(), progress);
    }

    /** @throws InterruptedException when the thread is interrupted (Ctrl-C) between quantities */
    public ClaimResult check(Claim claim) throws InterruptedException {
        if (claim.isTraining()) {
            return training.check(claim);
        }
        Plan plan = Planner.plan(claim);
        NumericSettings settings = settings(claim);
        Map<Quantity, Prediction> predictions = new LinkedHashMap<>();
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        for (Quantity quantity : plan.quantities()) {
            if (mode.usesSymbolic()) {
                stopIfInterrupted();
                predictions.put(quantity, predict(claim, quantity));
            }
            if (mode.usesNumeric()) {
                stopIfInterrupted();
                measurements.put(quantity, measureDecisively(claim, quantity, settings, plan));
                stopIfInterrupted();
            }
        }
        int segments = claim.architecture().segments().count();
        double tol = claim.tolerance();
        List<AssertionResult> results = plan.assertions().stream().map(a -> {
            Optional<SideFinding> symbolic = mode.usesSymbolic() ? Optional.of(AssertionJudge.find(a,
                    (q, p) -> SymbolicJudge.judge(q, p, predictions.get(q), tol), segments)) : Optional.empty();
            Optional<SideFinding> numeric = mode.usesNumeric() ? Optional.of(AssertionJudge.find(a,
                    (q, p) -> NumericJudge.judge(q, p, measurements.get(q), tol), segments)) : Optional.empty();
            VerdictRule.Decision decision = VerdictRule.decide(mode, symbolic, numeric);
            return new AssertionResult(a, decision.verdict(), decision.reason(), symbolic, numeric,
                    restrict(predictions, a), restrict(measurements, a));
        }).toList();
        return new ClaimResult(claim, results);
    }

    public NumericSettings settings(Claim claim) {
        List<Long> widths = claim.sweep().flatMap(s -> s.widths()).orElse(defaults.widths());
        int seeds = claim.sweep().map(s -> s.seeds().orElse(defaults.seeds())).orElse(defaults.seeds());
        return new NumericSettings(widths, seeds, defaults.baseSeed(), defaults.threads(), claim.radius(), progress);
    }

    private Prediction predict(Claim claim, Quantity quantity) {
        try {
            Prediction prediction = sides.symbolic().predict(claim.architecture(), quantity);
            return prediction == null ? new Prediction.NoRule("the symbolic side returned nothing") : prediction;
        } catch (RuntimeException e) {
            return new Prediction.NoRule("the symbolic side failed: " + describe(e));
        }
    }

    /** The most seeds a sweep is repeated with before its interval is accepted as undecidable. */
    public static final int MAX_SEEDS = 24;

    /**
     * MATH.md section 5: "an interval too wide to decide calls for more seeds or widths, never for
     * a looser rule". While a fitted slope leaves an expectation on this quantity undecided, the
     * sweep is repeated with twice the seeds (the numeric side reuses the cells it measured).
     */
    private Measurement measureDecisively(Claim claim, Quantity quantity, NumericSettings settings, Plan plan) {
        List<Property> properties = plan.assertions().stream().flatMap(a -> a.expectations().stream())
                .filter(e -> e.quantity().equals(quantity)).map(Expectation::property).toList();
        Measurement measurement = measure(claim, quantity, settings);
        NumericSettings current = settings;
        while (current.seeds() * 2 <= MAX_SEEDS && undecidedByWidth(quantity, measurement, properties, claim.tolerance())
                && !Thread.currentThread().isInterrupted()) {
            current = new NumericSettings(current.widths(), current.seeds() * 2, current.baseSeed(), current.threads(),
                    current.radius(), current.progress());
            measurement = measure(claim, quantity, current);
        }
        return measurement;
    }

    private static boolean undecidedByWidth(Quantity quantity, Measurement measurement, List<Property> properties,
                                            double tol) {
        if (measurement.problem().isPresent() || measurement.fit().isEmpty() || measurement.fallsToFloor()) {
            return false;
        }
        return properties.stream().anyMatch(p -> NumericJudge.judge(quantity, p, measurement, tol).outcome()
                == Outcome.UNDECIDED);
    }

    private Measurement measure(Claim claim, Quantity quantity, NumericSettings settings) {
        try {
            Measurement measurement = sides.numeric().measure(claim.architecture(), quantity, settings);
            return measurement == null ? Measurement.invalid(quantity, "the numeric side returned nothing")
                    : measurement;
        } catch (RuntimeException e) {
            return Measurement.invalid(quantity, "the numeric side failed: " + describe(e));
        }
    }

    private static <V> Map<Quantity, V> restrict(Map<Quantity, V> all, AssertionPlan plan) {
        Map<Quantity, V> result = new LinkedHashMap<>();
        for (Quantity q : plan.quantities()) {
            if (all.containsKey(q)) {
                result.put(q, all.get(q));
            }
        }
        return result;
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted");
        }
    }
}
