package io.multilin.check.sides.real;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.CellCost;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.WidthPoint;
import io.multilin.numeric.ball.QuantityMeasurer;
import io.multilin.numeric.ball.TrajectoryRuns;
import io.multilin.numeric.fit.Confidence;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.SweepCellException;
import io.multilin.numeric.sweep.SweepInterruptedException;
import io.multilin.numeric.sweep.SweepPlan;
import io.multilin.numeric.sweep.SweepProgress;
import io.multilin.numeric.sweep.SweepResult;
import io.multilin.numeric.sweep.WidthSummary;
import io.multilin.numeric.sweep.WidthSweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The numeric port backed by the numeric module: a width sweep of the ball estimate. */
public final class NumericAdapter implements NumericSide {

    /** Builds the per-cell measurement of a quantity (the numeric module's ball estimate, or a fake in tests). */
    @FunctionalInterface
    public interface CellFactory {
        CellMeasurement create(Architecture architecture, Quantity quantity, double radius);
    }

    private final CellFactory cells;
    /** Where finished cells are kept, under the fingerprint of the numeric code. */
    private final Optional<Path> cache;

    private record CacheKey(Architecture architecture, Quantity quantity, double radius, long baseSeed) {
    }

    private final Map<CacheKey, CachedCells> caches = new ConcurrentHashMap<>();

    /** The numeric module's measurements; the quantities of a dynamics claim share their gradient-step runs. */
    public NumericAdapter() {
        this(sharingRuns(new TrajectoryRuns()));
    }

    private static CellFactory sharingRuns(TrajectoryRuns runs) {
        return (architecture, quantity, radius) -> QuantityMeasurer.forQuantity(architecture, quantity, radius, runs);
    }

    public NumericAdapter(CellFactory cells) {
        this(cells, Optional.empty());
    }

    private NumericAdapter(CellFactory cells, Optional<Path> cache) {
        this.cells = cells;
        this.cache = cache;
    }

    @Override
    public NumericSide withCache(Path folder) {
        return new NumericAdapter(cells, Optional.of(folder.resolve(CodeFingerprint.of(
                List.of(QuantityMeasurer.class, Architecture.class)))));
    }

    @Override
    public Measurement measure(Architecture architecture, Quantity quantity, NumericSettings settings) {
        // a sweep repeated with more seeds (proofs-check asks when an interval is too wide to
        // decide) reuses the cells already measured: seed s is the same stream whatever the count
        CacheKey key = new CacheKey(architecture, quantity, settings.radius(), settings.baseSeed());
        CachedCells cached = caches.get(key);
        if (cached == null) {
            try {
                CellMeasurement cell = cells.create(architecture, quantity, settings.radius());
                cached = new CachedCells(cache.<CellMeasurement>map(root -> new DiskCells(cell,
                        root.resolve(SweepKey.of(architecture, quantity, settings.radius())))).orElse(cell));
            } catch (IllegalArgumentException e) {
                return Measurement.invalid(quantity, "cannot be measured: " + e.getMessage());
            }
            caches.put(key, cached);
        }
        SweepProgress progress = (done, total, label) -> settings.progress().cellDone(quantity, done, total);
        WidthSweep sweep = new WidthSweep(settings.threads(), progress, () -> false);
        long[] widths = settings.widths().stream().mapToLong(Long::longValue).toArray();
        try {
            SweepResult result = sweep.run(quantity.label(),
                    new SweepPlan(widths, settings.seeds(), settings.baseSeed()), cached,
                    new Confidence(settings.confidence()));
            return convert(quantity, result);
        } catch (SweepInterruptedException e) {
            Thread.currentThread().interrupt();
            return Measurement.invalid(quantity, "interrupted after " + e.doneCells() + " of " + e.totalCells() + " cells");
        } catch (SweepCellException e) {
            return Measurement.invalid(quantity, e.getMessage());
        }
    }

    @Override
    public Optional<CellCost> cost(Architecture architecture, Quantity quantity, long m) {
        try {
            io.multilin.numeric.ball.CellCost cost = QuantityMeasurer.cost(architecture, quantity, m);
            // the estimate counts live data only: the heap needs headroom for what each cell discards
            return Optional.of(new CellCost(cost.peakBytes(), cost.flopBound()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Measurement convert(Quantity quantity, SweepResult result) {
        List<WidthPoint> points = new ArrayList<>();
        for (WidthSummary w : result.widths()) {
            List<Double> values = w.cells().stream().map(PointValue::value).toList();
            String probe = w.cells().stream().max(Comparator.comparingDouble(PointValue::value))
                    .map(PointValue::probe).orElse("");
            Set<String> evaluated = new LinkedHashSet<>();
            Set<String> dropped = new LinkedHashSet<>();
            w.cells().forEach(c -> {
                evaluated.addAll(c.evaluated());
                dropped.addAll(c.dropped());
            });
            points.add(new WidthPoint(w.width(), values, w.median(), w.min(), w.max(), w.noiseFloor(),
                    w.zeroWithinPrecision(), probe, List.copyOf(evaluated), List.copyOf(dropped), w.allConverged()));
        }
        Optional<Fit> fit = result.estimate().map(e -> new Fit(e.slope(), e.slopeLow(), e.slopeHigh(), e.rSquared(),
                e.n(), e.widths(), e.seeds(), e.confidence().level()));
        Optional<String> invalid = result.invalidCell().map(SweepResult.InvalidCell::describe);
        return new Measurement(quantity, points, fit, result.fallsToFloor(), invalid);
    }

}
