package io.multilin.check.run;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.NetworkClaim;
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
import io.multilin.check.verdict.DerivationCheck;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.NetworkClaimResult;
import io.multilin.check.verdict.NumericJudge;
import io.multilin.check.verdict.Outcome;
import io.multilin.check.verdict.Scope;
import io.multilin.check.verdict.SideFinding;
import io.multilin.check.verdict.SymbolicJudge;
import io.multilin.check.verdict.VerdictRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a network claim: plan it, derive each distinct quantity, measure it until the
 * measurement decides (against the derivation when there is one), judge every assertion. A side
 * that throws is reported as a failed prediction or measurement of that quantity, so one broken
 * rule cannot take the run down, and is never counted as support.
 */
final class NetworkCheck implements KindCheck<NetworkClaim> {

    /** Time one quantity's sweeps may take at raised widths, estimated before they run. */
    static final double RAISE_SECONDS_BUDGET = 900;

    private final Sides sides;
    private final Mode mode;
    private final SweepDefaults defaults;
    private final ProgressListener progress;

    NetworkCheck(Sides sides, Mode mode, SweepDefaults defaults, ProgressListener progress) {
        this.sides = sides;
        this.mode = mode;
        this.defaults = defaults;
        this.progress = progress;
    }

    @Override
    public ClaimResult check(NetworkClaim claim, ClaimTimeout clock) throws InterruptedException {
        Plan plan = Planner.plan(claim);
        NumericSettings settings = settings(claim);
        Map<Quantity, Prediction> predictions = new LinkedHashMap<>();
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        Map<Quantity, List<Step>> steps = new LinkedHashMap<>();
        Set<Quantity> checked = checkedQuantities(plan);
        for (Quantity quantity : plan.quantities()) {
            if (mode.usesSymbolic()) {
                stopIfInterrupted(clock);
                predictions.put(quantity, predict(claim, quantity));
            }
            if (mode.usesNumeric()) {
                stopIfInterrupted(clock);
                if (clock.expired()) {
                    measurements.put(quantity, Measurement.invalid(quantity, "not measured: " + clock.reason()));
                    continue;
                }
                DecisiveSweep.Result result = measureDecisively(claim, quantity, settings, plan,
                        checked.contains(quantity) ? derived(predictions.get(quantity)) : Optional.empty());
                Measurement measurement = result.measurement();
                stopIfInterrupted(clock);
                if (clock.expired() && measurement.problem().isPresent()) {
                    measurement = new Measurement(quantity, measurement.points(), measurement.fit(),
                            measurement.fallsToFloor(), Optional.of(clock.reason() + ": " + measurement.problem().get()));
                }
                measurements.put(quantity, measurement);
                steps.put(quantity, result.steps());
            }
        }
        Scope scope = scope(claim, measurements);
        int segments = claim.architecture().segments().count();
        double tol = claim.tolerance();
        List<AssertionResult> results = plan.assertions().stream().map(a -> {
            Optional<SideFinding> symbolic = mode.usesSymbolic() ? Optional.of(AssertionJudge.find(a,
                    (q, p) -> SymbolicJudge.judge(q, p, predictions.get(q)), segments)) : Optional.empty();
            Optional<SideFinding> numeric = mode.usesNumeric() ? Optional.of(AssertionJudge.find(a,
                    (q, p) -> NumericJudge.judge(q, p, measurements.get(q), tol), segments)) : Optional.empty();
            List<DerivationCheck> checks = mode == Mode.BOTH ? checks(a, predictions, measurements, steps, tol)
                    : List.of();
            VerdictRule.Decision decision = VerdictRule.decide(mode, symbolic, checks, numeric);
            return new AssertionResult(a.assertion(), a.expectations(), decision.verdict(), decision.because(),
                    symbolic, numeric, checks, scope, restrict(predictions, a), restrict(measurements, a));
        }).toList();
        return new NetworkClaimResult(claim, results);
    }

    /** The sweep a claim starts from: the run's override, else the claim's own, else the contract's. */
    NumericSettings settings(NetworkClaim claim) {
        List<Long> widths = defaults.widths()
                .or(() -> claim.sweep().flatMap(s -> s.widths()))
                .orElseGet(() -> SweepContract.defaultWidths(claim.architecture()));
        int seeds = claim.sweep().map(s -> s.seeds().orElse(defaults.seeds())).orElse(defaults.seeds());
        return new NumericSettings(widths, seeds, defaults.baseSeed(), defaults.threads(), claim.radius(),
                LookLevels.confidence(1), progress);
    }

    /** The quantities whose derivation the numeric side checks: those the assertions' expectations name. */
    private static Set<Quantity> checkedQuantities(Plan plan) {
        Set<Quantity> result = new LinkedHashSet<>();
        plan.assertions().forEach(a -> result.addAll(a.checkedQuantities()));
        return result;
    }

    private List<DerivationCheck> checks(AssertionPlan plan, Map<Quantity, Prediction> predictions,
                                         Map<Quantity, Measurement> measurements, Map<Quantity, List<Step>> steps,
                                         double tol) {
        List<DerivationCheck> checks = new ArrayList<>();
        for (Quantity quantity : plan.checkedQuantities()) {
            Optional<Exponent> derived = derived(predictions.get(quantity));
            if (derived.isPresent()) {
                DerivationCheck check = DerivationCheck.of(quantity, derived.get(), measurements.get(quantity), tol);
                List<Step> tried = steps.getOrDefault(quantity, List.of());
                checks.add(tried.size() <= 1 ? check
                        : check.withNote(Step.of(" (sweeps: ", Step.join("; then ", tried), ")")));
            }
        }
        return checks;
    }

    private Scope scope(NetworkClaim claim, Map<Quantity, Measurement> measurements) {
        if (mode == Mode.NUMERIC) {
            return new Scope.NumericOnly();
        }
        if (mode == Mode.SYMBOLIC) {
            return new Scope.Full();
        }
        for (Measurement m : measurements.values()) {
            Optional<String> shortfall = SweepContract.shortfall(claim.architecture(), m.widths());
            if (!m.widths().isEmpty() && shortfall.isPresent()) {
                return new Scope.QuickCheck(m.widths(), shortfall.get());
            }
        }
        return new Scope.Full();
    }

    private static Optional<Exponent> derived(Prediction prediction) {
        return prediction instanceof Prediction.Predicted p ? Optional.of(p.exponent()) : Optional.empty();
    }

    private Prediction predict(NetworkClaim claim, Quantity quantity) {
        try {
            Prediction prediction = sides.symbolic().predict(claim.architecture(), quantity);
            return prediction == null ? new Prediction.NoRule("the symbolic side returned nothing") : prediction;
        } catch (RuntimeException e) {
            return new Prediction.NoRule("the symbolic side failed: " + describe(e));
        }
    }

    /**
     * docs/VERDICTS.md: an undecided measurement calls for more seeds, then larger widths, never
     * for a looser rule. With a derivation the sweep runs until it agrees with it or the budget
     * ends; without one (numeric only) until the claim's own properties are decided.
     */
    private DecisiveSweep.Result measureDecisively(NetworkClaim claim, Quantity quantity, NumericSettings settings, Plan plan,
                                                   Optional<Exponent> derived) {
        double tol = claim.tolerance();
        // with both sides and no derivation the verdict is UNSUPPORTED whatever the sweep says:
        // one sweep shows the measurement, more seeds would decide nothing
        Function<Measurement, DerivationCheck.Remedy> remedy = derived.isPresent()
                ? DecisiveSweep.against(quantity, derived.get(), tol)
                : mode == Mode.NUMERIC ? byProperties(quantity, properties(plan, quantity), tol)
                : m -> DerivationCheck.Remedy.NONE;
        boolean mayRaise = defaults.widths().isEmpty() && derived.isPresent();
        return new DecisiveSweep(sides.numeric(), claim.architecture(), quantity, mayRaise, RAISE_SECONDS_BUDGET,
                defaults.maxMemoryBytes()).run(settings, remedy, s -> measure(claim, quantity, s));
    }

    /**
     * What the claim asks of a quantity: its expectations' properties, and for a quantity a regime
     * classifies (checked, with no expectation of its own) whether it vanishes and whether it is
     * of order one, the two judgements its class is read from.
     */
    private static List<Property> properties(Plan plan, Quantity quantity) {
        List<Property> result = new ArrayList<>(plan.assertions().stream().flatMap(a -> a.expectations().stream())
                .filter(e -> e.quantity().equals(quantity)).map(Expectation::property).toList());
        boolean classified = plan.assertions().stream().anyMatch(a -> a.checkedQuantities().contains(quantity)
                && a.expectations().stream().noneMatch(e -> e.quantity().equals(quantity)));
        if (classified) {
            result.add(new Property.Vanishes());
            result.add(new Property.OrderOne());
        }
        return result;
    }

    /** Without a derivation: more seeds while a fitted slope leaves one of the claim's properties undecided. */
    private static Function<Measurement, DerivationCheck.Remedy> byProperties(Quantity quantity,
                                                                             List<Property> properties, double tol) {
        return m -> {
            if (m.problem().isPresent() || m.fit().isEmpty() || m.fallsToFloor() || properties.isEmpty()) {
                return DerivationCheck.Remedy.NONE;
            }
            boolean undecided = properties.stream()
                    .anyMatch(p -> NumericJudge.judge(quantity, p, m, tol).outcome() == Outcome.UNDECIDED);
            return undecided ? DerivationCheck.Remedy.MORE_SEEDS : DerivationCheck.Remedy.NONE;
        };
    }

    private Measurement measure(NetworkClaim claim, Quantity quantity, NumericSettings settings) {
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

    /** Ctrl-C stops the run; the claim's own time limit only clears its interrupt (the claim goes on to judging). */
    private static void stopIfInterrupted(ClaimTimeout clock) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            if (clock.expired()) {
                Thread.interrupted();
            } else {
                throw new InterruptedException("interrupted");
            }
        }
    }
}
