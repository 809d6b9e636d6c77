package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InitializationTest {

    @Test
    void sameSeedSameWeightsWhateverTheThread() throws Exception {
        Network net = Nets.of("3, m, m, 1", "tanh", "linear", "ntk", 16);
        double[] here = Initialization.weights(net, 42);
        double[] there = CompletableFuture.supplyAsync(() -> Initialization.weights(net, 42)).get();
        assertArrayEquals(here, there, 0.0);
        assertFalse(Arrays.equals(here, Initialization.weights(net, 43)));
    }

    @Test
    void theNetworkAtWidthMIsTheTopLeftBlockOfAnyWiderOne() {
        Network narrow = Nets.of("3, m, m, 1", "tanh", "linear", "standard", 16);
        Network wide = Nets.of("3, m, m, 1", "tanh", "linear", "standard", 40);
        double[] a = Initialization.weights(narrow, 42);
        double[] b = Initialization.weights(wide, 42);
        ParameterLayout small = narrow.layout();
        ParameterLayout large = wide.layout();
        for (int l = 1; l <= 3; l++) {
            // standard coordinates scale entries by n_{l-1}^{-1/2}: compare the standard Gaussians
            double sa = narrow.initStd(l);
            double sb = wide.initStd(l);
            for (int i = 0; i < small.rows(l); i++) {
                for (int j = 0; j < small.columns(l); j++) {
                    double x = a[small.offset(l) + i * small.columns(l) + j] / sa;
                    double y = b[large.offset(l) + i * large.columns(l) + j] / sb;
                    assertEquals(x, y, 1e-12 * Math.abs(x), "layer " + l + " entry " + i + "," + j);
                }
            }
        }
    }

    @Test
    void entriesHaveTheParameterizationsStandardDeviation() {
        // standard: N(0, 1/n_{l-1}); layer 2 has fan-in m = 400.
        Network net = Nets.of("3, m, m, 1", "tanh", "linear", "standard", 400);
        double[] w = Initialization.weights(net, 7);
        ParameterLayout layout = net.layout();
        double rms = layout.layerNorm(w, 2) / Math.sqrt(layout.size(2));
        assertEquals(1 / Math.sqrt(400), rms, 0.01 / Math.sqrt(400));
        assertEquals(1 / Math.sqrt(400), net.initStd(2), 1e-15);
        assertEquals(1.0, net.multiplier(2), 0.0);
    }

    @Test
    void inputsDoNotDependOnTheWidthAndDirectionsAreUnit() {
        Network a = Nets.of("3, m, 1", "tanh", "linear", "ntk", 8);
        Network b = Nets.of("3, m, 1", "tanh", "linear", "ntk", 32);
        assertArrayEquals(Initialization.inputs(a, 5, 4)[3], Initialization.inputs(b, 5, 4)[3], 0.0);
        double[] u = Initialization.unitDirection(a, 5, 2, List.of(2));
        assertEquals(1.0, Vectors.norm(u), 1e-14);
        assertEquals(0.0, a.layout().layerNorm(u, 1), 0.0);
        assertArrayEquals(u, Initialization.unitDirection(a, 5, 2, List.of(2)), 0.0);
    }
}
