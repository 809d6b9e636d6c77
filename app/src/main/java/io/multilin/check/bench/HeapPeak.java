package io.multilin.check.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap a piece of work needed: the sum of the heap pools' peak usage during the work, less
 * what was in use after a collection before it. Summing per-pool peaks, which need not occur
 * at the same instant, can only overstate the peak: an honest upper bound to put beside the
 * planner's estimate.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private long baseline;

    /** Collects, records the heap in use and resets every pool's peak. */
    void start() {
        System.gc();
        baseline = 0;
        for (MemoryPoolMXBean pool : pools) {
            baseline += pool.getUsage().getUsed();
            pool.resetPeakUsage();
        }
    }

    /** Bytes above the baseline at the peak since {@link #start}. */
    long extraBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
        }
        return Math.max(0, peak - baseline);
    }
}
