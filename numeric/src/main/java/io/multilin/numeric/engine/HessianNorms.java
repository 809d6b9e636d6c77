package io.multilin.numeric.engine;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Spectral norms of the Hessian of {@code f_1} and of its blocks {@code d^2 f / dw_A dw_B}
 * (A, B sets of layers) at one point, by Lanczos on Hessian-vector products. Vectors of the
 * operators live in compact spaces (only the layers of the block), and results are returned
 * as directions in the full weight space.
 */
public final class HessianNorms {

    /**
     * The largest singular value of a block with unit top singular vectors {@code left}
     * (supported on the row layers) and {@code right} (on the column layers), full-space
     * directions with {@code left . H right = singularValue}.
     */
    public record BlockNorm(double singularValue, double[] left, double[] right, int iterations,
                            boolean converged) {
    }

    private HessianNorms() {
    }

    /** {@code ||H||_2} as the signed extreme eigenvalue and its eigenvector (full space). */
    public static LanczosNorm.Result hessian(Derivatives derivatives, LanczosNorm.Options options) {
        ParameterLayout layout = derivatives.network().layout();
        int[] offsets = layout.fullOffsets();
        SymmetricOperator op = new SymmetricOperator() {
            @Override public int dimension() { return layout.total(); }
            @Override public void apply(double[] in, double[] out, double beta) {
                derivatives.hessianTimes(in, offsets, out, offsets, beta);
            }
        };
        return LanczosNorm.largestMagnitude(op, options);
    }

    /** The largest singular value of the block with the given row and column layers. */
    public static BlockNorm block(Derivatives derivatives, Collection<Integer> rows, Collection<Integer> columns,
                                  LanczosNorm.Options options) {
        ParameterLayout layout = derivatives.network().layout();
        TreeSet<Integer> a = checked(layout, rows);
        TreeSet<Integer> b = checked(layout, columns);
        int[] offA = compactOffsets(layout, a, 0);
        int sizeA = compactSize(layout, a);
        if (a.equals(b)) {
            SymmetricOperator op = new SymmetricOperator() {
                @Override public int dimension() { return sizeA; }
                @Override public void apply(double[] in, double[] out, double beta) {
                    derivatives.hessianTimes(in, offA, out, offA, beta);
                }
            };
            LanczosNorm.Result r = LanczosNorm.largestMagnitude(op, options);
            double[] right = r.vector() == null ? null : embed(layout, r.vector(), offA);
            double[] left = right == null ? null : right.clone();
            if (left != null && r.eigenvalue() < 0) {
                Vectors.scale(left, -1);
            }
            return new BlockNorm(r.magnitude(), left, right, r.iterations(), r.converged());
        }
        // Lanczos on [[0, H_AB], [H_BA, 0]] over (x_A, y_B): its top eigenvalue is sigma_max,
        // with eigenvector (left, right) / sqrt 2.
        int[] offB = compactOffsets(layout, b, sizeA);
        int size = sizeA + compactSize(layout, b);
        SymmetricOperator op = new SymmetricOperator() {
            @Override public int dimension() { return size; }
            @Override public void apply(double[] in, double[] out, double beta) {
                derivatives.hessianTimes(in, offB, out, offA, beta);
                derivatives.hessianTimes(in, offA, out, offB, beta);
            }
        };
        LanczosNorm.Result r = LanczosNorm.largestAlgebraic(op, options);
        double[] left = null;
        double[] right = null;
        if (r.vector() != null) {
            left = embed(layout, r.vector(), offA);
            right = embed(layout, r.vector(), offB);
            normalize(left);
            normalize(right);
        }
        return new BlockNorm(Math.max(0, r.eigenvalue()), left, right, r.iterations(), r.converged());
    }

    private static void normalize(double[] v) {
        double n = Vectors.norm(v);
        if (n > 0) {
            Vectors.scale(v, 1 / n);
        }
    }

    private static TreeSet<Integer> checked(ParameterLayout layout, Collection<Integer> layers) {
        TreeSet<Integer> set = new TreeSet<>(layers);
        if (set.isEmpty()) {
            throw new IllegalArgumentException("a Hessian block needs at least one layer on each side");
        }
        for (int l : set) {
            if (l < 1 || l > layout.depth()) {
                throw new IllegalArgumentException("layer " + l + " is not in 1.." + layout.depth());
            }
        }
        return set;
    }

    /** Offsets of the given layers packed one after another from {@code start}; -1 elsewhere. */
    static int[] compactOffsets(ParameterLayout layout, TreeSet<Integer> layers, int start) {
        int[] offsets = new int[layout.depth() + 1];
        java.util.Arrays.fill(offsets, -1);
        int next = start;
        for (int l : layers) {
            offsets[l] = next;
            next += layout.size(l);
        }
        return offsets;
    }

    static int compactSize(ParameterLayout layout, TreeSet<Integer> layers) {
        int size = 0;
        for (int l : layers) {
            size += layout.size(l);
        }
        return size;
    }

    /** A full-space vector holding the compact blocks at their layers, zero elsewhere. */
    static double[] embed(ParameterLayout layout, double[] compact, int[] offsets) {
        double[] full = new double[layout.total()];
        for (int l = 1; l <= layout.depth(); l++) {
            if (offsets[l] >= 0) {
                System.arraycopy(compact, offsets[l], full, layout.offset(l), layout.size(l));
            }
        }
        return full;
    }
}
