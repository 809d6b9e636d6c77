package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.training.StopReason;
import io.multilin.numeric.activation.Identity;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureMeasurementTest {

    /**
     * A linear network whose hidden matrices are the identity on the first two coordinates
     * and 0.1 on the others: every middle count is 2, the rest norm of each middle layer is
     * 0.1 sqrt(n - 2), and the Jacobian and representations have exactly the rank the first
     * layer lets through.
     */
    @Test
    void handBuiltBottleneckIsMeasuredExactly() {
        TaskSpec spec = new TaskSpec(4, 5, 2, 3, 6, 40);
        SyntheticTask data = SyntheticTask.generate(spec, 1);
        int width = 6;
        int depth = 6;
        TrainableNetwork network = TrainableNetwork.deep(5, width, 3, depth, new Identity(), false);
        double[] theta = new double[network.total()];
        for (int l = 1; l <= depth; l++) {
            int cols = network.width(l - 1);
            for (int i = 0; i < network.width(l); i++) {
                for (int j = 0; j < cols; j++) {
                    double v;
                    if (l == 1) {
                        v = i == j && i < 2 ? 1 : 0;     // rank-2 input layer: projection on x_1, x_2
                    } else {
                        v = i == j ? (i < 2 ? 1 : 0.1) : 0;
                    }
                    theta[network.weightOffset(l) + i * cols + j] = v;
                }
            }
        }
        TrainingRun run = new TrainingRun(theta, 0, new StopReason.StepBudget(), new RegularizedLoss.Value(0, 0, 0),
                new RegularizedLoss.Value(0, 0, 0), List.of());
        DepthResult r = StructureMeasurement.measure(network, data, run);
        assertEquals(2, r.learnedRank());
        assertEquals(r.middleLayers(), r.agreeingMiddleLayers());
        assertEquals(0.1 * Math.sqrt(width - 2), r.restNormRms(), 1e-12);
        assertEquals(0.1, r.largestRest(), 1e-12);
        assertArrayEquals(new int[] {2, 2, 2, 2, 2}, r.representationRanks());
        assertEquals(2, r.representationMiddleRank());
        assertEquals(2, r.jacobianRank());
    }

    @Test
    void targetsDependOnlyOnTheFirstKLatentCoordinates() {
        TaskSpec spec = new TaskSpec(8, 20, 2, 6, 16, 10);
        SyntheticTask task = SyntheticTask.generate(spec, 9);
        double[] z = java.util.Arrays.copyOfRange(task.latents(), 0, 8);
        double[] y = SyntheticTask.twoLayer(task.targetFirst(), task.targetSecond(), z, 2);
        assertArrayEquals(java.util.Arrays.copyOfRange(task.targets(), 0, 6), y, 1e-15);
        for (int j = 2; j < 8; j++) {
            z[j] += 1.7;
        }
        assertArrayEquals(y, SyntheticTask.twoLayer(task.targetFirst(), task.targetSecond(), z, 2), 0.0);
        z[1] += 0.5;
        double change = 0;
        double[] moved = SyntheticTask.twoLayer(task.targetFirst(), task.targetSecond(), z, 2);
        for (int i = 0; i < 6; i++) {
            change += Math.abs(moved[i] - y[i]);
        }
        org.junit.jupiter.api.Assertions.assertTrue(change > 1e-3, "z_2 must matter");
    }
}
