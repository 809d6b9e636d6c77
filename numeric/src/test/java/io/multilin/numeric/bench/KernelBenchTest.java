package io.multilin.numeric.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Activation;
import io.multilin.numeric.engine.Kernels;
import org.junit.jupiter.api.Test;

/** The byte counts of {@link Task}, by hand on widths [4, 8, 8, 1] (layer sizes 32, 64, 8). No timings. */
class KernelBenchTest {

    @Test
    void bytesPerCallCountTheWeightSizedPasses() {
        KernelBench bench = new KernelBench(new int[] {4, 8, 8, 1}, new Activation.Tanh(), Kernels.sequential());
        assertEquals(8.0 * 104, bench.bytesPerCall(new Task.Forward()), 0.0);
        assertEquals(16.0 * 104, bench.bytesPerCall(new Task.Along()), 0.0);
        assertEquals(16.0 * 104, bench.bytesPerCall(new Task.Taylor(4)), 0.0);
        assertEquals(8.0 * (2 * 32 + 5 * 64 + 5 * 8), bench.bytesPerCall(new Task.Hvp()), 0.0);
        assertEquals(8.0 * 30 * 2 * (64 + 8), bench.bytesPerCall(new Task.Lanczos(30)), 0.0);
        assertEquals("taylor4", new Task.Taylor(4).label());
    }
}
