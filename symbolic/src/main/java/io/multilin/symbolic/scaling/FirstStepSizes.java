package io.multilin.symbolic.scaling;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.StepSetup;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The exponents of the first gradient step on {@code (f - y)^2 / 2} with layer learning rates
 * {@code eta m^{-c_l}}, from the sizes at initialization ({@link InitNorms}); shared by the
 * one-step rule and the dynamics rule, which read the same step differently. With
 * {@code DeltaW_a = -eta m^{-c_a} (f - y) alpha_a b_a a_{a-1}^T} (rank one):
 * <ul>
 *   <li>{@link #direct(int)}: {@code ||alpha_a DeltaW_a a_{a-1}||}, the step of layer a's own
 *       move of z_a, along b_a;</li>
 *   <li>{@link #change(int)}: the move of z_l, at most the largest of the own moves carried up
 *       by the Jacobian's operator norm, {@code max_{a <= l} direct(a) + ||J(l <- a)||};</li>
 *   <li>{@link #projection(int)}: at least, to first order, its projection on
 *       {@code b_l = df/dz_l}: {@code <b_l, dz_l[DeltaW_{<=l}]> = sum_{k <= l} df/dW_k[DeltaW_k]
 *       = -eta (f - y) sum_{k <= l} m^{-c_k} ||df/dW_k||^2} (f depends on W_k, k &lt;= l, through
 *       z_l only), a sum of terms of one sign, divided by {@code ||b_l||};</li>
 *   <li>{@link #first()}: the first-order output move, the projection at l = L.</li>
 * </ul>
 *
 * <p>Adam's first step is a sign step (its bias-corrected moments are g and g^2, so the update is
 * {@code lr g / (|g| + eps)}, taken with eps small against every gradient entry):
 * {@code DeltaW_a = -eta m^{-c_a} sign(f - y) sign(b_a) sign(a_{a-1})^T}, still rank one. The
 * same bounds hold with L1 norms where the step had squared L2 norms: the own move is
 * {@code eta m^{-c_a} alpha_a ||a_{a-1}||_1 sqrt(n_a)}, and the projection
 * {@code -sign(f - y) sum_{k <= l} eta m^{-c_k} ||df/dW_k||_1}, again of one sign; every vector
 * involved is delocalized, so {@code ||v||_1 ~ sqrt(n) ||v||_2}. The size of |f - y| drops out.
 */
final class FirstStepSizes {

    private final InitNorms n;
    private final Fraction[] lr;
    private final Fraction residual;
    private final Fraction[] direct;
    private final boolean sign;
    private final Fraction firstLr;
    private final int batch;
    private final boolean spanned;

    private FirstStepSizes(InitNorms n, Fraction[] lr, Fraction residual, Fraction[] direct, boolean sign,
                           Fraction firstLr, int batch, boolean spanned) {
        this.n = n;
        this.lr = lr;
        this.residual = residual;
        this.direct = direct;
        this.sign = sign;
        this.firstLr = firstLr;
        this.batch = batch;
        this.spanned = spanned;
    }

    /**
     * A gradient-descent step on one input, one rate; Unsupported when a layer has no
     * learning-rate exponent (abc given without c).
     */
    static Outcome<FirstStepSizes> of(Architecture architecture, InitNorms n, double target) {
        return of(architecture, n, target, false, Fraction.ZERO, 1, true);
    }

    /**
     * The first step a dynamics quantity's setup takes: gradient descent or ({@code adaptive})
     * Adam's sign step, layer l's rate {@code eta m^{firstLr - c_l}}, on a batch of inputs.
     */
    static Outcome<FirstStepSizes> of(Architecture architecture, InitNorms n, StepSetup setup) {
        // n Gaussian inputs are linearly independent (almost surely) when they fit in the input width
        boolean spanned = !(architecture.width(0) instanceof Width.Fixed fixed) || setup.batch() <= fixed.size();
        return of(architecture, n, setup.target(), setup.optimizer().adaptive(), setup.firstLr(), setup.batch(),
                spanned);
    }

    private static Outcome<FirstStepSizes> of(Architecture architecture, InitNorms n, double target, boolean sign,
                                              Fraction firstLr, int batch, boolean spanned) {
        int depth = n.depth();
        Fraction[] lr = new Fraction[depth + 1];
        for (int l = 1; l <= depth; l++) {
            Optional<Fraction> c = architecture.scaling(l).learningRateExponent();
            if (c.isEmpty()) {
                return Outcome.unsupported("layer " + l + " has no learning-rate exponent c_l (abc without c)");
            }
            lr[l] = firstLr.subtract(c.get());
        }
        Fraction f = n.aNorm(depth);
        Fraction residual = target != 0 ? InitNorms.max(f, Fraction.ZERO) : f;
        Fraction[] direct = new Fraction[depth + 1];
        Fraction[] w = n.layers().widths();
        for (int a = 1; a <= depth; a++) {
            Fraction alpha = n.layers().multipliers()[a];
            direct[a] = sign ? lr[a].add(alpha).add(l1(n.aNorm(a - 1), w[a - 1])).add(w[a].divide(2))
                    : lr[a].add(residual).add(alpha.multiply(2)).add(n.aNorm(a - 1).multiply(2)).add(n.b(a));
        }
        return Outcome.derived(new FirstStepSizes(n, lr, residual, direct, sign, firstLr, batch, spanned),
                java.util.List.of());
    }

    /** {@code ||v||_1} of a delocalized vector of n coordinates: {@code sqrt(n) ||v||_2}. */
    private static Fraction l1(Fraction l2, Fraction width) {
        return l2.add(width.divide(2));
    }

    /** True for Adam's sign step. */
    boolean sign() {
        return sign;
    }

    /** The exponent k of the first step's rates over the later steps' ({@code m^k}); 0 for one rate throughout. */
    Fraction firstLr() {
        return firstLr;
    }

    InitNorms norms() {
        return n;
    }

    /** {@code firstLr - c_l}: the exponent of layer l's learning rate at this step. */
    Fraction rate(int l) {
        return lr[l];
    }

    /** The exponent of {@code |f(w0) - y|}: that of f for a zero target, else at least m^0. */
    Fraction residual() {
        return residual;
    }

    /**
     * {@code m^{-c_l} ||df/dW_l||^2}: layer l's share of the first-order output move; for a sign
     * step {@code m^{-c_l} ||df/dW_l||_1 = m^{-c_l} alpha_l ||b_l||_1 ||a_{l-1}||_1}.
     */
    Fraction share(int l) {
        if (sign) {
            Fraction[] w = n.layers().widths();
            return lr[l].add(n.layers().multipliers()[l]).add(l1(n.b(l), w[l])).add(l1(n.aNorm(l - 1), w[l - 1]));
        }
        return lr[l].add(n.gradient(l).multiply(2));
    }

    Fraction direct(int a) {
        return direct[a];
    }

    /** Upper bound of {@code ||z_l(w1) - z_l(w0)||} to first order. */
    Fraction change(int l) {
        Fraction change = direct[1].add(n.chainOp(1, l));
        for (int a = 2; a <= l; a++) {
            change = InitNorms.max(change, direct[a].add(n.chainOp(a, l)));
        }
        return change;
    }

    /** The same per coordinate (the move is delocalized): {@code change(l) - n_l / 2}. */
    Fraction coordinate(int l) {
        return change(l).subtract(n.layers().widths()[l].divide(2));
    }

    /**
     * Lower bound of {@code ||z_l(w1) - z_l(w0)||} to first order: the projection on {@code b_l}.
     * On a batch, the projections summed with the residuals as weights are
     * {@code -eta/n sum_{k <= l} m^{-c_k} ||sum_i r_i df(x_i)/dW_k||^2}, still of one sign, but a
     * layer's term is the squared norm of a sum over the inputs, which could cancel; only layer 1's
     * is bounded below without a rule for the hidden kernels: with the inputs' Gram matrix X X^T
     * non-degenerate (see {@link #spanned()}), Schur's inequality gives
     * {@code ||sum_i r_i b_1(x_i) x_i^T||^2 >= lambda_min(X X^T) min_i ||b_1(x_i)||^2 ||r||^2}, layer 1's
     * single-input share. So on a batch the bound is layer 1's share alone.
     */
    Fraction projection(int l) {
        Fraction best = share(1);
        for (int k = 2; k <= l && batch == 1; k++) {
            best = InitNorms.max(best, share(k));
        }
        return (sign ? best : best.add(residual)).subtract(n.b(l));
    }

    /** How many inputs the loss sums over. */
    int batch() {
        return batch;
    }

    /** True when the batch's inputs are linearly independent (they fit in the input width). */
    boolean spanned() {
        return spanned;
    }

    /**
     * The first-order output move {@code eta |f - y| sum_l m^{-c_l} ||df/dW_l||^2} (on a batch, its
     * upper bound: every input's move is a sum of such terms).
     */
    Fraction first() {
        Fraction best = share(1);
        for (int k = 2; k <= n.depth(); k++) {
            best = InitNorms.max(best, share(k));
        }
        return sign ? best : best.add(residual);
    }

    /** The move of {@code ||a_l||}, hidden l: {@code sigma'(z_l)} times the move of z_l. */
    Fraction deltaA(int l) {
        return n.slope(l).add(change(l));
    }

    /** (S1) at hidden layer l: the step moves {@code a_l} by at most its size, in order. */
    boolean s1(int l) {
        return deltaA(l).compareTo(n.aNorm(l)) <= 0;
    }

    /**
     * (S2) at layer l: the largest coordinate move for which {@code act} is linearizable: m^0
     * when act'(0) != 0 or z_l = O(1); the coordinate size of z_l otherwise (relu, or
     * act'(0) = 0 with z_l -&gt; 0).
     */
    Fraction linearizable(int l, ActivationProfile act) {
        boolean slopeAtZero = act.smooth() && act.lowestNonZeroFrom(1).orElse(-1) == 1;
        if (!act.smooth()) {
            return n.z(l);
        }
        return slopeAtZero || n.z(l).compareTo(Fraction.ZERO) >= 0 ? Fraction.ZERO : n.z(l);
    }

    /**
     * {@code ||alpha_l DeltaW_l||_op} (rank one): {@code eta m^{-c_l} |f - y| alpha_l^2 ||b_l|| ||a_{l-1}||};
     * for a sign step {@code eta m^{-c_l} alpha_l sqrt(n_l n_{l-1})}.
     */
    Fraction weightMove(int l) {
        Fraction alpha = n.layers().multipliers()[l];
        if (sign) {
            Fraction[] w = n.layers().widths();
            return lr[l].add(alpha).add(w[l].add(w[l - 1]).divide(2));
        }
        return lr[l].add(residual).add(alpha.multiply(2)).add(n.b(l)).add(n.aNorm(l - 1));
    }

    /** {@code ||alpha_l W_l||_op} at init: a Gaussian matrix, {@code alpha std (sqrt(n_l) + sqrt(n_{l-1}))}. */
    Fraction weightSize(int l) {
        Fraction[] w = n.layers().widths();
        return n.layers().initScale(l).add(InitNorms.max(w[l], w[l - 1]).divide(2));
    }
}
