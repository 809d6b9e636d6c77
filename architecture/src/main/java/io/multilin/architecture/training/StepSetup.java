package io.multilin.architecture.training;

import java.util.Objects;
import org.apache.commons.math3.fraction.Fraction;

/**
 * How the gradient steps of a dynamics quantity are taken (docs/DYNAMICS.md section 1): full-batch
 * steps of {@code optimizer} on {@code L = 1/(2 batch) sum_i (f(x_i) - target)^2} over the first
 * {@code batch} fixed inputs, layer rates {@code eta m^{-c_l}}, times {@code m^firstLr} at the first
 * step only. One value, so that every quantity, key and run that depends on the steps carries
 * all of it, and a new parameter is added in one place.
 *
 * @param target  the regression target y of every input
 * @param eta     the base learning rate
 * @param firstLr k: the first step's rates are m^k times the later steps' (0: one rate throughout)
 * @param batch   how many of the fixed seeded inputs the loss sums over, 1 to {@link #MAX_BATCH}
 */
public record StepSetup(double target, double eta, OptimizerChoice optimizer, Fraction firstLr, int batch) {

    /** A small fixed batch: the claims are about widths, not about data. */
    public static final int MAX_BATCH = 8;

    public StepSetup {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(firstLr, "firstLr");
        if (batch < 1 || batch > MAX_BATCH) {
            throw new IllegalArgumentException("a batch of 1 to " + MAX_BATCH + " inputs, got " + batch);
        }
        if (!Double.isFinite(target) || !(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("a finite target and a positive finite rate, got " + target + " and "
                    + eta);
        }
    }

    /** Gradient descent on the one fixed input, one rate throughout. */
    public StepSetup(double target, double eta) {
        this(target, eta, new OptimizerChoice.GradientDescent(), Fraction.ZERO, 1);
    }

    /** True when the first step takes the same rates as the others. */
    public boolean oneRate() {
        return firstLr.equals(Fraction.ZERO);
    }

    /** Every parameter, for a quantity's stable key: {@code target=1.0,eta=0.1,optimizer=gd,first-lr=m^0,batch=1}. */
    public String key() {
        return "target=" + target + ",eta=" + eta + ",optimizer=" + optimizer.spelling() + ",first-lr=m^"
                + exponentText() + ",batch=" + batch;
    }

    /**
     * What a label adds to the quantity's formula: Adam, a larger first step, a batch; gradient
     * descent on one input with one rate, the default, goes without saying.
     */
    public String labelSuffix() {
        return (optimizer.adaptive() ? " (" + optimizer.spelling() + ")" : "")
                + (oneRate() ? "" : " (first lr x m^" + exponentText() + ")")
                + (batch == 1 ? "" : " (batch " + batch + ")");
    }

    /** k as claim files write it: {@code 1/2}, {@code -1}, {@code 0}. */
    public String exponentText() {
        return firstLr.getDenominator() == 1 ? Integer.toString(firstLr.getNumerator())
                : firstLr.getNumerator() + "/" + firstLr.getDenominator();
    }
}
