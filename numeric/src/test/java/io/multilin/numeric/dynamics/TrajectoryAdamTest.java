package io.multilin.numeric.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adam trajectories against Adam's steps written in closed form: after two steps the
 * bias-corrected moments are {@code (b1 g0 + g1) / (1 + b1)} and
 * {@code (b2 g0^2 + g1^2) / (1 + b2)}, the first step being {@code g0 / (|g0| + eps)}; not the
 * recursion the trajectory runs, so a wrong bias correction, a moment that forgets its past or a
 * rate applied to the wrong layer all fail here. Also: a layer at rate 0 stays where it is, and
 * a diverging run is refused naming its step.
 */
class TrajectoryAdamTest {

    /** [2, 4, 1] tanh ntk: small enough to check every weight, with a batch of two (the accumulator's path). */
    private static final Architecture TINY = new Architecture(List.of(Width.parse("2"), Width.parse("m"),
            Width.parse("1")), Activation.parse("tanh"), Parameterization.parse("ntk"));
    /** Distinct rates per layer: a rate read from the wrong layer changes the result. */
    private static final double[] RATES = {0, 0.7, 0.3};
    private static final double ETA = 0.2;

    @Test
    void twoAdamStepsAreTheClosedFormsOfTheirMoments() {
        Network network = Network.of(TINY, 4);
        double[] w0 = Initialization.weights(network, 5);
        double[][] inputs = Initialization.inputs(network, 5, 2);
        Trajectory trajectory = new Trajectory(network, inputs, new double[] {1.5, -0.5});
        // the defaults, and constants far from them where epsilon is comparable to the gradients
        for (OptimizerChoice.Adam adam : List.of(OptimizerChoice.Adam.DEFAULT,
                new OptimizerChoice.Adam(0.5, 0.8, 0.05))) {
            List<Trajectory.Record> records = trajectory.run(w0, ETA, RATES, 2, adam);
            double b1 = adam.beta1();
            double b2 = adam.beta2();
            double eps = adam.epsilon();
            double[] g0 = new double[w0.length];
            double loss0 = trajectory.lossAndGradient(w0, g0);
            double[] w1 = w0.clone();
            for (int k = 0; k < w0.length; k++) {
                w1[k] -= rate(network.layout(), k) * g0[k] / (Math.abs(g0[k]) + eps);
            }
            double[] g1 = new double[w0.length];
            double loss1 = trajectory.lossAndGradient(w1, g1);
            double[] w2 = w1.clone();
            for (int k = 0; k < w0.length; k++) {
                double first = (b1 * g0[k] + g1[k]) / (1 + b1);
                double second = (b2 * g0[k] * g0[k] + g1[k] * g1[k]) / (1 + b2);
                w2[k] -= rate(network.layout(), k) * first / (Math.sqrt(second) + eps);
            }
            double loss2 = trajectory.lossAndGradient(w2, null);
            String label = adam.toString();
            assertEquals(loss0, records.get(0).loss(), label);
            assertEquals(loss1, records.get(1).loss(), 1e-12 * loss1, label);
            assertEquals(loss2, records.get(2).loss(), 1e-12 * loss2, label);
            for (int b = 0; b < inputs.length; b++) {
                double f = new ForwardPass(network).evaluate(w2, inputs[b]);
                assertEquals(f, records.get(2).outputs()[b], 1e-12 * Math.abs(f), label + ", input " + b);
            }
            for (int step = 1; step <= 2; step++) {
                double[] w = step == 1 ? w1 : w2;
                for (int l = 1; l <= network.depth(); l++) {
                    double expected = change(network, inputs, w0, w, l);
                    assertEquals(expected, records.get(step).featureChange()[l], 1e-12 * expected,
                            label + ", step " + step + ", layer " + l);
                    assertTrue(expected > 1e-3, label + ": the step moves layer " + l);
                }
            }
        }
    }

    /** {@code eta * rates[l]} of the layer holding weight k. */
    private static double rate(ParameterLayout layout, int k) {
        for (int l = 1; l < RATES.length; l++) {
            if (k >= layout.offset(l) && k < layout.offset(l) + layout.size(l)) {
                return ETA * RATES[l];
            }
        }
        throw new AssertionError("weight " + k + " is in no layer");
    }

    /** {@code RMS_{b, i} (z_l(w; x_b) - z_l(w0; x_b))_i} from forward passes. */
    static double change(Network network, double[][] inputs, double[] w0, double[] w, int l) {
        ForwardPass before = new ForwardPass(network);
        ForwardPass after = new ForwardPass(network);
        double sum = 0;
        int count = 0;
        for (double[] x : inputs) {
            before.evaluate(w0, x);
            after.evaluate(w, x);
            double[] z0 = before.preActivation(l);
            double[] z = after.preActivation(l);
            for (int i = 0; i < z.length; i++) {
                sum += (z[i] - z0[i]) * (z[i] - z0[i]);
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    @Test
    void aLayerAtRateZeroStaysAndAdamIsNotGradientDescent() {
        Network network = Network.of(TINY, 8);
        double[] w0 = Initialization.weights(network, 9);
        Trajectory trajectory = new Trajectory(network, Initialization.inputs(network, 9, 3), new double[] {1, 0, 2});
        List<Trajectory.Record> adam = trajectory.run(w0, ETA, new double[] {0, 0, 1}, 3, OptimizerChoice.Adam.DEFAULT);
        for (Trajectory.Record r : adam) {
            assertEquals(0.0, r.featureChange()[1], "layer 1 is frozen, step " + r.step());
        }
        assertTrue(adam.get(3).featureChange()[2] > 0, "the output layer moves");
        // the same run again is the same to the bit; gradient descent at the same rates is another run
        assertEquals(adam, trajectory.run(w0, ETA, new double[] {0, 0, 1}, 3, OptimizerChoice.Adam.DEFAULT));
        assertNotEquals(adam, trajectory.run(w0, ETA, new double[] {0, 0, 1}, 3));
    }

    @Test
    void aDivergingAdamRunIsRefusedNamingTheStep() {
        Network network = Network.of(TINY, 8);
        double[] w0 = Initialization.weights(network, 9);
        Trajectory trajectory = new Trajectory(network, Initialization.inputs(network, 9, 2), new double[] {1, 1});
        // Adam moves every weight by about eta whatever the gradient: eta 1e300 puts the output
        // near 1e300 after one step, and its square, the loss, overflows
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> trajectory.run(w0, 1e300, new double[] {0, 1, 1}, 3, OptimizerChoice.Adam.DEFAULT));
        assertTrue(e.getMessage().endsWith("at step 1"), e.getMessage());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> trajectory.run(w0, ETA, RATES, 1, new OptimizerChoice.Adam(0.9, 0.999, 0)));
        assertTrue(refused.getMessage().contains("epsilon > 0"), refused.getMessage());
    }
}
