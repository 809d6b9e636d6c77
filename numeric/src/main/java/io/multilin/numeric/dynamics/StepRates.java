package io.multilin.numeric.dynamics;

import io.multilin.architecture.Architecture;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The learning rates of a {@link Trajectory}: layer l moves at {@code eta * layers[l]} at every
 * step after the first, and at {@code first} times that at step 1 (the step from w0 to w1).
 * With {@code layers[l] = m^{-c_l}} and {@code first = m^k} ({@link LayerRates}) step 1 runs at
 * {@code eta m^{k - c_l}}: one large first step, then the usual rates, Hajjar et al.'s fix for
 * deep integrable networks. {@code first = 1}, the default, gives the steps of one rate
 * throughout to the bit ({@code x * 1.0} is x).
 *
 * @param layers index l = 1..L (index 0 unused), copied
 */
public record StepRates(double eta, double[] layers, double first) {

    public StepRates {
        Objects.requireNonNull(layers, "layers");
        if (!Double.isFinite(eta) || !(first > 0) || !Double.isFinite(first)) {
            throw new IllegalArgumentException("eta must be finite and the first step's factor finite and positive,"
                    + " got " + eta + " and " + first);
        }
        layers = layers.clone();
    }

    /** The same rates at every step. */
    public StepRates(double eta, double[] layers) {
        this(eta, layers, 1);
    }

    /** {@code eta m^{-c_l}} for the layers of {@code architecture} at width m, times {@code m^firstLr} at step 1. */
    public static StepRates of(Architecture architecture, long m, double eta, Fraction firstLr) {
        return new StepRates(eta, LayerRates.of(architecture, m), LayerRates.firstStep(m, firstLr));
    }

    @Override
    public double[] layers() {
        return layers.clone();
    }

    /**
     * The rate of every layer at step {@code step} >= 1 (index l = 1..L): {@code eta * layers[l]},
     * computed as the trajectories always did, times {@code first} at step 1 only.
     */
    double[] at(int step) {
        double[] rates = new double[layers.length];
        for (int l = 1; l < layers.length; l++) {
            rates[l] = eta * layers[l];
            if (step == 1) {
                rates[l] *= first;
            }
        }
        return rates;
    }

    // A record's own equals and hashCode compare arrays by identity: these compare contents.
    @Override
    public boolean equals(Object other) {
        return other instanceof StepRates r && Double.compare(eta, r.eta) == 0 && Double.compare(first, r.first) == 0
                && Arrays.equals(layers, r.layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eta, first, Arrays.hashCode(layers));
    }

    @Override
    public String toString() {
        return "StepRates[eta=" + eta + ", layers=" + Arrays.toString(layers) + ", first=" + first + "]";
    }
}
