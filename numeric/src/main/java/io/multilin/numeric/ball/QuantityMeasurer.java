package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.dynamics.LayerRates;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import java.util.Objects;

/**
 * The numeric side of every {@link Quantity}: a {@link CellMeasurement} that, at one (m, seed),
 * builds the network, its seeded initialization w0 and the seeded fixed input, and estimates
 * the quantity over the ball {@code B(w0, R)} as the maximum over named probes
 * (docs/MEANING.md section 4). Same (m, seed), same result: every random choice is derived
 * from (seed, m, purpose), and a cell shares no state with another.
 */
public final class QuantityMeasurer {

    private QuantityMeasurer() {
    }

    /** The measurement of {@code quantity} over the ball of radius {@code radius}. */
    public static CellMeasurement forQuantity(Architecture architecture, Quantity quantity, double radius) {
        return forQuantity(architecture, quantity, radius, new BoundedChainDirections());
    }

    /**
     * The same, with the feature and output changes read off the runs kept in {@code runs}, which
     * the quantities of one check share (same values to the bit, fewer runs).
     */
    public static CellMeasurement forQuantity(Architecture architecture, Quantity quantity, double radius,
                                              TrajectoryRuns runs) {
        CellMeasurement own = forQuantity(architecture, quantity, radius);
        return runs.cells(architecture, quantity, radius).orElse(own);
    }

    /**
     * The estimated cost of one cell of {@code quantity} at width {@code m}, without running it
     * or allocating its weights: peak live bytes and an upper bound of its floating-point work
     * (see {@link CellCost}). For deciding, before a sweep, whether a larger width is affordable.
     */
    public static CellCost cost(Architecture architecture, Quantity quantity, long m) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(quantity, "quantity");
        if (m < 1) {
            throw new IllegalArgumentException("the width parameter must be >= 1, got " + m);
        }
        return new CostModel(architecture, m).of(quantity);
    }

    /** {@link CellCost#peakBytes()} of {@link #cost}. */
    public static long cellBytes(Architecture architecture, Quantity quantity, long m) {
        return cost(architecture, quantity, m).peakBytes();
    }

    /** {@link CellCost#flopBound()} of {@link #cost}. */
    public static double cellFlopBound(Architecture architecture, Quantity quantity, long m) {
        return cost(architecture, quantity, m).flopBound();
    }

    static CellMeasurement forQuantity(Architecture architecture, Quantity quantity, double radius,
                                       ChainDirections chains) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(quantity, "quantity");
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the ball radius must be positive and finite, got " + radius);
        }
        // Fail at planning time, not in every cell, when c is missing or the layer is not there.
        quantity.accept(new PlanningCheck(architecture));
        return (m, seed) -> measure(architecture, quantity,
                new ProbeCatalog(BallCell.of(architecture, m, seed, radius), chains));
    }

    /** One cell of {@code quantity} on the catalog's cell (tests give their own Lanczos budget). */
    static PointValue measure(Architecture architecture, Quantity quantity, ProbeCatalog catalog)
            throws InterruptedException {
        BallCell cell = catalog.cell();
        // Every quantity has its measure here: a new kind of quantity does not compile until it has one.
        CellWork work = quantity.accept(new Quantity.Cases<>() {
            @Override
            public CellWork taylorResidual(Quantity.TaylorResidual q) {
                return () -> new TaylorResidualMeasure(catalog, q.order()).measure();
            }

            @Override
            public CellWork hessianNorm(Quantity.HessianNorm q) {
                return () -> new HessianMeasure(catalog, null, null).measure();
            }

            @Override
            public CellWork hessianBlock(Quantity.HessianBlock q) {
                return () -> new HessianMeasure(catalog, q.rows(), q.columns()).measure();
            }

            @Override
            public CellWork mixedDerivative(Quantity.MixedDerivative q) {
                return () -> new MixedDerivativeMeasure(catalog, q.blocks()).measure();
            }

            @Override
            public CellWork tangentKernelChange(Quantity.TangentKernelChange q) {
                return () -> new KernelChangeMeasure(catalog, q.inputs()).measure();
            }

            @Override
            public CellWork outputScale(Quantity.OutputScale q) {
                return () -> InitScaleMeasure.output(cell);
            }

            @Override
            public CellWork preActivationScale(Quantity.PreActivationScale q) {
                return () -> InitScaleMeasure.preActivation(cell, q.layer());
            }

            @Override
            public CellWork oneStepChange(Quantity.OneStepChange q) {
                return () -> OneStepMeasure.measure(architecture, cell, q.target(), q.eta());
            }

            @Override
            public CellWork featureChange(Quantity.FeatureChange q) {
                return () -> DynamicsMeasure.featureChange(architecture, cell, q.layer(), q.step(),
                        StepSetting.of(q));
            }

            @Override
            public CellWork outputChange(Quantity.OutputChange q) {
                return () -> DynamicsMeasure.outputChange(architecture, cell, q.step(), StepSetting.of(q));
            }

            @Override
            public CellWork lossChange(Quantity.LossChange q) {
                return () -> DynamicsMeasure.lossChange(architecture, cell, q.step(), StepSetting.of(q));
            }
        });
        return work.run();
    }

    /** One cell's measure, chosen per quantity and then run (a visitor cannot throw InterruptedException). */
    @FunctionalInterface
    private interface CellWork {
        PointValue run() throws InterruptedException;
    }

    /**
     * What a quantity needs of the network before any cell runs: the layer learning rates for
     * the quantities that take gradient steps (abc without c has none), an existing layer for a
     * feature change. A new quantity states its needs here or does not compile.
     */
    private record PlanningCheck(Architecture architecture) implements Quantity.Cases<Void> {
        private Void rates() {
            LayerRates.of(architecture, 1);
            return null;
        }

        @Override public Void oneStepChange(Quantity.OneStepChange q) { return rates(); }
        @Override public Void outputChange(Quantity.OutputChange q) { return rates(); }
        @Override public Void lossChange(Quantity.LossChange q) { return rates(); }

        @Override
        public Void featureChange(Quantity.FeatureChange q) {
            DynamicsMeasure.checkLayer(q.layer(), architecture.depth());
            return rates();
        }

        @Override public Void taylorResidual(Quantity.TaylorResidual q) { return null; }
        @Override public Void hessianNorm(Quantity.HessianNorm q) { return null; }
        @Override public Void hessianBlock(Quantity.HessianBlock q) { return null; }
        @Override public Void mixedDerivative(Quantity.MixedDerivative q) { return null; }
        @Override public Void tangentKernelChange(Quantity.TangentKernelChange q) { return null; }
        @Override public Void outputScale(Quantity.OutputScale q) { return null; }
        @Override public Void preActivationScale(Quantity.PreActivationScale q) { return null; }
    }
}
