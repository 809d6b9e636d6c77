package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.fit.PointValue;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The cost estimate against the measures it prices: the same probe counts, and peak bytes
 * against the live heap sampled inside real cells and the bytes the cell's thread allocated.
 * Allocation counts and heap sizes, never timings.
 */
class CellCostTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.GarbageCollectorMXBean FULL_COLLECTOR =
            (com.sun.management.GarbageCollectorMXBean) ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(bean -> bean.getName().contains("Old") || bean.getName().contains("MarkSweep"))
                    .findFirst().orElseThrow(() -> new AssertionError("no full collector among "
                            + ManagementFactory.getGarbageCollectorMXBeans()));
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    private static final Architecture LINEAR = BallNets.of("8,m,m,m,1", "linear", "ntk");
    private static final Architecture TANH = BallNets.of("8,m,m,m,1", "tanh", "ntk");
    private static final List<Quantity> QUANTITIES = List.of(new Quantity.HessianNorm(),
            new Quantity.HessianBlock(List.of(1, 2), List.of(3, 4)), new Quantity.HessianBlock(List.of(2), List.of(2)),
            new Quantity.TaylorResidual(1), new Quantity.TaylorResidual(2), new Quantity.TaylorResidual(3),
            new Quantity.TangentKernelChange(3), new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3, 4))),
            new Quantity.MixedDerivative(List.of(List.of(1), List.of(2), List.of(3, 4))),
            new Quantity.MixedDerivative(List.of(List.of(2))), new Quantity.OneStepChange(1, 1),
            new Quantity.OutputScale(), new Quantity.FeatureChange(2, 3, 1, 0.5), new Quantity.OutputChange(3, 1, 0.5),
            // Adam holds two more weight arrays, its moments
            new Quantity.FeatureChange(2, 3, 1, 0.5, OptimizerChoice.Adam.DEFAULT),
            new Quantity.OutputChange(3, BallNets.steps(1, 0.5, OptimizerChoice.Adam.DEFAULT, Fraction.ZERO)),
            // a batch adds an accumulator and each input's pre-activations
            new Quantity.FeatureChange(2, 3, new StepSetup(1, 0.5, new OptimizerChoice.GradientDescent(),
                    Fraction.ZERO, 8)),
            new Quantity.OutputChange(3, new StepSetup(1, 0.5, OptimizerChoice.Adam.DEFAULT, Fraction.ZERO, 8)));
    /**
     * Bytes the sampler, the test's bookkeeping and classes loaded meanwhile may add to the live
     * heap: 0.4 weight arrays at m = 120, so that one array the model missed still fails.
     */
    private static final long NOISE = 96 * 1024;

    /**
     * The live heap (after a full collection, so only what someone holds remains) above the
     * baseline: sampled at every chain direction the cell asks for (deterministic moments, on the
     * cell's thread), and in between by a thread that collects continuously, stopping the cell at
     * whatever safepoint it is in (more moments, the ascents included, but random ones).
     */
    private static final class Sampling implements ChainDirections {
        private final ChainDirections inner = new BoundedChainDirections();
        private final long baseline = live();
        private final AtomicLong atChains = new AtomicLong();
        private final AtomicLong anywhere = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();

        @Override
        public Chain chain(Network network, double[] w0, double[] x, List<Integer> layers, double radius, long seed) {
            Chain chain = inner.chain(network, w0, x, layers, radius, seed);
            atChains.accumulateAndGet(live() - baseline, Math::max);
            return chain;
        }

        void sample() {
            anywhere.accumulateAndGet(live() - baseline, Math::max);
            samples.incrementAndGet();
        }

        long peak() {
            return Math.max(atChains.get(), anywhere.get());
        }
    }

    /**
     * The heap in use right after a full collection, as that collection recorded it: read later,
     * the heap would include what the running cell allocated since; and only the full collector
     * ("G1 Old Generation" for the default G1), since a young collection the cell triggers
     * afterwards reports the old garbage along with the live data.
     */
    private static long live() {
        System.gc();
        com.sun.management.GcInfo last = FULL_COLLECTOR.getLastGcInfo();
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : last.getMemoryUsageAfterGc().entrySet()) {
            used += HEAP_POOLS.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
        }
        return used;
    }

    @Test
    void peakBytesBoundTheLiveHeapSampledInsideTheCellAndAreWithinAFactorOfIt() throws Exception {
        // m = 120: weight arrays of 240 kB, below half a heap region, so the collector compacts
        // them like any object and the heap after a full collection is the live data.
        long m = 120;
        double weightBytes = 8.0 * Network.of(LINEAR, m).layout().total();
        for (Architecture architecture : List.of(LINEAR, TANH)) {
            for (Quantity quantity : architecture == LINEAR ? QUANTITIES : QUANTITIES.subList(0, 4)) {
                QuantityMeasurer.forQuantity(architecture, quantity, 1.0, new BoundedChainDirections()).measure(m, 1);
                Sampling sampling = new Sampling();
                long[] allocated = new long[1];
                PointValue value = sampled(sampling, () -> {
                    long before = THREADS.getCurrentThreadAllocatedBytes();
                    PointValue v = QuantityMeasurer.forQuantity(architecture, quantity, 1.0, sampling).measure(m, 1);
                    allocated[0] = THREADS.getCurrentThreadAllocatedBytes() - before;
                    // A fast cell is run again (the same deterministic steps) until the sampler
                    // has stopped it often enough.
                    for (int again = 0; again < 20 && sampling.samples.get() < 15; again++) {
                        QuantityMeasurer.forQuantity(architecture, quantity, 1.0, sampling).measure(m, 1);
                    }
                    return v;
                });
                long estimate = QuantityMeasurer.cellBytes(architecture, quantity, m);
                String label = architecture.activation() + " " + quantity.label() + String.format(
                        ": estimate %.2f, sampled live %.2f (at chains %.2f), allocated %.2f weight arrays",
                        estimate / weightBytes, sampling.peak() / weightBytes, sampling.atChains.get() / weightBytes,
                        allocated[0] / weightBytes);
                System.out.println(label);
                assertTrue(value.isFinite(), label);
                assertTrue(sampling.peak() <= estimate + NOISE, label);
                // Everything the cell holds it allocated on this thread (the fixed part of the
                // estimate is a margin for small objects, which a small cell may not reach).
                assertTrue(estimate <= allocated[0] + CostModel.FIXED_BYTES, label);
                if (sampling.atChains.get() > 0) {
                    // The chain loop is the peak of a Hessian cell; the other measures peak in
                    // their ascent or ball moves, which hold up to twice as much.
                    boolean hessian = quantity instanceof Quantity.HessianNorm
                            || quantity instanceof Quantity.HessianBlock;
                    assertTrue(estimate <= (hessian ? 1.5 : 3) * sampling.atChains.get(), label);
                }
            }
        }
    }

    /** Runs the cell with a sampler collecting continuously on another thread. */
    private static PointValue sampled(Sampling sampling, java.util.concurrent.Callable<PointValue> cell)
            throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                sampling.sample();
            }
        });
        sampler.start();
        try {
            return cell.call();
        } finally {
            done.set(true);
            sampler.join();
        }
    }

    @Test
    void theModelCountsTheProbesTheMeasuresList() throws Exception {
        for (Architecture architecture : List.of(LINEAR, TANH, BallNets.of("2,m,m,m,m,m,m,m,m,1", "linear", "ntk"))) {
            ProbeCatalog catalog = BallNets.catalog(architecture, 3, 1);
            CostModel model = new CostModel(architecture, 3);
            int depth = architecture.depth();
            for (int order = 0; order <= 4; order++) {
                assertEquals(new TaylorResidualMeasure(catalog, order).probes().probes().size(),
                        model.probeCount(new Quantity.TaylorResidual(order)), "order " + order);
            }
            assertEquals(new HessianMeasure(catalog, null, null).probes().probes().size(),
                    model.probeCount(new Quantity.HessianNorm()));
            List<List<Integer>> blocks = List.of(List.of(1, 2), List.of(2, depth), List.of(1, 3), List.of(2, 3, 4));
            for (List<Integer> rows : blocks) {
                for (List<Integer> columns : blocks) {
                    assertEquals(new HessianMeasure(catalog, rows, columns).probes().probes().size(),
                            model.probeCount(new Quantity.HessianBlock(rows, columns)), rows + "x" + columns);
                }
            }
            assertEquals(new KernelChangeMeasure(catalog, 2).probes().probes().size(),
                    model.probeCount(new Quantity.TangentKernelChange(2)));
            for (List<List<Integer>> split : List.of(List.of(List.of(2)), List.of(List.of(1), List.of(3, 4)),
                    List.of(List.of(1), List.of(2), List.of(3, 4)))) {
                // Sets at w0, then both signs of two moves (B >= 2); w0 and two probes (B = 1).
                int moves = split.size() == 1 ? 1 + 2 * model.probeCount(new Quantity.MixedDerivative(split))
                        : model.probeCount(new Quantity.MixedDerivative(split)) + 4;
                assertEquals(moves, new MixedDerivativeMeasure(catalog, split).measure().evaluated().size(),
                        split.toString());
            }
            // the dynamics quantities evaluate their one trajectory
            assertEquals(model.probeCount(new Quantity.FeatureChange(2, 2, 1, 0.5)),
                    DynamicsMeasure.featureChange(architecture, catalog.cell(), 2, 2, new StepSetting(1, 0.5))
                            .evaluated().size());
            assertEquals(model.probeCount(new Quantity.OutputChange(2, 1, 0.5)),
                    DynamicsMeasure.outputChange(architecture, catalog.cell(), 2, new StepSetting(1, 0.5))
                            .evaluated().size());
        }
    }

    @Test
    void costsGrowLikeTheWeightsFromOneWidthToFourTimesIt() {
        for (Architecture architecture : List.of(LINEAR, TANH)) {
            for (Quantity quantity : QUANTITIES) {
                // A cell holds one weight-sized array and up to ~90 width-sized ones: at m = 1024
                // the latter are a few percent of the bytes, at m = 4096 under one.
                CellCost small = QuantityMeasurer.cost(architecture, quantity, 4096);
                CellCost large = QuantityMeasurer.cost(architecture, quantity, 16384);
                // P = 2 m^2 + 9 m: the ratio is 16 up to the width-sized terms.
                double bytes = (double) large.peakBytes() / small.peakBytes();
                double flops = large.flopBound() / small.flopBound();
                assertTrue(bytes > 15.5 && bytes <= 16, quantity.label() + ": bytes x" + bytes);
                assertTrue(flops > 15.5 && flops <= 16, quantity.label() + ": flops x" + flops);
            }
        }
    }

    @Test
    void aCellAtAWidthTooLargeForOneArrayIsStillPriced() {
        // 2 m^2 > 2^31 weights: no network can be built, the estimate still answers.
        CellCost cost = QuantityMeasurer.cost(LINEAR, new Quantity.HessianNorm(), 40_000);
        assertTrue(cost.peakBytes() > 8L * 2 * 40_000L * 40_000L, cost.toString());
    }
}
