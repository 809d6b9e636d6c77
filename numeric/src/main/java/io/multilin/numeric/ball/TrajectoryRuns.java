package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.dynamics.Trajectory;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gradient-step runs of one check, kept so that the quantities of a dynamics claim (every
 * layer at every step: some thirty for a muP claim) read one run per (network, m, seed, target,
 * rate, optimizer, first step's exponent, batch: a {@link StepSetting}) instead of building w0
 * and stepping again for each; quantities whose first steps or batches differ never share a run,
 * since every later step starts where the first one ends and every step follows the gradient of
 * its batch's loss. Building w0 costs more than a few steps, so a run
 * that is missing is taken to at least {@link #PREFETCH} steps.
 * A run is deterministic and a longer run's first records are those of a shorter one (the
 * steps do not depend on how many follow), so the values are the same to the bit as a
 * quantity's own run (tested). Only finished runs are kept; a run that diverges is taken again
 * to exactly the step asked, and an unusable value reports it, as without this memory.
 *
 * <p>One instance per check (the numeric adapter owns it), shared by its sweeps' threads.
 * Records are small (a few numbers per layer and step), so nothing is evicted.
 */
public final class TrajectoryRuns {

    /** Steps a missing run is taken to: the dynamics claims' usual last step. */
    static final int PREFETCH = 5;

    /** The setting is the quantity's whole {@code StepSetup}: the batch is part of the key. */
    private record Key(Architecture architecture, long m, long seed, StepSetting setting) {
    }

    private final Map<Key, List<Trajectory.Record>> runs = new ConcurrentHashMap<>();
    /** Runs taken, diverged ones included: what the sharing saves is visible in tests. */
    private final AtomicInteger taken = new AtomicInteger();

    int runsTaken() {
        return taken.get();
    }

    /**
     * The measurement of a feature or output change that reads the kept runs; empty for every
     * other quantity, which has no run to share.
     */
    public Optional<CellMeasurement> cells(Architecture architecture, Quantity quantity, double radius) {
        return quantity.accept(new Quantity.Cases<Optional<CellMeasurement>>() {
            @Override
            public Optional<CellMeasurement> featureChange(Quantity.FeatureChange q) {
                DynamicsMeasure.checkLayer(q.layer(), architecture.depth());
                String probe = DynamicsMeasure.featureProbe(q.layer(), q.step(), StepSetting.of(q));
                return shared(architecture, radius, q, probe, r -> DynamicsMeasure.feature(r, q.layer(), q.step(), probe));
            }

            @Override
            public Optional<CellMeasurement> outputChange(Quantity.OutputChange q) {
                String probe = DynamicsMeasure.outputProbe(q.step(), StepSetting.of(q));
                return shared(architecture, radius, q, probe, r -> DynamicsMeasure.output(r, q.step(), probe));
            }

            @Override
            public Optional<CellMeasurement> lossChange(Quantity.LossChange q) {
                String probe = DynamicsMeasure.lossProbe(q.step(), StepSetting.of(q));
                return shared(architecture, radius, q, probe, r -> DynamicsMeasure.loss(r, q.step(), probe));
            }

            @Override public Optional<CellMeasurement> taylorResidual(Quantity.TaylorResidual q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> hessianNorm(Quantity.HessianNorm q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> hessianBlock(Quantity.HessianBlock q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> mixedDerivative(Quantity.MixedDerivative q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> tangentKernelChange(Quantity.TangentKernelChange q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> outputScale(Quantity.OutputScale q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> preActivationScale(Quantity.PreActivationScale q) { return Optional.empty(); }
            @Override public Optional<CellMeasurement> oneStepChange(Quantity.OneStepChange q) { return Optional.empty(); }
        });
    }

    /** The cells of a dynamics quantity, each read off the kept run of its (m, seed). */
    private Optional<CellMeasurement> shared(Architecture architecture, double radius, Quantity.DynamicsQuantity q,
                                             String probe, Reading reading) {
        StepSetting setting = StepSetting.of(q);
        return Optional.of((m, seed) -> read(architecture, radius, m, seed, q.step(), setting, probe, reading));
    }

    /** How the value is read off a run's records. */
    @FunctionalInterface
    private interface Reading {
        PointValue of(List<Trajectory.Record> records);
    }

    private PointValue read(Architecture architecture, double radius, long m, long seed, int step,
                            StepSetting setting, String probe, Reading reading) throws InterruptedException {
        setting.check(step);
        Key key = new Key(architecture, m, seed, setting);
        List<Trajectory.Record> kept = runs.get(key);
        if (kept != null && kept.size() > step) {
            return reading.of(kept);
        }
        BallCell cell = BallCell.of(architecture, m, seed, radius);
        taken.incrementAndGet();
        try {
            List<Trajectory.Record> run = DynamicsMeasure.run(architecture, cell, Math.max(step, PREFETCH), setting);
            runs.merge(key, run, (a, b) -> a.size() >= b.size() ? a : b);
            return reading.of(run);
        } catch (ArithmeticException beyond) {
            // diverged somewhere up to the prefetched step: the step asked may still be fine
            taken.incrementAndGet();
            try {
                return reading.of(DynamicsMeasure.run(architecture, cell, step, setting));
            } catch (ArithmeticException e) {
                return DynamicsMeasure.diverged(probe, e);
            }
        }
    }
}
