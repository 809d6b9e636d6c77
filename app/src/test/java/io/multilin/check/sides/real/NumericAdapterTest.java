package io.multilin.check.sides.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.ProgressListener;
import io.multilin.numeric.fit.PointValue;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NumericAdapterTest {

    private static final Architecture NET = new Architecture(
            List.of(Width.parse("4"), Width.parse("m"), Width.parse("1")), Activation.LINEAR, new Parameterization.Ntk());
    private static final Quantity Q = new Quantity.HessianNorm();

    private static NumericSettings settings(int seeds) {
        return new NumericSettings(List.of(64L, 128L, 256L, 512L, 1024L), seeds, 7L, 2, 1.0, ProgressListener.NONE);
    }

    /** A seed-dependent factor exp(+-0.6): with 3 seeds the medians scatter, with 12 they settle. */
    private static double noise(long seed, long m) {
        long h = (seed * 0x9E3779B97F4A7C15L) ^ (m * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        return Math.exp(0.6 * (((h & 0xFFFF) / 65535.0) * 2 - 1));
    }

    @Test
    void aSweepRepeatedWithMoreSeedsMeasuresOnlyTheNewCells() {
        AtomicInteger calls = new AtomicInteger();
        NumericAdapter adapter = new NumericAdapter((arch, q, r) -> (m, seed) -> {
            calls.incrementAndGet();
            return new PointValue(Math.pow(m, -0.5) * noise(seed, m), 1e-300, "fake");
        });
        Measurement three = adapter.measure(NET, Q, settings(3));
        Measurement six = adapter.measure(NET, Q, settings(6));
        assertEquals(30, calls.get(), "each (width, seed) cell is measured once");
        assertEquals(three.points().get(0).seedValues(), six.points().get(0).seedValues().subList(0, 3));
        assertTrue(six.fit().orElseThrow().ci95High() - six.fit().orElseThrow().ci95Low() > 0);
    }

    @Test
    void exactPowerLawsGiveTheirExponent() {
        AtomicInteger calls = new AtomicInteger();
        NumericAdapter adapter = new NumericAdapter((arch, q, r) -> (m, seed) -> {
            calls.incrementAndGet();
            return new PointValue(Math.pow(m, -0.5), 1e-300, "fake");
        });
        Measurement result = adapter.measure(NET, Q, settings(3));
        assertEquals(15, calls.get());
        assertEquals(-0.5, result.fit().orElseThrow().slope(), 1e-12);
    }

    @Test
    void aQuantityTheNumericSideCannotMeasureIsInvalidNotAnException() {
        NumericAdapter adapter = new NumericAdapter((arch, q, r) -> {
            throw new IllegalArgumentException("needs c");
        });
        Measurement result = adapter.measure(NET, Q, settings(3));
        assertTrue(result.problem().orElseThrow().contains("needs c"));
    }
}
