package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.ALPHA;
import static io.multilin.architecture.notation.Notate.SIGMA;
import static io.multilin.architecture.notation.Notate.PHI;
import static io.multilin.architecture.notation.Notate.ELL;
import static io.multilin.architecture.notation.Notate.INF;
import static io.multilin.architecture.notation.Notate.abs;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.dz;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.prime;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static io.multilin.architecture.notation.Notate.sup;

/**
 * Hessian blocks of a network with smooth activations, sup over the ball. For layers a &lt;= b,
 * {@code d2f[D_a, D_b]} is the sum of
 * <ul>
 *   <li>the CHAIN term (a &lt; b): {@code b_b^T alpha_b D_b diag(sigma'(z_{b-1})) dz_{b-1}[D_a]},
 *       sup {@code ||b_b|| alpha_b |sigma'| ||dz_{b-1}[D_a]||}, attained by rank-one D's (as in
 *       {@link ChainSupremum}; the diagonal factors have entries of one order and only scale it);</li>
 *   <li>the CURVATURE terms, one per hidden layer l &gt;= b:
 *       {@code sum_i (g_l)_i sigma''(z_l)_i dz_l[D_a]_i dz_l[D_b]_i}, at most
 *       {@code ||g_l||_inf |sigma''| ||dz_l[D_a]|| ||dz_l[D_b]||}; attained when at least one of
 *       the two chains has full rank ({@link InitNorms#fullRank}: no layer narrower than n_l
 *       between), since it can then align with {@code g_l . sigma'' . dz_l[D_other]}, whose
 *       norm is {@code ||g_l||_inf |sigma''| ||dz_l[D_other]||} for delocalized vectors; when both
 *       pass a narrower layer both stay delocalized and the bound is only an upper bound (a
 *       random-sign sum would be smaller by {@code sqrt(n_l)}; not derived, so Unsupported when it
 *       decides the block);</li>
 *   <li>the OUTPUT term for a non-linear phi: {@code phi''(z_L) dz_L[D_a] dz_L[D_b]}. phi'' is
 *       taken at the size z_L reaches somewhere in the ball (max of its init size and its change
 *       over the ball), so a tanh output is curved at order one even where phi''(z_L(w0)) = 0.</li>
 * </ul>
 * ASSUMPTION (A), the content of Liu, Zhu, Belkin's argument for wide layers: the orders at w0
 * hold throughout the ball. It is checked, not assumed blindly: for every hidden layer the
 * largest change of a coordinate of z_l over the ball ({@code max_a sup ||dz_l[D_a]||}, which a
 * rank-one perturbation can put on one coordinate when the chain from a has full rank; through a
 * narrower layer the change stays in a random subspace and spreads, see
 * {@link InitNorms#dzCoordinate}) is at most the init size of the
 * coordinates, and the change of a coordinate of g_l from perturbing W_{l+1}
 * ({@code alpha_{l+1} ||b_{l+1}||}) is at most {@code ||g_l||_inf}. Then sigma', sigma'', the
 * forward and backward norms keep their orders over the ball (first order; higher orders carry
 * further factors of the same relative size &lt;= 1), the sup is of the order of the value at w0,
 * and blocks are a finite sum of terms, of the order of the largest when no two terms of the
 * top order cancel (generic: they come from different layers' weights). ntk and mean-field
 * pass; standard and mup fail (a rank-one perturbation of a hidden layer moves one coordinate
 * of z by m^(1/2)) and get Unsupported.
 */
final class HessianTerms {

    /** One term of a pair: its exponent (or identically 0), whether the bound is attained, what it is. */
    record Term(Exponent exponent, boolean attained, Step description) {
    }

    private final InitNorms n;
    private final Exponent[] curvature;
    private final Exponent outputCurvature;
    private final List<Step> assumptions;

    private HessianTerms(InitNorms n, Exponent[] curvature, Exponent outputCurvature, List<Step> assumptions) {
        this.n = n;
        this.curvature = curvature;
        this.outputCurvature = outputCurvature;
        this.assumptions = List.copyOf(assumptions);
    }

    static Outcome<HessianTerms> of(InitNorms n, ActivationProfile sigma, ActivationProfile phi) {
        int depth = n.depth();
        if (depth > 1 && !sigma.smooth()) {
            return Outcome.unsupported(sigma.spelling() + " is not smooth (not twice differentiable at 0): no Hessian rule");
        }
        if (!phi.smooth()) {
            return Outcome.unsupported("the " + phi.spelling() + " output is not twice differentiable: no Hessian rule");
        }
        LayerExponents e = n.layers();
        List<Step> why = new ArrayList<>();
        Exponent[] curvature = new Exponent[depth];
        for (int l = 1; l < depth; l++) {
            Fraction change = coordinateChange(n, l);
            if (change.compareTo(n.z(l)) > 0) {
                return Outcome.unsupported("assumption (A) fails: a rank-one perturbation in the ball moves a coordinate"
                        + " of z_" + l + " by up to " + ChainSupremum.power(change) + ", more than its init size "
                        + ChainSupremum.power(n.z(l)) + ", so the orders at w0 need not hold over the ball");
            }
            Fraction direct = e.multipliers()[l + 1].add(n.b(l + 1));
            if (direct.compareTo(n.gInf(l)) > 0) {
                return Outcome.unsupported("assumption (A) fails: perturbing W_" + (l + 1) + " moves a coordinate of"
                        + " the backward vector g_" + l + " by " + ChainSupremum.power(direct) + ", more than its init"
                        + " size " + ChainSupremum.power(n.gInf(l)) + ", so the orders at w0 need not hold over the ball");
            }
            Outcome<Exponent> c = ActivationSizes.size(sigma, 2, n.z(l));
            if (c instanceof Outcome.Unsupported<Exponent> u) {
                return Outcome.unsupported(u.reason());
            }
            curvature[l] = ((Outcome.Derived<Exponent>) c).value();
        }
        why.add(Step.of("(A) holds: over the ball every coordinate of ", sub("z", ELL), " and ", sub("g", ELL),
                " changes by at most its init size"));
        Fraction reach = InitNorms.max(n.z(depth), ballChange(n, depth));
        Outcome<Exponent> slopeInBall = ActivationSizes.size(phi, 1, reach);
        if (!(slopeInBall instanceof Outcome.Derived<Exponent> s)
                || !s.value().equals(Exponent.of(n.slope(depth)))) {
            return Outcome.unsupported("the output pre-activation reaches " + ChainSupremum.power(reach)
                    + " in the ball, where phi' no longer has its init size");
        }
        Outcome<Exponent> out = ActivationSizes.size(phi, 2, reach);
        if (out instanceof Outcome.Unsupported<Exponent> u) {
            return Outcome.unsupported(u.reason());
        }
        Exponent outputCurvature = ((Outcome.Derived<Exponent>) out).value();
        if (!outputCurvature.isIdenticallyZero()) {
            why.add(Step.of(sub("z", "L"), " reaches ", Notate.power(reach), " in the ball: ",
                    row(prime(PHI, 2)), " there ~ ", Notate.exponent(outputCurvature)));
        }
        return Outcome.derived(new HessianTerms(n, curvature, outputCurvature, why), why);
    }

    /** Largest change of one coordinate of z_l over the ball (see {@link InitNorms#dzCoordinate}). */
    static Fraction coordinateChange(InitNorms n, int l) {
        Fraction best = n.dzCoordinate(1, l);
        for (int a = 2; a <= l; a++) {
            best = InitNorms.max(best, n.dzCoordinate(a, l));
        }
        return best;
    }

    /** Largest change of z_l over the ball in norm: {@code max_a sup ||dz_l[D_a]||}. */
    static Fraction ballChange(InitNorms n, int l) {
        Fraction best = n.dz(1, l);
        for (int a = 2; a <= l; a++) {
            best = InitNorms.max(best, n.dz(a, l));
        }
        return best;
    }

    /** Size of phi'' where z_L reaches in the ball; identically 0 for a linear output. */
    Exponent outputCurvature() {
        return outputCurvature;
    }

    /** The terms of the pair (a, b), a &lt;= b. */
    List<Term> terms(int a, int b) {
        List<Term> terms = new ArrayList<>();
        int depth = n.depth();
        Fraction[] alpha = n.layers().multipliers();
        if (a < b) {
            Fraction chain = n.b(b).add(alpha[b]).add(n.slope(b - 1)).add(n.dz(a, b - 1));
            terms.add(new Term(Exponent.of(chain), true, Step.of("chain " + a + "-" + b + ": ", row(Notate.norm(sub("b", b)),
                    sub(ALPHA, b), abs(prime(SIGMA, 1)), sup(Notate.norm(dz(b - 1, a)))))));
        }
        for (int l = b; l < depth; l++) {
            if (curvature[l].isIdenticallyZero()) {
                continue;
            }
            Fraction t = n.gInf(l).add(curvature[l].value().orElseThrow()).add(n.dz(a, l)).add(n.dz(b, l));
            // Attained when one chain can be steered onto the coordinates where the other (delocalized)
            // vector times g_l sigma'' is largest; two chains both through narrower layers stay
            // delocalized and the bound is only an upper bound.
            terms.add(new Term(Exponent.of(t), n.fullRank(a, l) || n.fullRank(b, l), Step.of("curvature at layer " + l
                    + ": ", row(sub(Notate.norm(sub("g", l)), INF), abs(call(prime(SIGMA, 2), sub("z", l))),
                    sup(Notate.norm(dz(l, a))), sup(Notate.norm(dz(l, b)))))));
        }
        if (!outputCurvature.isIdenticallyZero()) {
            Fraction t = outputCurvature.value().orElseThrow().add(n.dz(a, depth)).add(n.dz(b, depth));
            terms.add(new Term(Exponent.of(t), true, Step.of("output: ", row(abs(prime(PHI, 2)),
                    sup(abs(dz("L", a))), sup(abs(dz("L", b)))))));
        }
        return terms;
    }

    /** The block rows x columns: max over pairs and terms; Unsupported if the top is only a bound. */
    Outcome<Exponent> block(List<Integer> rows, List<Integer> columns) {
        Term best = null;
        Term bestAttained = null;
        for (int r : rows) {
            for (int c : columns) {
                for (Term t : terms(Math.min(r, c), Math.max(r, c))) {
                    if (best == null || t.exponent().compareTo(best.exponent()) > 0) {
                        best = t;
                    }
                    if (t.attained() && (bestAttained == null || t.exponent().compareTo(bestAttained.exponent()) > 0)) {
                        bestAttained = t;
                    }
                }
            }
        }
        String what = "Hessian block " + rows + "x" + columns;
        if (best == null) {
            return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of(what + ": no chain, curvature or output term"
                    + " (f affine in each single layer there), so identically 0")));
        }
        if (bestAttained == null || best.exponent().compareTo(bestAttained.exponent()) > 0) {
            return Outcome.unsupported(what + ": the largest term, " + best.description().plain() + " <= "
                    + best.exponent().spelling() + ", is only an upper bound (its chain passes a narrower layer)");
        }
        List<Step> why = new ArrayList<>(assumptions);
        why.add(Step.of(what + " = largest term: ", bestAttained.description(), " ", new Notation.Operator(Op.IMPLIES), " ",
                Notate.exponent(bestAttained.exponent())));
        return Outcome.derived(bestAttained.exponent(), why);
    }

    Outcome<Exponent> norm() {
        List<Integer> all = new ArrayList<>();
        for (int l = 1; l <= n.depth(); l++) {
            all.add(l);
        }
        return block(all, all);
    }
}
