package io.multilin.symbolic.scaling;

import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.ALPHA;
import static io.multilin.architecture.notation.Notate.PHI;
import static io.multilin.architecture.notation.Notate.GRAD;
import static io.multilin.architecture.notation.Notate.W0;
import static io.multilin.architecture.notation.Notate.abs;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.num;
import static io.multilin.architecture.notation.Notate.paren;
import static io.multilin.architecture.notation.Notate.pow;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static io.multilin.architecture.notation.Notate.sup;

/**
 * Rules for networks with any activation and output (used for every non-linear network, and
 * for the init-scale, kernel and one-step quantities of linear ones): init scales from
 * {@link InitNorms}, Hessian blocks from {@link HessianTerms}, the kernel change from
 * {@link KernelChangeRule}, the one-step change from {@link OneStepRule}. Taylor residuals:
 * <ul>
 *   <li>order 1: {@code sup|f - T_1| <= R^2/2 sup||H||} (Taylor), and at the point of the ball
 *       where ||H|| is largest the quadratic term along its top eigenvector gives the matching
 *       lower order, assuming the third derivative over the ball is at most of the order of
 *       the Hessian (each derivative brings factors of the kind already bounded): exponent
 *       e(H);</li>
 *   <li>order 0: {@code sup|f - f(w0)|}: at most {@code R ||grad|| + R^2/2 sup||H||}, at least the
 *       first-order move along the gradient (when e(grad) &gt;= e(H)) or the residual of order 1
 *       minus the linear part (when e(H) &gt; e(grad)): exponent max(e(grad), e(H));</li>
 *   <li>order &gt;= 2: no rule for third and higher derivatives: Unsupported.</li>
 * </ul>
 * Where (A) fails (no Hessian rule), orders 0 and 1 come from {@link BoundedActivationResidual}.
 * The groups of f(W0 + D) are a notion of linear networks (a polynomial in D); here they are
 * Unsupported, and so is the multilinear structure.
 */
final class NonlinearNetworkRules implements RuleFamily {

    private final Architecture architecture;
    private final ActivationProfile sigma;
    private final ActivationProfile phi;
    private final Outcome<InitNorms> forward;
    private final Outcome<InitNorms> norms;
    private final Outcome<HessianTerms> hessian;

    NonlinearNetworkRules(Architecture architecture) {
        this.architecture = architecture;
        this.sigma = ActivationProfile.of(architecture.activation());
        this.phi = ActivationProfile.of(architecture.output());
        this.forward = InitNorms.forward(architecture, sigma, phi);
        this.norms = InitNorms.of(architecture, sigma, phi);
        this.hessian = norms.flatMap(n -> HessianTerms.of(n, sigma, phi));
    }

    @Override
    public Map<Set<Integer>, Outcome<Exponent>> groupExponents() {
        Map<Set<Integer>, Outcome<Exponent>> map = new LinkedHashMap<>();
        int depth = architecture.depth();
        if (depth <= GroupTable.MAX_DEPTH) {
            for (int mask = 1; mask < (1 << depth); mask++) {
                map.put(Collections.unmodifiableSet(GroupTable.layerSet(mask)), Outcome.unsupported(
                        "groups of f(W0 + D) have rules for linear networks only; this is a " + spelling()
                                + " network"));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every quantity has its case here: a new kind of quantity does not compile until it has one. */
    @Override
    public Outcome<Exponent> exponent(Quantity quantity) {
        return quantity.accept(new Quantity.Cases<>() {
            @Override
            public Outcome<Exponent> outputScale(Quantity.OutputScale q) {
                return initScale(architecture.depth(), true, row("RMS", call("f", W0)));
            }

            @Override
            public Outcome<Exponent> preActivationScale(Quantity.PreActivationScale q) {
                if (q.layer() < 1 || q.layer() > architecture.depth()) {
                    throw new IllegalArgumentException("no layer " + q.layer() + " in a network of "
                            + architecture.depth() + " layers");
                }
                return initScale(q.layer(), false, row("RMS", call(sub("z", q.layer()), W0)));
            }

            @Override
            public Outcome<Exponent> hessianNorm(Quantity.HessianNorm q) {
                return hessian(h -> h.norm());
            }

            @Override
            public Outcome<Exponent> hessianBlock(Quantity.HessianBlock q) {
                checkLayers(q.rows());
                checkLayers(q.columns());
                return block(q.rows(), q.columns());
            }

            @Override
            public Outcome<Exponent> mixedDerivative(Quantity.MixedDerivative q) {
                if (q.blocks().size() != 2) {
                    return Outcome.unsupported("no rule for derivatives of order " + q.blocks().size()
                            + " of non-linear networks (only the second, a Hessian block)");
                }
                q.blocks().forEach(NonlinearNetworkRules.this::checkLayers);
                return block(q.blocks().get(0), q.blocks().get(1));
            }

            @Override
            public Outcome<Exponent> taylorResidual(Quantity.TaylorResidual q) {
                return residual(q.order());
            }

            @Override
            public Outcome<Exponent> tangentKernelChange(Quantity.TangentKernelChange q) {
                return both((n, h) -> h.norm().flatMap(e -> KernelChangeRule.exponent(n, h, e)));
            }

            @Override
            public Outcome<Exponent> oneStepChange(Quantity.OneStepChange q) {
                return norms.flatMap(n -> OneStepRule.exponent(architecture, n, sigma, phi, q.target()));
            }

            @Override
            public Outcome<Exponent> featureChange(Quantity.FeatureChange q) {
                return norms.flatMap(n -> DynamicsRule.featureChange(architecture, n, sigma, phi, q.layer(), q.step(),
                        q.setup()));
            }

            @Override
            public Outcome<Exponent> outputChange(Quantity.OutputChange q) {
                return norms.flatMap(n -> DynamicsRule.outputChange(architecture, n, sigma, phi, q.step(),
                        q.setup()));
            }

            @Override
            public Outcome<Exponent> lossChange(Quantity.LossChange q) {
                return norms.flatMap(n -> DynamicsRule.lossChange(architecture, n, sigma, phi, q.step(),
                        q.setup()));
            }
        });
    }

    /**
     * A Hessian block, by the Hessian terms; but the last layer's own block with an affine output
     * needs no rule: f = phi(alpha_L W_L a_{L-1}) is then affine in W_L whatever the hidden layers
     * (relu, or coordinates where assumption (A) fails), so that block is identically 0.
     */
    private Outcome<Exponent> block(List<Integer> rows, List<Integer> columns) {
        int depth = architecture.depth();
        boolean onlyLast = rows.stream().allMatch(l -> l == depth) && columns.stream().allMatch(l -> l == depth);
        if (onlyLast && phi.polynomial() && phi.lowestNonZeroFrom(2).isEmpty()) {
            return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of("Hessian block " + rows + "x" + columns + ": ",
                    row("f", Op.EQUALS, call(PHI, row(sub(ALPHA, "L"), sub("W", "L"), sub("a", row("L", Op.MINUS, 1))))),
                    " with the affine output " + phi.spelling() + " is affine in ", sub("W", depth),
                    " whatever the hidden layers, so identically 0")));
        }
        return hessian(h -> h.block(rows, columns));
    }

    private Outcome<Exponent> initScale(int layer, boolean output, Notation what) {
        return forward.flatMap(n -> initScale(n, layer, output, what));
    }

    private static Outcome<Exponent> initScale(InitNorms n, int layer, boolean output, Notation what) {
        Fraction e = layer == n.depth() && output ? n.aNorm(layer) : n.z(layer);
        List<Step> why = new ArrayList<>(n.derivation());
        why.add(Step.of(what, " ", Notate.implies(e)));
        return Outcome.derived(Exponent.of(e), why);
    }

    Outcome<Exponent> residual(int order) {
        if (order >= 2) {
            return Outcome.unsupported("no rule for Taylor residuals of order " + order + " of a " + spelling()
                    + " network (third and higher derivatives)");
        }
        if (hessian instanceof Outcome.Unsupported<HessianTerms> u && norms instanceof Outcome.Derived<InitNorms> n) {
            Outcome<Exponent> bounds = BoundedActivationResidual.exponent(n.value(), sigma, architecture.output(), order);
            return bounds instanceof Outcome.Unsupported<Exponent> b
                    ? Outcome.unsupported(u.reason() + "; " + b.reason()) : bounds;
        }
        return both((n, h) -> {
            Outcome<Exponent> e = h.norm();
            if (!(e instanceof Outcome.Derived<Exponent> d)) {
                return e;
            }
            List<Step> why = new ArrayList<>(d.steps());
            Notation r2SupH = row(pow(name("R"), num(2)), sup(norm(name("H"))));
            if (order == 1) {
                why.add(Step.of(row(sup(abs(row("f", Op.MINUS, sub("T", 1)))), Op.SIM, r2SupH),
                        ": Taylor's bound, attained along the top eigenvector ", implies(d.value())));
                return Outcome.derived(d.value(), why);
            }
            Exponent g = Exponent.of(n.gradient());
            Exponent r = g.max(d.value());
            why.add(Step.of(row(sup(abs(row("f", Op.MINUS, call("f", W0)))), Op.SIM, "max"), "(",
                    row("R", norm(row(GRAD, "f"))), " (", Notate.exponent(g), "), ", r2SupH, ") ", implies(r)));
            return Outcome.derived(r, why);
        });
    }

    @Override
    public Outcome<Integer> taylorDegree() {
        return residual(0).flatMap(e0 -> e0.vanishes()
                ? Outcome.derived(0, List.of(Step.of("residual of order 0 vanishes (", Notate.exponent(e0), ")")))
                : residual(1).flatMap(e1 -> e1.vanishes()
                        ? Outcome.derived(1, List.of(Step.of("residual of order 0 ~ ", Notate.exponent(e0),
                                ", of order 1 ~ ", Notate.exponent(e1), " (vanishes): Taylor degree 1")))
                        : Outcome.unsupported("the residual of order 1 does not vanish (" + e1.spelling()
                                + "), so the degree is at least 2, and there is no rule for higher-order residuals")));
    }

    @Override
    public Outcome<MultilinearStructure> multilinearStructure() {
        return Outcome.unsupported("no multilinear-structure rule for " + spelling() + " networks (each Hessian"
                + " block, one-layer blocks included, has its own rule; blocks of layers are not assembled)");
    }

    /** The hidden activation, and the output too when it is not linear (a linear net with a tanh output is not linear). */
    private String spelling() {
        return phi.activation() instanceof Activation.Linear ? sigma.spelling()
                : sigma.spelling() + " (with a " + phi.spelling() + " output)";
    }

    private interface HessianQuery {
        Outcome<Exponent> apply(HessianTerms h);
    }

    private interface BothQuery {
        Outcome<Exponent> apply(InitNorms n, HessianTerms h);
    }

    private Outcome<Exponent> hessian(HessianQuery query) {
        return both((n, h) -> query.apply(h));
    }

    private Outcome<Exponent> both(BothQuery query) {
        return norms.flatMap(n -> hessian.flatMap(h -> query.apply(n, h)));
    }

    private void checkLayers(List<Integer> layers) {
        for (int l : layers) {
            if (l < 1 || l > architecture.depth()) {
                throw new IllegalArgumentException("no layer " + l + " in a network of " + architecture.depth() + " layers");
            }
        }
    }

    /** {@code => m^e}, or "=> identically 0". */
    private static Step implies(Exponent e) {
        return Step.of(new Notation.Operator(Op.IMPLIES), " ", Notate.exponent(e));
    }
}
