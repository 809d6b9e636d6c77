package io.multilin.numeric.engine;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.LayerScaling;
import io.multilin.numeric.activation.ActivationFunction;
import java.util.OptionalInt;

/**
 * An architecture made concrete at one value of m: widths, multipliers {@code alpha_l} and
 * initialization standard deviations of every layer, hidden activation and output
 * nonlinearity. Weights are not part of it: they are a flat {@code double[]} laid out by
 * {@link #layout()}, so that weights and directions in weight space have one shape.
 */
public final class Network {

    private final long m;
    private final ParameterLayout layout;
    private final double[] multipliers;
    private final double[] initStds;
    private final ActivationFunction activation;
    private final ActivationFunction output;

    /**
     * @param m           the value of the width symbol (recorded for seeding)
     * @param widths      {@code n_0..n_L}
     * @param multipliers {@code alpha_1..alpha_L} at index 1..L (index 0 ignored)
     * @param initStds    init standard deviations of layers 1..L at index 1..L
     */
    public Network(long m, int[] widths, double[] multipliers, double[] initStds,
                   ActivationFunction activation, ActivationFunction output) {
        this.m = m;
        this.layout = new ParameterLayout(widths);
        if (multipliers.length != widths.length || initStds.length != widths.length) {
            throw new IllegalArgumentException("multipliers and init stds need entries 1..L (arrays of length L+1)");
        }
        this.multipliers = multipliers.clone();
        this.initStds = initStds.clone();
        this.activation = activation;
        this.output = output;
    }

    /** The network of an architecture at width parameter m. */
    public static Network of(Architecture architecture, long m) {
        int[] widths = architecture.widthsAt(m);
        double[] alpha = new double[widths.length];
        double[] std = new double[widths.length];
        for (int l = 1; l < widths.length; l++) {
            LayerScaling scaling = architecture.scaling(l);
            alpha[l] = scaling.multiplier().at(m);
            std[l] = scaling.initStd().at(m);
        }
        return new Network(m, widths, alpha, std, ActivationFunction.of(architecture.activation()),
                ActivationFunction.of(architecture.output()));
    }

    public long m() { return m; }

    public ParameterLayout layout() { return layout; }

    public int depth() { return layout.depth(); }

    /** {@code n_i}, i in 0..L. */
    public int width(int i) { return layout.width(i); }

    /** {@code alpha_l}, l in 1..L. */
    public double multiplier(int l) { return multipliers[l]; }

    /** Standard deviation of the initial entries of {@code W_l}. */
    public double initStd(int l) { return initStds[l]; }

    public ActivationFunction activation() { return activation; }

    public ActivationFunction output() { return output; }

    /** True when Taylor-mode propagation applies (hidden and output nonlinearities analytic). */
    public boolean isAnalytic() {
        return depth() == 1 ? output.isAnalytic() : activation.isAnalytic() && output.isAnalytic();
    }

    /**
     * The degree in t of {@code f(w + t u)} when both nonlinearities are polynomials: each layer
     * adds one to the degree of z, each nonlinearity multiplies it by its own degree.
     */
    public OptionalInt degreeAlongLines() {
        OptionalInt hidden = activation.polynomialDegree();
        OptionalInt out = output.polynomialDegree();
        if (out.isEmpty() || (depth() > 1 && hidden.isEmpty())) {
            return OptionalInt.empty();
        }
        long degree = 0;
        for (int l = 1; l <= depth(); l++) {
            degree += 1;
            degree *= l < depth() ? hidden.getAsInt() : out.getAsInt();
            if (degree > Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of((int) degree);
    }
}
