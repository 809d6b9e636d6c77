package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bytes allocated by one Hessian-norm point (counted on this thread: the engine is
 * single-threaded), against the size of the weights at m = 512, depth 6: the range-coordinate
 * path needs O(sum of widths), the dense-vector path several weight-sized vectors. An
 * allocation count, not a timing.
 */
class HessianNormsMemoryTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final LanczosNorm.Options TWENTY = new LanczosNorm.Options(3, 20, 1e-6, false);

    private static Derivatives derivatives;
    private static long weightBytes;

    @BeforeAll
    static void network() {
        Network net = Nets.of("16, m, m, m, m, m, 1", "tanh", "linear", "ntk", 512);
        double[] w = Initialization.weights(net, 1);
        weightBytes = 8L * w.length;
        derivatives = new Derivatives(net, w, Initialization.inputs(net, 1, 1)[0]);
        // Load the classes (and spin the lambdas) once, outside the counts.
        Network small = Nets.of("4, m, m, 1", "tanh", "linear", "ntk", 8);
        Derivatives d = new Derivatives(small, Initialization.weights(small, 1), new double[] {1, 2, 3, 4});
        HessianNorms.hessian(d, TWENTY);
        HessianNorms.block(d, List.of(1), List.of(2), TWENTY);
        DenseHessianNorms.hessian(d, TWENTY);
    }

    private static <T> long allocated(Supplier<T> work, Object[] result) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        result[0] = work.get();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void hessianNormAllocatesUnderFivePercentOfTheWeights() {
        assertTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        Object[] range = new Object[1];
        Object[] dense = new Object[1];
        long rangeBytes = allocated(() -> HessianNorms.hessian(derivatives, TWENTY), range);
        long denseBytes = allocated(() -> DenseHessianNorms.hessian(derivatives, TWENTY), dense);
        double rangeNorm = ((LanczosNorm.Result) range[0]).magnitude();
        assertEquals(((LanczosNorm.Result) dense[0]).magnitude(), rangeNorm, 1e-10 * rangeNorm);
        assertTrue(denseBytes >= 2 * weightBytes, "dense path: " + denseBytes + " bytes, weights " + weightBytes);
        System.out.printf("Hessian norm at m = 512, depth 6: weights %d bytes, range path %d, dense path %d%n",
                weightBytes, rangeBytes, denseBytes);
        assertTrue(rangeBytes < 0.05 * weightBytes, "range path: " + rangeBytes + " bytes, weights " + weightBytes);
    }

    @Test
    void blockNormAllocatesUnderFivePercentOfTheWeights() {
        Object[] result = new Object[1];
        long bytes = allocated(() -> HessianNorms.block(derivatives, List.of(2, 3), List.of(4, 5), TWENTY), result);
        assertTrue(((HessianNorms.BlockNorm) result[0]).singularValue() > 0);
        System.out.printf("Block norm at m = 512, depth 6: weights %d bytes, range path %d%n", weightBytes, bytes);
        assertTrue(bytes < 0.05 * weightBytes, "block: " + bytes + " bytes, weights " + weightBytes);
    }
}
