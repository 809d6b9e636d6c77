package io.multilin.check.run;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.check.sides.CellCost;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.verdict.Agreement;
import io.multilin.check.verdict.DerivationCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Measures a quantity until the measurement decides, as docs/VERDICTS.md asks: an undecided
 * interval gets more seeds (3, 6, 12, 24), and a measurement that still cannot tell, or that
 * contradicts the derivation, moves to larger widths (x4, then x4 again) when a cell there is
 * estimated to fit the memory and time budget. Each repeated look widens the interval
 * ({@link LookLevels}). The steps taken are kept for the reason of the verdict.
 */
final class DecisiveSweep {

    /** The most seeds a sweep is repeated with before its interval is accepted as undecidable. */
    static final int MAX_SEEDS = 24;
    /** Width raises after the first sweep, each by {@link #WIDTH_FACTOR}. */
    static final int MAX_WIDTH_RAISES = 2;
    static final long WIDTH_FACTOR = 4;
    /** The share of the heap the cells running at once may take. */
    static final double MEMORY_SHARE = 0.5;

    /** The last measurement and every sweep that led to it. */
    record Result(Measurement measurement, List<Step> steps) {
        Result {
            steps = List.copyOf(steps);
        }
    }

    private final NumericSide numeric;
    private final Architecture architecture;
    private final Quantity quantity;
    private final boolean mayRaiseWidths;
    private final double secondsBudget;
    private final long heapBytes;
    /** Nanoseconds, for the time a sweep took (a fake clock in tests). */
    private final LongSupplier clock;

    DecisiveSweep(NumericSide numeric, Architecture architecture, Quantity quantity, boolean mayRaiseWidths,
                  double secondsBudget, long heapBytes) {
        this(numeric, architecture, quantity, mayRaiseWidths, secondsBudget, heapBytes, System::nanoTime);
    }

    DecisiveSweep(NumericSide numeric, Architecture architecture, Quantity quantity, boolean mayRaiseWidths,
                  double secondsBudget, long heapBytes, LongSupplier clock) {
        this.numeric = numeric;
        this.architecture = architecture;
        this.quantity = quantity;
        this.mayRaiseWidths = mayRaiseWidths;
        this.secondsBudget = secondsBudget;
        this.heapBytes = heapBytes;
        this.clock = clock;
    }

    /**
     * @param undecided given a measurement, what more data could change: seeds, widths or
     *                  nothing (the caller's rule: a derivation check, or the claim's own
     *                  property when there is no derivation)
     */
    Result run(NumericSettings first, Function<Measurement, DerivationCheck.Remedy> undecided,
               Function<NumericSettings, Measurement> measure) {
        List<Step> steps = new ArrayList<>();
        int look = 1;
        NumericSettings settings = first.withSeeds(first.seeds(), LookLevels.confidence(look));
        Optional<Step> tooBig = memoryRefusal(settings, settings.widths());
        if (tooBig.isPresent()) {
            Step reason = Step.of("refused before running ", Notate.widths(settings.widths()), ": ", tooBig.get());
            return new Result(Measurement.invalid(quantity, reason.plain()), List.of(reason));
        }
        long started = clock.getAsLong();
        Measurement m = measure.apply(settings);
        double seconds = (clock.getAsLong() - started) / 1e9;
        // measured cells are reused: a repeated sweep runs only its new seeds
        int newSeeds = settings.seeds();
        steps.add(describe(settings));
        int raises = 0;
        while (!Thread.currentThread().isInterrupted()) {
            DerivationCheck.Remedy remedy = undecided.apply(m);
            if (remedy == DerivationCheck.Remedy.NONE) {
                break;
            }
            NumericSettings next;
            if (remedy == DerivationCheck.Remedy.MORE_SEEDS && settings.seeds() * 2 <= MAX_SEEDS) {
                next = settings.withSeeds(settings.seeds() * 2, LookLevels.confidence(++look));
            } else if (mayRaiseWidths && raises < MAX_WIDTH_RAISES) {
                List<Long> wider = SweepContract.scaled(settings.widths(), WIDTH_FACTOR);
                Optional<Step> refusal = refusal(settings, wider, seconds / newSeeds, first.seeds());
                if (refusal.isPresent()) {
                    steps.add(Step.of("not raised to ", Notate.widths(wider), ": ", refusal.get()));
                    break;
                }
                raises++;
                next = settings.withWidths(wider).withSeeds(first.seeds(), LookLevels.confidence(++look));
            } else {
                break;
            }
            newSeeds = next.widths().equals(settings.widths()) ? next.seeds() - settings.seeds() : next.seeds();
            settings = next;
            started = clock.getAsLong();
            m = measure.apply(settings);
            seconds = (clock.getAsLong() - started) / 1e9;
            steps.add(describe(settings));
        }
        return new Result(m, steps);
    }

    /**
     * Why the wider sweep cannot be afforded, estimated before any of its cells runs: the
     * memory of the cells running at once, and the time scaled from the last sweep's.
     *
     * @param secondsPerSeed wall time of one seed at every width of the current sweep
     * @param seeds          seeds the wider sweep starts with
     */
    private Optional<Step> refusal(NumericSettings current, List<Long> wider, double secondsPerSeed, int seeds) {
        long largest = wider.get(wider.size() - 1);
        if (numeric.cost(architecture, quantity, largest).isEmpty()) {
            return Optional.of(Step.of("no cost estimate for a cell of ", Notate.quantity(quantity)));
        }
        Optional<Step> memory = memoryRefusal(current, wider);
        if (memory.isPresent()) {
            return memory;
        }
        double workNow = 0;
        double workNext = 0;
        for (int i = 0; i < wider.size(); i++) {
            workNow += numeric.cost(architecture, quantity, current.widths().get(i)).map(CellCost::work).orElse(0.0);
            workNext += numeric.cost(architecture, quantity, wider.get(i)).map(CellCost::work).orElse(0.0);
        }
        double estimate = workNow > 0 ? seeds * secondsPerSeed * workNext / workNow : Double.POSITIVE_INFINITY;
        if (estimate > secondsBudget) {
            return Optional.of(Step.of(String.format(java.util.Locale.ROOT, "estimated %.0f s, the budget is %.0f s",
                    estimate, secondsBudget)));
        }
        return Optional.empty();
    }

    /**
     * Whether the cells of these widths running at once (as many as threads, at most the seeds)
     * would need more than {@link #MEMORY_SHARE} of the budget; no estimate, no refusal.
     */
    private Optional<Step> memoryRefusal(NumericSettings settings, List<Long> widths) {
        long largest = widths.get(widths.size() - 1);
        Optional<CellCost> cost = numeric.cost(architecture, quantity, largest);
        if (cost.isEmpty()) {
            return Optional.empty();
        }
        long bytes = cost.get().bytes() * Math.min(settings.threads(), settings.seeds());
        if (bytes > MEMORY_SHARE * heapBytes) {
            return Optional.of(Step.of("cells at ", Notate.row("m", Op.EQUALS, Notate.num(largest)),
                    String.format(java.util.Locale.ROOT, " need about %.3g GB at once (estimated before running), the"
                            + " budget is %.3g GB (half the memory allowed)", bytes / 1e9, MEMORY_SHARE * heapBytes / 1e9)));
        }
        return Optional.empty();
    }

    private static Step describe(NumericSettings s) {
        return Step.of(Notate.widths(s.widths()), " with " + s.seeds() + " seeds");
    }

    /** The remedy of a derivation check, for {@link #run}: agreement needs nothing more. */
    static Function<Measurement, DerivationCheck.Remedy> against(Quantity quantity, Exponent derived, double tol) {
        return m -> {
            DerivationCheck check = DerivationCheck.of(quantity, derived, m, tol);
            return check.agreement() == Agreement.AGREES ? DerivationCheck.Remedy.NONE : check.remedy();
        };
    }
}
