package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.LayerScaling;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The width exponents an architecture fixes: of each width {@code n_i}, of each multiplier
 * alpha_l and of each init standard deviation. Constant factors (c in c*m, fixed widths) do
 * not change exponents and are dropped here.
 */
record LayerExponents(Fraction[] widths, Fraction[] multipliers, Fraction[] initStds) {

    static LayerExponents of(Architecture architecture) {
        int depth = architecture.depth();
        Fraction[] widths = new Fraction[depth + 1];
        Fraction[] multipliers = new Fraction[depth + 1];
        Fraction[] stds = new Fraction[depth + 1];
        for (int i = 0; i <= depth; i++) {
            widths[i] = architecture.width(i).exponent();
        }
        for (int l = 1; l <= depth; l++) {
            LayerScaling s = architecture.scaling(l);
            multipliers[l] = s.multiplier().exponent();
            stds[l] = s.initStd().exponent();
        }
        return new LayerExponents(widths, multipliers, stds);
    }

    int depth() {
        return widths.length - 1;
    }

    /** Exponent of the scale of the init matrix alpha_l W0_l = alpha_l * std_l * G_l. */
    Fraction initScale(int layer) {
        return multipliers[layer].add(initStds[layer]);
    }
}
