package io.multilin.numeric.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A direction whose layer l is a sum of a few rank-one matrices {@code left_t right_t^T}
 * ({@code left_t} of length n_l, {@code right_t} of length n_{l-1}): the gradient
 * {@code alpha_l g_l a_{l-1}^T}, a linear network's rank-one chain, a Hessian-vector product
 * {@code alpha_l (gDot_l a_{l-1}^T + g_l aDot_{l-1}^T)}. O(widths) memory where the dense
 * direction is weight-sized; norms and dot products of two such directions come from the
 * factors ({@code <p r^T, p' r'^T> = (p.p')(r.r')}) without expanding a row. Immutable: the
 * factor arrays are the caller's and must not change afterwards.
 */
public final class FactoredRows implements RowSource {

    /** {@code left[l]} and {@code right[l]}: the terms of layer l (empty lists: zero). */
    private final List<List<double[]>> left;
    private final List<List<double[]>> right;

    private FactoredRows(List<List<double[]>> left, List<List<double[]>> right) {
        this.left = left;
        this.right = right;
    }

    /** A builder-free start: the zero direction of a depth-L network. */
    public static FactoredRows zero(int depth) {
        List<List<double[]>> l = new ArrayList<>();
        List<List<double[]>> r = new ArrayList<>();
        for (int i = 0; i <= depth; i++) {
            l.add(List.of());
            r.add(List.of());
        }
        return new FactoredRows(l, r);
    }

    /** This direction plus {@code c left right^T} on layer l (a new object; the arrays are shared). */
    public FactoredRows plus(int l, double c, double[] leftFactor, double[] rightFactor) {
        List<List<double[]>> l2 = new ArrayList<>(left);
        List<List<double[]>> r2 = new ArrayList<>(right);
        List<double[]> ls = new ArrayList<>(left.get(l));
        List<double[]> rs = new ArrayList<>(right.get(l));
        double[] scaled = leftFactor;
        if (c != 1) {
            scaled = leftFactor.clone();
            Vectors.scale(scaled, c);
        }
        ls.add(scaled);
        rs.add(rightFactor);
        l2.set(l, List.copyOf(ls));
        r2.set(l, List.copyOf(rs));
        return new FactoredRows(l2, r2);
    }

    /** {@code this + c other} (terms concatenated, the other's left factors scaled by c). */
    public FactoredRows plus(double c, FactoredRows other) {
        FactoredRows sum = this;
        for (int l = 1; l < other.left.size(); l++) {
            for (int t = 0; t < other.left.get(l).size(); t++) {
                sum = sum.plus(l, c, other.left.get(l).get(t), other.right.get(l).get(t));
            }
        }
        return sum;
    }

    /** {@code c this}, still factored (left factors scaled). */
    public FactoredRows scaled(double c) {
        return zero(depth()).plus(c, this);
    }

    /** The layers of {@code layers} only (the others set to zero). */
    public FactoredRows restrict(java.util.Collection<Integer> layers) {
        FactoredRows kept = zero(depth());
        for (int l : layers) {
            for (int t = 0; t < left.get(l).size(); t++) {
                kept = kept.plus(l, 1, left.get(l).get(t), right.get(l).get(t));
            }
        }
        return kept;
    }

    /**
     * The gradient of {@code f_1} at the point of d, {@code alpha_l g_l a_{l-1}^T} per layer,
     * with copies of the factors (valid after d's workspace is reused).
     */
    public static FactoredRows gradient(Derivatives d) {
        int depth = d.network().depth();
        FactoredRows g = zero(depth);
        for (int l = 1; l <= depth; l++) {
            g = g.plus(l, d.network().multiplier(l), d.adjoint(l).clone(), d.activation(l - 1).clone());
        }
        return g;
    }

    int depth() {
        return left.size() - 1;
    }

    @Override
    public boolean covers(int l) {
        return !left.get(l).isEmpty();
    }

    @Override
    public Cursor open() {
        return (l, i, out) -> {
            Arrays.fill(out, 0);
            List<double[]> ls = left.get(l);
            for (int t = 0; t < ls.size(); t++) {
                double c = ls.get(t)[i];
                if (c != 0) {
                    Vectors.axpy(c, right.get(l).get(t), 0, out, 0, out.length);
                }
            }
        };
    }

    /** The Frobenius norm of layer l. */
    public double layerNorm(int l) {
        return Math.sqrt(Math.max(0, layerDot(this, this, l)));
    }

    /** {@code ||this||_2} over all layers. */
    public double norm() {
        return Math.sqrt(Math.max(0, dot(this)));
    }

    /** The dot product with another factored direction of the same network. */
    public double dot(FactoredRows other) {
        double sum = 0;
        for (int l = 1; l < left.size(); l++) {
            sum += layerDot(this, other, l);
        }
        return sum;
    }

    private static double layerDot(FactoredRows a, FactoredRows b, int l) {
        double sum = 0;
        for (int s = 0; s < a.left.get(l).size(); s++) {
            for (int t = 0; t < b.left.get(l).size(); t++) {
                sum += Vectors.dot(a.left.get(l).get(s), b.left.get(l).get(t))
                        * Vectors.dot(a.right.get(l).get(s), b.right.get(l).get(t));
            }
        }
        return sum;
    }
}
