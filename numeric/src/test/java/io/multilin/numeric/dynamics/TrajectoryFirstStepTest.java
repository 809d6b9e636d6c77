package io.multilin.numeric.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * A larger first step (first-step exponent k: step 1 at {@code eta m^{k - c_l}}, the later
 * steps at {@code eta m^{-c_l}}) against the two steps written out here, from the gradient at
 * each point and the rates computed from their formula, for gradient descent on a batch of one
 * (the factored step) and of two (the gradient array), and for Adam (its first step the sign
 * step at the larger rate, its second the closed form of its moments at the usual rate). Also:
 * k = 0 is the former run to the bit, and for a small step every feature change of step 1 is
 * {@code m^k} times that of k = 0 (first order in the step).
 */
class TrajectoryFirstStepTest {

    /** muP tanh: three layers, c_l differing between them, so a rate read from the wrong layer shows. */
    private static final Architecture NET = new Architecture(Arrays.stream("3,m,m,1".split(","))
            .map(Width::parse).toList(), Activation.parse("tanh"), Parameterization.parse("mup"));
    private static final long M = 16;
    private static final double ETA = 0.05;
    private static final Fraction HALF = new Fraction(1, 2);

    private static Trajectory batch(Network network, int size) {
        double[] targets = new double[size];
        for (int b = 0; b < size; b++) {
            targets[b] = 1.5 - b;
        }
        return new Trajectory(network, Initialization.inputs(network, 3, size), targets);
    }

    /** {@code eta m^{exponent - c_l}} of the layer holding weight k, from the formula, not from StepRates. */
    private static double rate(Network network, int k, Fraction exponent) {
        ParameterLayout layout = network.layout();
        for (int l = 1; l <= network.depth(); l++) {
            if (k >= layout.offset(l) && k < layout.offset(l) + layout.size(l)) {
                Fraction c = NET.scaling(l).learningRateExponent().orElseThrow();
                return ETA * Math.pow(M, exponent.subtract(c).doubleValue());
            }
        }
        throw new AssertionError("weight " + k + " is in no layer");
    }

    @Test
    void gradientDescentTakesItsFirstStepAtMToTheKAndTheSecondAtTheUsualRates() {
        Network network = Network.of(NET, M);
        double[] w0 = Initialization.weights(network, 3);
        for (int size : new int[] {1, 2}) {
            Trajectory trajectory = batch(network, size);
            List<Trajectory.Record> records = trajectory.run(w0, StepRates.of(NET, M, ETA, HALF), 2,
                    new OptimizerChoice.GradientDescent());
            double[] g0 = new double[w0.length];
            trajectory.lossAndGradient(w0, g0);
            double[] w1 = w0.clone();
            for (int k = 0; k < w0.length; k++) {
                w1[k] -= rate(network, k, HALF) * g0[k];
            }
            double[] g1 = new double[w0.length];
            trajectory.lossAndGradient(w1, g1);
            double[] w2 = w1.clone();
            // the step a rule that kept the larger rate would take: the second record must not be it
            double[] kept = w1.clone();
            for (int k = 0; k < w0.length; k++) {
                w2[k] -= rate(network, k, Fraction.ZERO) * g1[k];
                kept[k] -= rate(network, k, HALF) * g1[k];
            }
            String label = "batch " + size;
            assertAtPoint(trajectory, network, size, w0, w1, records.get(1), label + ", step 1");
            assertAtPoint(trajectory, network, size, w0, w2, records.get(2), label + ", step 2");
            double notKept = trajectory.lossAndGradient(kept, null);
            assertTrue(Math.abs(notKept - records.get(2).loss()) > 1e-4 * notKept, label + ": " + notKept + " vs "
                    + records.get(2).loss());
        }
    }

    @Test
    void adamTakesItsSignStepAtMToTheKAndItsSecondStepAtTheUsualRates() {
        Network network = Network.of(NET, M);
        double[] w0 = Initialization.weights(network, 3);
        Trajectory trajectory = batch(network, 2);
        for (OptimizerChoice.Adam adam : List.of(OptimizerChoice.Adam.DEFAULT,
                new OptimizerChoice.Adam(0.5, 0.8, 0.05))) {
            List<Trajectory.Record> records = trajectory.run(w0, StepRates.of(NET, M, ETA, HALF), 2, adam);
            double b1 = adam.beta1();
            double b2 = adam.beta2();
            double eps = adam.epsilon();
            double[] g0 = new double[w0.length];
            trajectory.lossAndGradient(w0, g0);
            double[] w1 = w0.clone();
            for (int k = 0; k < w0.length; k++) {
                w1[k] -= rate(network, k, HALF) * g0[k] / (Math.abs(g0[k]) + eps);
            }
            double[] g1 = new double[w0.length];
            trajectory.lossAndGradient(w1, g1);
            double[] w2 = w1.clone();
            for (int k = 0; k < w0.length; k++) {
                // the moments remember the gradients only, not the rate they were taken at
                double first = (b1 * g0[k] + g1[k]) / (1 + b1);
                double second = (b2 * g0[k] * g0[k] + g1[k] * g1[k]) / (1 + b2);
                w2[k] -= rate(network, k, Fraction.ZERO) * first / (Math.sqrt(second) + eps);
            }
            assertAtPoint(trajectory, network, 2, w0, w1, records.get(1), adam + ", step 1");
            assertAtPoint(trajectory, network, 2, w0, w2, records.get(2), adam + ", step 2");
        }
    }

    /** The record's loss, outputs and feature changes are those of the point w, to 1e-12. */
    private static void assertAtPoint(Trajectory trajectory, Network network, int size, double[] w0, double[] w,
                                      Trajectory.Record record, String label) {
        double[][] inputs = Initialization.inputs(network, 3, size);
        double loss = trajectory.lossAndGradient(w, null);
        assertEquals(loss, record.loss(), 1e-12 * loss, label);
        for (int b = 0; b < size; b++) {
            double f = new ForwardPass(network).evaluate(w, inputs[b]);
            assertEquals(f, record.outputs()[b], 1e-12 * Math.abs(f), label + ", input " + b);
        }
        for (int l = 1; l <= network.depth(); l++) {
            double expected = TrajectoryAdamTest.change(network, inputs, w0, w, l);
            assertEquals(expected, record.featureChange()[l], 1e-12 * expected, label + ", layer " + l);
            assertTrue(expected > 1e-3, label + ": the step moves layer " + l);
        }
    }

    @Test
    void kZeroIsTheFormerRunToTheBit() {
        Network network = Network.of(NET, M);
        double[] w0 = Initialization.weights(network, 3);
        double[] rates = LayerRates.of(NET, M);
        assertEquals(1.0, LayerRates.firstStep(M, Fraction.ZERO));
        assertEquals(new StepRates(ETA, rates), StepRates.of(NET, M, ETA, Fraction.ZERO));
        // the run at k = 0 is the former arithmetic, to the bit: on a batch of one the step from the
        // gradient's factors at eta * rates[l], on a batch of two w -= (eta * rates[l]) g
        double[] layerSteps = new double[rates.length];
        for (int l = 1; l <= network.depth(); l++) {
            layerSteps[l] = ETA * rates[l];
        }
        for (int size : new int[] {1, 2}) {
            Trajectory trajectory = batch(network, size);
            double[][] inputs = Initialization.inputs(network, 3, size);
            List<Trajectory.Record> records = trajectory.run(w0, StepRates.of(NET, M, ETA, Fraction.ZERO), 3,
                    new OptimizerChoice.GradientDescent());
            double[] w = w0.clone();
            double[] grad = new double[w.length];
            for (int t = 1; t <= 3; t++) {
                if (size == 1) {
                    Derivatives d = new Derivatives(network, w, inputs[0]);
                    d.descend(w, layerSteps, d.value() - 1.5);
                } else {
                    trajectory.lossAndGradient(w, grad);
                    for (int l = 1; l <= network.depth(); l++) {
                        int off = network.layout().offset(l);
                        for (int k = off; k < off + network.layout().size(l); k++) {
                            w[k] -= ETA * rates[l] * grad[k];
                        }
                    }
                }
                assertEquals(trajectory.lossAndGradient(w, null), records.get(t).loss(), "batch " + size + ", step " + t);
                for (int b = 0; b < size; b++) {
                    assertEquals(new ForwardPass(network).evaluate(w, inputs[b]), records.get(t).outputs()[b]);
                }
            }
        }
    }

    @Test
    void aSmallFirstStepMovesEveryLayerMToTheKTimesAsFar() {
        // to first order in the step, z_l(w1) - z_l(w0) is linear in the rates, and k scales all of them by m^k
        Network network = Network.of(NET, M);
        double[] w0 = Initialization.weights(network, 5);
        Trajectory trajectory = batch(network, 2);
        double eta = 1e-7;
        double[] base = trajectory.run(w0, StepRates.of(NET, M, eta, Fraction.ZERO), 1,
                new OptimizerChoice.GradientDescent()).get(1).featureChange();
        for (Fraction k : List.of(HALF, new Fraction(1, 3), new Fraction(-1), Fraction.ONE)) {
            double[] moved = trajectory.run(w0, StepRates.of(NET, M, eta, k), 1,
                    new OptimizerChoice.GradientDescent()).get(1).featureChange();
            double factor = Math.pow(M, k.doubleValue());
            for (int l = 1; l <= network.depth(); l++) {
                assertEquals(factor, moved[l] / base[l], 1e-5 * factor, "k = " + k + ", layer " + l);
            }
        }
    }

    @Test
    void aFirstStepFactorIsFiniteAndPositive() {
        double[] rates = LayerRates.of(NET, M);
        assertThrows(IllegalArgumentException.class, () -> new StepRates(ETA, rates, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepRates(ETA, rates, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new StepRates(Double.NaN, rates, 1));
        assertEquals(4.0, LayerRates.firstStep(M, HALF), 1e-15);
        assertEquals(1.0 / 16, LayerRates.firstStep(M, new Fraction(-1)), 1e-17);
    }
}
