package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.activation.Relu;
import io.multilin.numeric.activation.Tanh;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class RegularizedLossTest {

    private static final TaskSpec SMALL = new TaskSpec(4, 5, 2, 3, 6, 70);

    @Test
    void gradientMatchesCentralDifferencesForTanh() {
        checkGradient(new Tanh(), 1e-6);
    }

    @Test
    void gradientMatchesCentralDifferencesForRelu() {
        // Kinks are hit with probability zero for a step this small at random parameters.
        checkGradient(new Relu(), 1e-6);
    }

    private static void checkGradient(ActivationFunction activation, double tolerance) {
        SyntheticTask data = SyntheticTask.generate(SMALL, 3);
        TrainableNetwork network = TrainableNetwork.deep(5, 7, 3, 4, activation, true);
        double[] theta = network.initialParameters(11);
        // Non-zero biases, so their gradient is exercised away from the initial point too.
        for (int l = 1; l <= 4; l++) {
            for (int i = 0; i < network.width(l); i++) {
                theta[network.biasOffset(l) + i] = 0.1 * Math.sin(7 * l + i);
            }
        }
        double lambda = 0.013;
        RegularizedLoss loss = new RegularizedLoss(network, data, lambda);
        double[] grad = new double[theta.length];
        loss.evaluate(theta, grad, null);
        double h = 1e-5;
        double[] scratch = new double[theta.length];
        double maxError = 0;
        double maxGrad = 0;
        for (int i = 0; i < theta.length; i++) {
            double saved = theta[i];
            theta[i] = saved + h;
            double plus = loss.evaluate(theta, scratch, null).regularized();
            theta[i] = saved - h;
            double minus = loss.evaluate(theta, scratch, null).regularized();
            theta[i] = saved;
            double fd = (plus - minus) / (2 * h);
            maxError = Math.max(maxError, Math.abs(fd - grad[i]));
            maxGrad = Math.max(maxGrad, Math.abs(grad[i]));
        }
        assertTrue(maxGrad > 1e-2, "gradient should not be trivially small: " + maxGrad);
        assertTrue(maxError < tolerance * maxGrad, "max |fd - grad| = " + maxError + ", max |grad| = " + maxGrad);
    }

    @Test
    void regularizedValueIsFitPlusLambdaTimesSquaredNorm() {
        SyntheticTask data = SyntheticTask.generate(SMALL, 5);
        TrainableNetwork network = TrainableNetwork.deep(5, 4, 3, 2, new Tanh(), false);
        double[] theta = new double[network.total()];
        RegularizedLoss loss = new RegularizedLoss(network, data, 0.5);
        RegularizedLoss.Value zero = loss.evaluate(theta, new double[theta.length], null);
        // f = 0 at theta = 0: the fit term is the mean squared norm of the targets.
        double expected = 0;
        for (double y : data.targets()) {
            expected += y * y;
        }
        assertEquals(expected / SMALL.samples(), zero.fit(), 1e-12);
        assertEquals(zero.fit(), zero.regularized(), 0.0);
        java.util.Arrays.fill(theta, 0.0);
        theta[0] = 2;
        RegularizedLoss.Value one = loss.evaluate(theta, new double[theta.length], null);
        assertEquals(one.fit() + 0.5 * 4, one.regularized(), 1e-12);
    }

    @Test
    void chunkedSumIsIdenticalWithAndWithoutThreads() {
        SyntheticTask data = SyntheticTask.generate(SMALL, 7);
        TrainableNetwork network = TrainableNetwork.deep(5, 9, 3, 3, new Relu(), true);
        double[] theta = network.initialParameters(2);
        RegularizedLoss loss = new RegularizedLoss(network, data, 1e-3);
        double[] serial = new double[theta.length];
        double[] parallel = new double[theta.length];
        double a = loss.evaluate(theta, serial, null).regularized();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            double b = loss.evaluate(theta, parallel, pool).regularized();
            assertEquals(a, b, 0.0);
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(serial, parallel, 0.0);
    }
}
