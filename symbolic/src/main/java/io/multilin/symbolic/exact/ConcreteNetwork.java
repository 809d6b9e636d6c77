package io.multilin.symbolic.exact;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import java.util.Arrays;

/**
 * A network with every number fixed except the weights: concrete widths {@code n_0..n_L},
 * hidden and output activations, the input x and the layer multipliers alpha_l
 * ({@code alphas[l-1]} for layer l), so that {@code z_l = alpha_l W_l a_{l-1}}.
 */
public record ConcreteNetwork(int[] widths, Activation hidden, Activation output, double[] x, double[] alphas) {

    public ConcreteNetwork {
        widths = widths.clone();
        x = x.clone();
        alphas = alphas.clone();
        if (widths.length < 2 || x.length != widths[0] || alphas.length != widths.length - 1) {
            throw new IllegalArgumentException("need n_0..n_L, an input of length n_0 and one multiplier per layer; got "
                    + Arrays.toString(widths) + ", |x| = " + x.length + ", " + alphas.length + " multipliers");
        }
    }

    /** A linear network with unit multipliers. */
    public static ConcreteNetwork linear(int[] widths, double[] x) {
        double[] ones = new double[widths.length - 1];
        Arrays.fill(ones, 1.0);
        return new ConcreteNetwork(widths, Activation.LINEAR, Activation.LINEAR, x, ones);
    }

    /** The architecture at a concrete m, with its multipliers evaluated there. */
    public static ConcreteNetwork of(Architecture architecture, long m, double[] x) {
        double[] alphas = new double[architecture.depth()];
        for (int l = 1; l <= alphas.length; l++) {
            alphas[l - 1] = architecture.scaling(l).multiplier().at(m);
        }
        return new ConcreteNetwork(architecture.widthsAt(m), architecture.activation(), architecture.output(), x, alphas);
    }

    public int depth() {
        return widths.length - 1;
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConcreteNetwork n && Arrays.equals(widths, n.widths) && hidden.equals(n.hidden)
                && output.equals(n.output) && Arrays.equals(x, n.x) && Arrays.equals(alphas, n.alphas);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths) * 31 + Arrays.hashCode(x) * 17 + Arrays.hashCode(alphas);
    }

    @Override
    public String toString() {
        return "ConcreteNetwork" + Arrays.toString(widths) + " " + hidden.spelling() + "/" + output.spelling()
                + " x=" + Arrays.toString(x) + " alpha=" + Arrays.toString(alphas);
    }
}
