package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Step;
import io.multilin.architecture.Architecture;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.abs;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.norm2;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;

/**
 * Exponents of the forward and backward sizes of a network at initialization (the init-scale
 * rule), all of the first output coordinate:
 * <ul>
 *   <li>{@code rms z_1 ~ alpha_1 std_1} (x fixed with O(1) entries, n_0 fixed);
 *       {@code rms z_l ~ alpha_l std_l sqrt(n_{l-1}) rms a_{l-1}} for l &gt;= 2, z_l being given
 *       a_{l-1} a Gaussian with that variance (n_{l-1} independent zero-mean terms);</li>
 *   <li>{@code rms a_l = rms sigma(z_l)} by {@link ActivationSizes}, {@code ||a_l||_2 ~ sqrt(n_l) rms a_l};</li>
 *   <li>backward {@code b_L = phi'(z_L)}, {@code g_l = (alpha_{l+1} W_{l+1})^T b_{l+1}} with
 *       {@code ||g_l||_2 ~ alpha_{l+1} std_{l+1} sqrt(n_l) ||b_{l+1}||_2} (each of the n_l
 *       coordinates is a Gaussian of variance std^2 ||b||^2), {@code b_l = sigma'(z_l) . g_l};
 *       g_l is delocalized: {@code ||g_l||_inf ~ ||g_l||_2 / sqrt(n_l)};</li>
 *   <li>gradient of layer l: {@code ||df/dW_l||_F = alpha_l ||b_l||_2 ||a_{l-1}||_2} (a rank-one matrix);</li>
 *   <li>the Jacobian {@code J(l <- a)} from z_a to z_l is the chain of {@code alpha W diag(sigma'(z))};
 *       its operator norm is that of the Gaussian product ({@link GaussianProductNorm}) times the
 *       sizes of the diagonal factors: assumption: their entries are of one order (true when
 *       z = O(1), or z -&gt; 0 with the size given by one Taylor term), so they scale the norm and do
 *       not change the singular-value profile;</li>
 *   <li>{@code sup_{||D_a||_F = 1} ||dz_l[D_a]||_2 = alpha_a ||a_{a-1}||_2 ||J(l <- a)||_op}
 *       (D_a rank one along a_{a-1} and the top right singular vector of J).</li>
 * </ul>
 */
final class InitNorms {

    private final LayerExponents layers;
    private final Fraction[] z;
    private final Fraction[] aNorm;
    private final Fraction[] slope;
    private final Fraction[] b;
    private final Fraction[] g;
    private final List<Step> derivation;

    private InitNorms(LayerExponents layers, Fraction[] z, Fraction[] aNorm, Fraction[] slope, Fraction[] b,
                      Fraction[] g, List<Step> derivation) {
        this.layers = layers;
        this.z = z;
        this.aNorm = aNorm;
        this.slope = slope;
        this.b = b;
        this.g = g;
        this.derivation = List.copyOf(derivation);
    }

    /** The forward pass alone (init scales); Unsupported when an activation size has no rule. */
    static Outcome<InitNorms> forward(Architecture architecture, ActivationProfile sigma, ActivationProfile phi) {
        return build(architecture, sigma, phi, false);
    }

    /** Forward and backward passes. */
    static Outcome<InitNorms> of(Architecture architecture, ActivationProfile sigma, ActivationProfile phi) {
        return build(architecture, sigma, phi, true);
    }

    private static Outcome<InitNorms> build(Architecture architecture, ActivationProfile sigma, ActivationProfile phi,
                                            boolean backward) {
        LayerExponents e = LayerExponents.of(architecture);
        int depth = e.depth();
        Fraction[] z = new Fraction[depth + 1];
        Fraction[] aNorm = new Fraction[depth + 1];
        Fraction[] slope = new Fraction[depth + 1];
        Fraction[] b = new Fraction[depth + 1];
        Fraction[] g = new Fraction[depth + 1];
        List<Step> why = new ArrayList<>();
        aNorm[0] = Fraction.ZERO;
        for (int l = 1; l <= depth; l++) {
            // rms z_l = alpha_l std_l ||a_{l-1}||_2 (||a_0|| = ||x|| = O(1)).
            z[l] = e.initScale(l).add(aNorm[l - 1]);
            why.add(Step.of(row("rms", sub("z", l), Notate.sim(z[l]))));
            ActivationProfile act = l == depth ? phi : sigma;
            Outcome<Exponent> value = ActivationSizes.size(act, 0, z[l]);
            Fraction v = power(value);
            if (v == null) {
                return value instanceof Outcome.Unsupported<Exponent> u ? Outcome.unsupported(u.reason())
                        : Outcome.unsupported("layer " + l + ": " + act.spelling() + " is identically 0 at init");
            }
            aNorm[l] = l == depth ? v : e.widths()[l].divide(2).add(v);
            why.add(Step.of(row(l == depth ? abs(name("f")) : norm2(sub("a", l)), Notate.sim(aNorm[l])), " (",
                    ((Outcome.Derived<Exponent>) value).steps().get(0), ")"));
            if (backward) {
                Outcome<Exponent> d = ActivationSizes.size(act, 1, z[l]);
                slope[l] = power(d);
                if (slope[l] == null) {
                    return d instanceof Outcome.Unsupported<Exponent> u ? Outcome.unsupported(u.reason())
                            : Outcome.unsupported(act.spelling() + "' is identically 0: the gradient vanishes");
                }
            }
        }
        if (backward) {
            b[depth] = slope[depth];
            for (int l = depth - 1; l >= 1; l--) {
                g[l] = e.initScale(l + 1).add(e.widths()[l].divide(2)).add(b[l + 1]);
                b[l] = g[l].add(slope[l]);
            }
            for (int l = depth; l >= 1; l--) {
                why.add(Step.of(row(norm2(sub("b", l)), Notate.sim(b[l]))));
            }
        }
        return Outcome.derived(new InitNorms(e, z, aNorm, slope, b, g, why), why);
    }

    private static Fraction power(Outcome<Exponent> o) {
        if (o instanceof Outcome.Derived<Exponent> d && !d.value().isIdenticallyZero()) {
            return d.value().value().orElseThrow();
        }
        return null;
    }

    int depth() {
        return layers.depth();
    }

    LayerExponents layers() {
        return layers;
    }

    List<Step> derivation() {
        return derivation;
    }

    /** RMS of a coordinate of z_l, l = 1..L. */
    Fraction z(int l) {
        return z[l];
    }

    /** {@code ||a_l||_2}, l = 0..L-1; at l = L the size of the output f. */
    Fraction aNorm(int l) {
        return aNorm[l];
    }

    /** Size of sigma'(z_l) (phi'(z_L) at l = L). */
    Fraction slope(int l) {
        return slope[l];
    }

    /** {@code ||b_l||_2}, l = 1..L. */
    Fraction b(int l) {
        return b[l];
    }

    /** {@code ||g_l||_inf}, hidden l: delocalized. */
    Fraction gInf(int l) {
        return g[l].subtract(layers.widths()[l].divide(2));
    }

    /** {@code ||df/dW_l||_F}. */
    Fraction gradient(int l) {
        return layers.multipliers()[l].add(b[l]).add(aNorm[l - 1]);
    }

    /** Largest gradient block: the exponent of {@code ||grad f||}. */
    Fraction gradient() {
        Fraction best = gradient(1);
        for (int l = 2; l <= depth(); l++) {
            best = max(best, gradient(l));
        }
        return best;
    }

    /** {@code ||J(hi <- lo)||_op}, lo &lt;= hi (0 when equal: the identity). */
    Fraction chainOp(int lo, int hi) {
        if (lo == hi) {
            return Fraction.ZERO;
        }
        List<Fraction> widths = new ArrayList<>();
        Fraction sum = Fraction.ZERO;
        for (int i = lo; i <= hi; i++) {
            widths.add(layers.widths()[i]);
            if (i > lo) {
                sum = sum.add(layers.initScale(i)).add(slope[i - 1]);
            }
        }
        return GaussianProductNorm.operatorSquared(widths).divide(2).add(sum);
    }

    /** {@code sup_{||D_a||=1} ||dz_l[D_a]||_2}, a &lt;= l. */
    Fraction dz(int a, int l) {
        return layers.multipliers()[a].add(aNorm[a - 1]).add(chainOp(a, l));
    }

    /**
     * Largest coordinate of {@code dz_l[D_a]} over unit D_a: the full norm when the chain has full
     * rank; otherwise dz_l lies in the chain's range, a random subspace of dimension n_r (the
     * narrowest width between), whose unit vectors have coordinates at most ~ sqrt(n_r / n_l).
     */
    Fraction dzCoordinate(int a, int l) {
        Fraction narrowest = layers.widths()[l];
        for (int i = a; i <= l; i++) {
            narrowest = layers.widths()[i].compareTo(narrowest) < 0 ? layers.widths()[i] : narrowest;
        }
        return dz(a, l).subtract(layers.widths()[l].subtract(narrowest).divide(2));
    }

    /**
     * True when the chain from z_a to z_l has full rank in order (no layer between narrower
     * than n_l), so dz_l[D_a] can be steered onto any single coordinate with its full norm.
     */
    boolean fullRank(int a, int l) {
        Fraction target = layers.widths()[l];
        for (int i = a; i <= l; i++) {
            if (layers.widths()[i].compareTo(target) < 0) {
                return false;
            }
        }
        return true;
    }

    static Fraction max(Fraction x, Fraction y) {
        return x.compareTo(y) >= 0 ? x : y;
    }
}
