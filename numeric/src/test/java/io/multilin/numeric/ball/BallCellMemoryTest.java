package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
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
import org.junit.jupiter.api.Test;

/**
 * A ball cell holds at most 1.5 times its weights at any time, for every quantity kind, at
 * m = 512 and depth 6 ([16, m x5, 1], ntk, tanh and linear): w0 is its only weight-sized
 * array (probe directions, gradients, eigenvectors and ascent iterates are factors or streamed;
 * ball points are formed in w0's own array). The live heap is sampled by a thread that runs
 * full collections back to back while the cell runs (each one stops the cell wherever it is,
 * the in-place ball points included) and reads what the collection left. Heap sizes, never
 * timings. The Lanczos cap is lowered to keep the test short: its vectors are width-sized
 * whatever their number. Peaks include the collector's rounding of w0 up to whole heap regions
 * (a few percent of it): the bound is met with that counted.
 */
class BallCellMemoryTest {

    private static final com.sun.management.GarbageCollectorMXBean FULL_COLLECTOR =
            (com.sun.management.GarbageCollectorMXBean) ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(bean -> bean.getName().contains("Old") || bean.getName().contains("MarkSweep"))
                    .findFirst().orElseThrow(() -> new AssertionError("no full collector"));
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private static final long M = 512;
    private static final List<Quantity> QUANTITIES = List.of(new Quantity.OutputScale(), new Quantity.HessianNorm(),
            new Quantity.HessianBlock(List.of(1, 2), List.of(3, 4)), new Quantity.HessianBlock(List.of(2, 3), List.of(2, 3)),
            new Quantity.TaylorResidual(1), new Quantity.TaylorResidual(2), new Quantity.TaylorResidual(3),
            new Quantity.TangentKernelChange(3), new Quantity.MixedDerivative(List.of(List.of(2))),
            new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4, 5, 6))),
            new Quantity.MixedDerivative(List.of(List.of(1), List.of(2), List.of(3, 4))),
            new Quantity.OneStepChange(1, 1));

    /** The kinds whose probes differ for linear networks: the rank-one chains. */
    private static final List<Quantity> LINEAR_KINDS = List.of(new Quantity.HessianNorm(),
            new Quantity.TaylorResidual(2), new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4, 5, 6))));

    private static PointValue cell(Architecture architecture, Quantity quantity) throws InterruptedException {
        ProbeCatalog catalog = new ProbeCatalog(BallCell.of(architecture, M, 1, 1.0), new BoundedChainDirections(),
                new LanczosBudget(20, 1e-3));
        return QuantityMeasurer.measure(architecture, quantity, catalog);
    }

    private static long live() {
        System.gc();
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : FULL_COLLECTOR.getLastGcInfo().getMemoryUsageAfterGc().entrySet()) {
            used += HEAP_POOLS.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
        }
        return used;
    }

    @Test
    void everyQuantityKindHoldsAtMostOneAndAHalfTimesTheWeights() throws Exception {
        double control = -1;
        for (String activation : List.of("tanh", "linear")) {
            Architecture architecture = BallNets.of("16,m,m,m,m,m,1", activation, "ntk");
            Network network = Network.of(architecture, M);
            double weightBytes = 8.0 * network.layout().total();
            double widthBytes = 8.0 * (16 + 5 * M + 1);
            for (Quantity quantity : QUANTITIES) {
                if (activation.equals("linear") && !LINEAR_KINDS.contains(quantity)) {
                    continue;
                }
                long baseline = live();
                AtomicLong peak = new AtomicLong();
                AtomicLong samples = new AtomicLong();
                AtomicBoolean done = new AtomicBoolean();
                Thread sampler = new Thread(() -> {
                    while (!done.get()) {
                        peak.accumulateAndGet(live() - baseline, Math::max);
                        samples.incrementAndGet();
                        // A pause between collections leaves the cell most of the two cores.
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.start();
                PointValue value;
                try {
                    value = cell(architecture, quantity);
                    // A fast cell is run again (the same deterministic steps) until the sampler
                    // has stopped it a few times.
                    for (int again = 0; again < 20 && samples.get() < 3; again++) {
                        cell(architecture, quantity);
                    }
                } finally {
                    done.set(true);
                    sampler.join();
                }
                if (quantity instanceof Quantity.OutputScale) {
                    // w0 alone, as the heap holds it (rounded up to whole regions)
                    control = peak.get();
                }
                String label = String.format("%s %s: live peak %.3f weights (%d samples)%s", activation,
                        quantity.label(), peak.get() / weightBytes, samples.get(), control < 0 ? ""
                                : String.format(", %.1f width-sized vectors above a cell that holds only w0",
                                (peak.get() - control) / widthBytes));
                System.out.println(label);
                assertTrue(value.isFinite(), label);
                assertTrue(samples.get() >= 3, label);
                assertTrue(peak.get() <= 1.5 * weightBytes, label);
            }
        }
    }
}
