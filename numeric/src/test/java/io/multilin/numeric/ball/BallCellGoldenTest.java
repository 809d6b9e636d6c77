package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.fit.PointValue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memory-bounded ball cell against the values the former cell (dense probe directions, a
 * separate weight-sized ball point, the gradient stored) gave on small cells, recorded in
 * ball-golden.txt before the change: the same probe list, the same winning probe and the same
 * value up to rounding, for every quantity kind, linear and tanh. Rounding differs because
 * directions are now applied row by row (and Hessian-vector products of dense directions go
 * through their projection on the range of H), hence a relative tolerance, far below any
 * exponent the fits could see.
 */
class BallCellGoldenTest {

    static final List<Architecture> ARCHITECTURES = List.of(BallNets.of("5,m,m,m,1", "linear", "ntk"),
            BallNets.of("5,m,m,m,1", "tanh", "ntk"), BallNets.of("4,m,2,m,1", "linear", "ntk"),
            BallNets.of("3,m,m,1", "relu", "ntk"));
    static final List<Quantity> QUANTITIES = List.of(new Quantity.HessianNorm(),
            new Quantity.HessianBlock(List.of(1, 2), List.of(3, 4)), new Quantity.HessianBlock(List.of(3), List.of(1)),
            new Quantity.HessianBlock(List.of(2, 3), List.of(2, 3)), new Quantity.TaylorResidual(0),
            new Quantity.TaylorResidual(1), new Quantity.TaylorResidual(2), new Quantity.TaylorResidual(3),
            new Quantity.TangentKernelChange(3), new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3, 4))),
            new Quantity.MixedDerivative(List.of(List.of(1), List.of(2), List.of(3, 4))),
            new Quantity.MixedDerivative(List.of(List.of(2))), new Quantity.OneStepChange(1, 1),
            new Quantity.OutputScale());
    static final long M = 12;

    /** One line per cell: architecture, quantity, value, floor, probe, evaluated, converged. */
    static List<String> lines() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Architecture architecture : ARCHITECTURES) {
            for (Quantity quantity : QUANTITIES) {
                if (architecture.depth() < 4 && quantity.label().contains("4")) {
                    continue;
                }
                PointValue v = QuantityMeasurer.forQuantity(architecture, quantity, 1.0).measure(M, 3);
                lines.add(architecture + "|" + quantity.label() + "|" + v.value() + "|" + v.noiseFloor() + "|"
                        + v.probe() + "|" + v.evaluated() + "|" + v.dropped() + "|" + v.converged());
            }
        }
        return lines;
    }

    @Test
    void everyQuantityKindGivesTheFormerProbesAndValues() throws Exception {
        List<String> expected;
        try (InputStream in = BallCellGoldenTest.class.getResourceAsStream("ball-golden.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> actual = lines();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] old = fields(expected.get(i));
            String[] now = fields(actual.get(i));
            String label = old[1].replaceAll("Scaling\\[[^]]*]", "m");
            assertEquals(old[1], now[1], label);
            double oldValue = Double.parseDouble(old[2]);
            double oldFloor = Double.parseDouble(old[3]);
            // A value at the rounding level is noise: it only has to stay there.
            assertEquals(oldValue, Double.parseDouble(now[2]), 1e-9 * Math.abs(oldValue) + oldFloor, label);
            assertEquals(oldFloor, Double.parseDouble(now[3]), 1e-9 * oldFloor, label);
            if (oldValue > oldFloor) {
                assertEquals(old[4], now[4], label + ": the winning probe");
            }
            assertEquals(old[5], now[5], label + ": the probes evaluated");
            assertEquals(old[6] + old[7], now[6] + now[7], label + ": dropped, converged");
        }
    }

    /**
     * {"", architecture|label, value, floor, probe, evaluated, dropped, converged}: the label
     * itself may hold '|' ({@code sup ||H||}), the last six fields never do.
     */
    private static String[] fields(String line) {
        String[] result = new String[8];
        int end = line.length();
        for (int k = 7; k >= 2; k--) {
            int bar = line.lastIndexOf('|', end - 1);
            result[k] = line.substring(bar + 1, end);
            end = bar;
        }
        result[1] = line.substring(0, end);
        return result;
    }

    /** Writes the file again when -Dball.golden.out=PATH is given (only to record a deliberate change). */
    @Test
    void recordWhenAsked() throws Exception {
        String out = System.getProperty("ball.golden.out");
        if (out != null) {
            Files.write(Path.of(out), lines(), StandardCharsets.UTF_8);
        }
        assertTrue(true);
    }
}
