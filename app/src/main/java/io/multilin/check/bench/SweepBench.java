package io.multilin.check.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.plan.Planner;
import io.multilin.numeric.ball.CellCost;
import io.multilin.numeric.ball.QuantityMeasurer;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.SweepPlan;
import java.util.List;

/**
 * {@code bench sweep CLAIM.yaml}: every quantity a claim's plan measures, swept cell by cell
 * (one cell at a time, so that the heap figure is one cell's), with per width the time of its
 * seeds, the heap the cells needed at most and the estimate the sweep planner prices a cell at
 * before running it. No cache: every cell is measured.
 */
final class SweepBench {

    private final BenchOutput output;

    SweepBench(BenchOutput output) {
        this.output = output;
    }

    /**
     * The planner's price of every planned quantity's cell at each width, nothing run: how wide a
     * claim's network can be swept in a given memory (a sweep is refused when the cells running
     * at once would need more than half of {@code --max-memory}).
     */
    void estimate(NetworkClaim claim, SweepPlan plan) {
        Architecture architecture = claim.architecture();
        for (Quantity quantity : Planner.plan(claim).quantities()) {
            for (long m : plan.widths()) {
                CellCost estimate = QuantityMeasurer.cost(architecture, quantity, m);
                ObjectNode line = output.line("sweep-estimate");
                line.put("claim", claim.id());
                line.put("quantity", quantity.label());
                line.put("m", m);
                line.put("weight_bytes", 8 * parameters(architecture, m));
                line.put("estimated_cell_bytes", estimate.peakBytes());
                line.put("estimated_flops", estimate.flopBound());
                output.emit(line);
            }
        }
    }

    /** Sweeps every planned quantity of {@code claim} over {@code plan}; returns the total seconds. */
    double run(NetworkClaim claim, SweepPlan plan) throws Exception {
        Architecture architecture = claim.architecture();
        List<Quantity> quantities = Planner.plan(claim).quantities();
        HeapPeak heap = new HeapPeak();
        double total = 0;
        for (Quantity quantity : quantities) {
            CellMeasurement cells;
            try {
                cells = QuantityMeasurer.forQuantity(architecture, quantity, claim.radius());
            } catch (IllegalArgumentException unmeasurable) {
                // as in a check: a quantity the numeric side cannot measure is said so, the rest goes on
                ObjectNode line = output.line("sweep");
                line.put("claim", claim.id());
                line.put("quantity", quantity.label());
                line.put("not_measured", unmeasurable.getMessage());
                output.emit(line);
                continue;
            }
            for (long m : plan.widths()) {
                CellCost estimate = QuantityMeasurer.cost(architecture, quantity, m);
                heap.start();
                long start = System.nanoTime();
                double largest = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < plan.seeds(); s++) {
                    PointValue value = cells.measure(m, plan.seedFor(s));
                    largest = Math.max(largest, value.value());
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("bench sweep interrupted");
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                total += seconds;
                ObjectNode line = output.line("sweep");
                line.put("claim", claim.id());
                line.put("quantity", quantity.label());
                line.put("m", m);
                line.put("seeds", plan.seeds());
                line.put("seconds", seconds);
                line.put("seconds_per_cell", seconds / plan.seeds());
                line.put("weight_bytes", 8 * parameters(architecture, m));
                line.put("peak_heap_bytes", heap.extraBytes());
                line.put("estimated_cell_bytes", estimate.peakBytes());
                line.put("largest_value", largest);
                output.emit(line);
            }
        }
        return total;
    }

    static long parameters(Architecture architecture, long m) {
        int[] n = architecture.widthsAt(m);
        long p = 0;
        for (int l = 1; l < n.length; l++) {
            p += (long) n[l] * n[l - 1];
        }
        return p;
    }
}
