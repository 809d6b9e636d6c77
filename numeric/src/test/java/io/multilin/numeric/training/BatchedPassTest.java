package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.numeric.activation.Relu;
import io.multilin.numeric.activation.Tanh;
import org.junit.jupiter.api.Test;

/**
 * The chunked passes group four samples per pass over a weight row; every entry must still
 * receive its terms in sample order, so a chunk gives exactly (to the last bit, signed zeros
 * aside) what the samples give one at a time, summed in order.
 */
class BatchedPassTest {

    @Test
    void aChunkEqualsItsSamplesOneAtATimeInOrder() {
        for (boolean relu : new boolean[] {false, true}) {
            TaskSpec spec = new TaskSpec(4, 5, 2, 3, 6, 11);
            SyntheticTask data = SyntheticTask.generate(spec, 7);
            TrainableNetwork network = TrainableNetwork.deep(5, 9, 3, 4, relu ? new Relu() : new Tanh(), true);
            double[] theta = network.initialParameters(13);
            BatchedPass chunk = new BatchedPass(network, 11);
            double[] together = new double[theta.length];
            // 11 samples: two groups of four and a tail of three
            double sse = chunk.squaredErrorAndGradient(theta, data.inputs(), data.targets(), 0, 11, together);
            BatchedPass single = new BatchedPass(network, 1);
            double[] one = new double[theta.length];
            double[] summed = new double[theta.length];
            double sseSummed = 0;
            for (int s = 0; s < 11; s++) {
                sseSummed += single.squaredErrorAndGradient(theta, data.inputs(), data.targets(), s, 1, one);
                for (int k = 0; k < one.length; k++) {
                    summed[k] += one[k];
                }
            }
            // the loss adds squares per sample first when summed per sample: rounding only
            assertEquals(sseSummed, sse, 1e-13 * sse);
            for (int k = 0; k < theta.length; k++) {
                assertEquals(summed[k], together[k], 0.0, "parameter " + k + (relu ? " (relu)" : " (tanh)"));
            }
        }
    }
}
