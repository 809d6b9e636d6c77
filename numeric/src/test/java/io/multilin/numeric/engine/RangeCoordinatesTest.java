package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coordinates are an isometry onto S, S holds every HVP, and the start is the dense one. */
class RangeCoordinatesTest {

    /**
     * A network at its seeded point with the weights of layers 1..zeroUpTo set to zero: with
     * sigma'(0) = 0 this zeroes g_l below them, with sigma(0) = 0 it zeroes a_l.
     */
    private static Derivatives at(String widths, String activation, String output, int zeroUpTo, long seed) {
        Network net = Nets.of(widths, activation, output, "ntk", 5);
        double[] w = Initialization.weights(net, seed);
        if (zeroUpTo > 0) {
            Arrays.fill(w, 0, net.layout().offset(zeroUpTo) + net.layout().size(zeroUpTo), 0);
        }
        return new Derivatives(net, w, Initialization.inputs(net, seed, 1)[0]);
    }

    private static double[] gaussian(int n, long seed) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(
                SeededRandom.stream(seed, n, "range-test", 0));
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gauss.sample();
        }
        return v;
    }

    private static double[] expand(RangeCoordinates c, double[] x, int side) {
        double[] full = new double[c.layout().total()];
        c.addExpanded(x, side, 1, full, c.newBuffers(side, false), c.newBuffers(side, true));
        return full;
    }

    private static double relative(double[] expected, double[] actual) {
        double[] diff = actual.clone();
        Vectors.axpy(-1, expected, diff);
        return Vectors.norm(diff) / Vectors.norm(expected);
    }

    @ParameterizedTest
    @CsvSource({"tanh, linear, 0", "'poly(1, 0, 1)', linear, 3", "'poly(0, 1, 1)', tanh, 1"})
    void encodeAfterDecodeIsAnIsometryOntoS(String activation, String output, int zeroUpTo) {
        Derivatives d = at("3, m, m, m, 1", activation, output, zeroUpTo, 31);
        RangeCoordinates c = new RangeCoordinates(d, List.of(RangeHessianTest.allLayers(d.network())));
        double[] x = gaussian(c.size(), 1);
        double[][] p = c.newBuffers(0, false);
        double[][] q = c.newBuffers(0, true);
        c.decode(x, 0, p, q);
        double[] z = new double[c.size()];
        c.encode(p, q, 0, z, 0);
        double[] full = expand(c, z, 0);
        assertEquals(Vectors.norm(z), Vectors.norm(full), 1e-13 * Vectors.norm(z), "|D(z)| = |z|");
        assertTrue(relative(expand(c, x, 0), full) < 1e-13, "D(E(D(x))) = D(x)");
        // Encoding never writes a dead coordinate: decoding then encoding z again is the identity.
        c.decode(z, 0, p, q);
        double[] again = new double[c.size()];
        c.encode(p, q, 0, again, 0);
        assertArrayEquals(z, again, 1e-13 * Vectors.norm(z));
    }

    @ParameterizedTest
    @CsvSource({"tanh, linear, 0", "sigmoid, tanh, 0", "'poly(1, 0, 1)', linear, 3", "'poly(0, 1, 1)', linear, 1",
            "'poly(1, 0, 1)', tanh, 2"})
    void hessianTimesADirectionOfSStaysInS(String activation, String output, int zeroUpTo) {
        Derivatives d = at("3, m, m, m, 1", activation, output, zeroUpTo, 32);
        RangeCoordinates c = new RangeCoordinates(d, List.of(RangeHessianTest.allLayers(d.network())));
        RangeHessian h = new RangeHessian(d, c);
        double[] x = Arrays.copyOf(gaussian(c.size(), 2), h.dimension());
        double[] v = expand(c, x, 0);
        double[] dense = new double[v.length];
        d.hessianTimes(v, dense);
        double[] y = new double[h.dimension()];
        Arrays.fill(y, Double.NaN);
        h.apply(x, y, 0);
        assertEquals(0.0, y[c.size()], 0.0, "the null coordinate maps to zero");
        assertTrue(Vectors.norm(dense) > 0);
        double error = relative(dense, expand(c, y, 0));
        assertTrue(error < 1e-12, "D(T x) = H D(x): relative error " + error + ", |H D(x)| " + Vectors.norm(dense));
        // beta accumulates: T x + 2 y
        double[] twice = y.clone();
        h.apply(x, twice, 2);
        for (int i = 0; i < y.length; i++) {
            assertEquals(3 * y[i], twice[i], 1e-13 * Vectors.norm(y));
        }
    }

    @ParameterizedTest
    @CsvSource({"'1', '2'", "'1,2', '2,3'", "'3', '1,3'"})
    void augmentedBlockProductsAreTheDenseSlices(String rows, String columns) {
        Derivatives d = at("3, m, m, m, 1", "tanh", "linear", 0, 33);
        ParameterLayout layout = d.network().layout();
        List<SortedSet<Integer>> sides = List.of(new TreeSet<>(RangeHessianTest.parse(rows)),
                new TreeSet<>(RangeHessianTest.parse(columns)));
        RangeCoordinates c = new RangeCoordinates(d, sides);
        RangeHessian h = new RangeHessian(d, c);
        double[] x = Arrays.copyOf(gaussian(c.size(), 3), h.dimension());
        double[] y = new double[h.dimension()];
        h.apply(x, y, 0);
        for (int side = 0; side < 2; side++) {
            // side 0 of y is H_{A,B} (side 1 of x), side 1 is H_{B,A} (side 0 of x)
            double[] v = expand(c, x, 1 - side);
            double[] hv = new double[v.length];
            d.hessianTimes(v, hv);
            for (int l = 1; l <= layout.depth(); l++) {
                if (!sides.get(side).contains(l)) {
                    Arrays.fill(hv, layout.offset(l), layout.offset(l) + layout.size(l), 0);
                }
            }
            assertTrue(relative(hv, expand(c, y, side)) < 1e-12, "side " + side);
        }
    }

    @ParameterizedTest
    @CsvSource({"'3, m, m, m, 1', 0", "'2, 3, 1', 0", "'1, m, 1', 0", "'3, m, m, 1', 2"})
    void startExpandsToTheDenseLanczosStart(String widths, int zeroUpTo) {
        Derivatives d = at(widths, "tanh", "linear", zeroUpTo, 34);
        TreeSet<Integer> all = RangeHessianTest.allLayers(d.network());
        RangeCoordinates c = new RangeCoordinates(d, List.of(all));
        RangeStart start = new RangeStart(c, 77);
        double[] s = start.vector();
        assertEquals(1.0, Vectors.norm(s), 1e-14);
        int total = c.layout().total();
        ZigguratSampler.NormalizedGaussian gauss = LanczosNorm.startStream(total, 77);
        double[] dense = new double[total];
        for (int i = 0; i < total; i++) {
            dense[i] = gauss.sample();
        }
        Vectors.scale(dense, 1 / Vectors.norm(dense));
        assertArrayEquals(dense, start.expand(s)[0], 1e-13);
        // The null coordinate carries |G - P G|: its square and |P G|^2 add up to |G|^2.
        double[] projected = expand(c, Arrays.copyOf(s, c.size()), 0);
        double[] rest = dense.clone();
        Vectors.axpy(-1, projected, rest);
        assertEquals(Vectors.norm(rest), s[c.size()], 1e-12);
    }
}
