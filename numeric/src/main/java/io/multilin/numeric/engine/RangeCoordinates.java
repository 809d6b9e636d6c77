package io.multilin.numeric.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;

/**
 * Isometric coordinates on the space S that holds every Hessian-vector product. Layer l's
 * block of {@code H V} is {@code alpha_l (gDot_l a_{l-1}^T + g_l aDot_{l-1}^T)}, so the range
 * of H lies in the product of the spaces {@code S_l = { p a_{l-1}^T + g_l q^T }}, of dimension
 * at most {@code n_l + n_{l-1}} instead of {@code n_l n_{l-1}}. A block written with p
 * orthogonal to g_l (canonical form; move {@code c = p.g / |g|^2} of g from p into q as
 * {@code c a}) has {@code ||V_l||_F^2 = |a|^2 |p|^2 + |g|^2 |q|^2}, hence the coordinates
 * {@code E(V_l) = (|a| p, |g| q)}. Decoding projects the p-part onto g-perp first, so decode
 * is the adjoint of encode and {@code E H decode} is a symmetric operator with the nonzero
 * eigenvalues of H. When {@code |g_l| = 0} (or {@code |a_{l-1}| = 0}) the q-part (p-part) is
 * dead: decoded as zero, never written by encode.
 *
 * <p>Layers come in sides, packed one after another (block p~ then q~ per layer): one side for
 * the Hessian or a diagonal block, rows and columns for an off-diagonal block (a layer may be on
 * both). Reads the primal vectors of the {@link Derivatives} it was built on.
 */
final class RangeCoordinates {

    private final Derivatives derivatives;
    private final ParameterLayout layout;
    /** {@code offsets[side][l]}: where layer l's block starts, -1 when the side lacks l. */
    private final int[][] offsets;
    private final double[] normA;
    private final double[] normG;
    private final int size;

    RangeCoordinates(Derivatives derivatives, List<? extends SortedSet<Integer>> sides) {
        this.derivatives = derivatives;
        this.layout = derivatives.network().layout();
        int depth = layout.depth();
        normA = new double[depth + 1];
        normG = new double[depth + 1];
        for (int l = 1; l <= depth; l++) {
            normA[l] = Vectors.norm(derivatives.activation(l - 1));
            normG[l] = Vectors.norm(derivatives.adjoint(l));
            if (!Double.isFinite(normA[l]) || !Double.isFinite(normG[l])) {
                // as the dense Lanczos would on its first product; never a silently dead layer
                throw new ArithmeticException("layer " + l + " has a non-finite |a_{l-1}| = " + normA[l]
                        + " or |g_l| = " + normG[l]);
            }
        }
        offsets = new int[sides.size()][depth + 1];
        int next = 0;
        for (int s = 0; s < sides.size(); s++) {
            Arrays.fill(offsets[s], -1);
            for (int l : sides.get(s)) {
                offsets[s][l] = next;
                next += layout.rows(l) + layout.columns(l);
            }
        }
        size = next;
    }

    Derivatives derivatives() {
        return derivatives;
    }

    ParameterLayout layout() {
        return layout;
    }

    int size() {
        return size;
    }

    int sides() {
        return offsets.length;
    }

    boolean has(int side, int l) {
        return offsets[side][l] >= 0;
    }

    /** Buffers for the p-parts (or, with {@code q}, the q-parts) of one side: null off the side. */
    double[][] newBuffers(int side, boolean q) {
        double[][] buffers = new double[layout.depth() + 1][];
        for (int l = 1; l <= layout.depth(); l++) {
            if (has(side, l)) {
                buffers[l] = new double[q ? layout.columns(l) : layout.rows(l)];
            }
        }
        return buffers;
    }

    /** The factors (p_l, q_l) of the direction {@code x} encodes on one side. */
    void decode(double[] x, int side, double[][] p, double[][] q) {
        for (int l = 1; l <= layout.depth(); l++) {
            int off = offsets[side][l];
            if (off < 0) {
                continue;
            }
            int rows = layout.rows(l);
            double[] pl = p[l];
            double[] ql = q[l];
            double na = normA[l];
            double ng = normG[l];
            if (na > 0) {
                System.arraycopy(x, off, pl, 0, rows);
                if (ng > 0) {
                    double[] g = derivatives.adjoint(l);
                    double c = Vectors.dot(pl, g) / (ng * ng);
                    Vectors.axpy(-c, g, pl);
                }
                Vectors.scale(pl, 1 / na);
            } else {
                Arrays.fill(pl, 0);
            }
            if (ng > 0) {
                System.arraycopy(x, off + rows, ql, 0, ql.length);
                Vectors.scale(ql, 1 / ng);
            } else {
                Arrays.fill(ql, 0);
            }
        }
    }

    /**
     * {@code out = E(p a^T + g q^T) + beta out} on one side's blocks (other entries untouched;
     * with {@code beta == 0} the old content is ignored). Canonicalizes p and q in place.
     */
    void encode(double[][] p, double[][] q, int side, double[] out, double beta) {
        for (int l = 1; l <= layout.depth(); l++) {
            int off = offsets[side][l];
            if (off < 0) {
                continue;
            }
            double[] pl = p[l];
            double[] ql = q[l];
            double na = normA[l];
            double ng = normG[l];
            if (ng > 0) {
                double[] g = derivatives.adjoint(l);
                double c = Vectors.dot(pl, g) / (ng * ng);
                Vectors.axpy(-c, g, pl);
                Vectors.axpy(c, derivatives.activation(l - 1), ql);
            }
            put(out, off, pl, na, beta);
            put(out, off + pl.length, ql, ng, beta);
        }
    }

    private static void put(double[] out, int off, double[] v, double scale, double beta) {
        for (int i = 0; i < v.length; i++) {
            double value = scale * v[i];
            out[off + i] = beta == 0 ? value : value + beta * out[off + i];
        }
    }

    /** {@code full += c D(x)} on one side's layers, D(x) the dense direction x encodes. */
    void addExpanded(double[] x, int side, double c, double[] full, double[][] p, double[][] q) {
        decode(x, side, p, q);
        for (int l = 1; l <= layout.depth(); l++) {
            if (!has(side, l)) {
                continue;
            }
            int cols = layout.columns(l);
            double[] a = derivatives.activation(l - 1);
            double[] g = derivatives.adjoint(l);
            for (int i = 0; i < layout.rows(l); i++) {
                int row = layout.offset(l) + i * cols;
                Vectors.axpy(c * p[l][i], a, 0, full, row, cols);
                Vectors.axpy(c * g[i], q[l], 0, full, row, cols);
            }
        }
    }

    /**
     * The factors of the orthogonal projection onto S_l of a dense block G_l, from
     * {@code Ga = G a_{l-1}} and {@code gG = G^T g_l}: S_l is the sum of the commuting
     * projections {@code G a a^T / |a|^2} and {@code g g^T G / |g|^2}, less their product.
     * Writes p (overwriting ga) and q (overwriting gG), already canonical.
     */
    void projectionFactors(int l, double[] ga, double[] gG) {
        double na = normA[l];
        double ng = normG[l];
        double[] g = derivatives.adjoint(l);
        if (na > 0) {
            double c = ng > 0 ? Vectors.dot(g, ga) / (ng * ng) : 0;
            Vectors.scale(ga, 1 / (na * na));
            Vectors.axpy(-c / (na * na), g, ga);
        } else {
            Arrays.fill(ga, 0);
        }
        if (ng > 0) {
            Vectors.scale(gG, 1 / (ng * ng));
        } else {
            Arrays.fill(gG, 0);
        }
    }
}
