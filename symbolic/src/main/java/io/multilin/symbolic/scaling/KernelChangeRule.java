package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.PHI;
import static io.multilin.architecture.notation.Notate.GRAD;
import static io.multilin.architecture.notation.Notate.transpose;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.num;
import static io.multilin.architecture.notation.Notate.paren;
import static io.multilin.architecture.notation.Notate.pow;
import static io.multilin.architecture.notation.Notate.prime;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static io.multilin.architecture.notation.Notate.sup;

/**
 * {@code sup_{w in B} ||K(w) - K(w0)||} on a fixed finite set of inputs. Upper bound: the
 * gradient moves by at most {@code sup||H|| R}, so
 * {@code |K_ij(w) - K_ij(w0)| <= 2 ||grad f|| sup||H|| R + (sup||H|| R)^2}: exponent at most
 * {@code max(e(grad) + e(H), 2 e(H))}. Lower bounds, on the diagonal entry {@code ||grad f(w)||^2}:
 * <ul>
 *   <li>{@code 2 e(H)}: move by t along the top eigenvector v of H, with the sign of t making
 *       {@code 2 t grad.Hv} non-negative; the change is at least {@code t^2 ||Hv||^2};</li>
 *   <li>{@code e(H grad)}: move along {@code grad_w K(x,x) = 2 H grad}; the change is
 *       {@code 2 R ||H grad||} to first order. Pieces of {@code H grad} whose size is known: the chain
 *       term of the pair (a, b) applied to the gradient block of layer b,
 *       {@code alpha_b^2 ||b_b||^2 a_{b-1}^T (sigma' . J(b-1 <- a)) alpha_a D_a a_{a-1}}, of exponent
 *       chain(a, b) + e(grad_b) when J has full rank (a generic vector keeps the operator norm);
 *       and the output term applied to the gradient, {@code phi'' phi' ||grad z_L||^3}, of
 *       exponent output(H) + e(grad). Assumed: no cancellation among pieces of the same order.</li>
 * </ul>
 * The prediction is derived when the largest lower bound meets the upper bound, else Unsupported.
 */
final class KernelChangeRule {

    private KernelChangeRule() {
    }

    static Outcome<Exponent> exponent(InitNorms n, HessianTerms terms, Exponent hessian) {
        Fraction grad = n.gradient();
        if (hessian.isIdenticallyZero()) {
            return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of("the Hessian is identically 0 over the ball,"
                    + " so the gradient, hence the kernel, is constant")));
        }
        Fraction h = hessian.value().orElseThrow();
        Fraction upper = InitNorms.max(grad.add(h), h.multiply(2));
        Fraction lower = h.multiply(2);
        Step lowerWhy = Step.of(row(2, call("e", "H")), " along the top Hessian eigenvector");
        int depth = n.depth();
        for (int b = 2; b <= depth; b++) {
            for (int a = 1; a < b; a++) {
                if (!n.fullRank(a, b - 1)) {
                    continue;
                }
                Fraction chain = n.b(b).add(n.layers().multipliers()[b]).add(n.slope(b - 1)).add(n.dz(a, b - 1));
                Fraction piece = chain.add(n.gradient(b));
                if (piece.compareTo(lower) > 0) {
                    lower = piece;
                    lowerWhy = Step.of(row("H", GRAD), ": chain term (" + a + "," + b + ") applied to the gradient of"
                            + " layer " + b);
                }
            }
        }
        if (!terms.outputCurvature().isIdenticallyZero()) {
            Fraction zL = HessianTerms.ballChange(n, depth);
            Fraction piece = terms.outputCurvature().value().orElseThrow().add(zL.multiply(2)).add(grad);
            if (piece.compareTo(lower) > 0) {
                lower = piece;
                lowerWhy = Step.of(row("H", GRAD), ": output term ", row(prime(PHI, 2), GRAD, sub("z", "L"),
                        GRAD, transpose(sub("z", "L"))), " applied to the gradient");
            }
        }
        Notation supH = sup(norm(name("H")));
        List<Step> why = new ArrayList<>();
        why.add(Step.of(row(norm(row(GRAD, "f")), Notate.sim(grad)), ", ", row(supH, Notate.sim(h))));
        why.add(Step.of("upper bound ", row(2, norm(GRAD), supH, "R", Op.PLUS,
                pow(paren(row(supH, "R")), num(2))), " ", Notate.implies(upper)));
        why.add(Step.of("lower bound ", lowerWhy, " ", Notate.implies(lower)));
        if (lower.compareTo(upper) < 0) {
            return Outcome.unsupported("tangent kernel change between " + ChainSupremum.power(lower) + " and "
                    + ChainSupremum.power(upper) + ": the bounds do not meet");
        }
        return Outcome.derived(Exponent.of(upper), why);
    }
}
