package io.multilin.numeric.engine;

import java.util.Collection;
import java.util.TreeSet;

/**
 * The Hessian norms of {@link HessianNorms} by Lanczos on vectors of the dense parameter
 * dimension (only the layers of the block): two or three weight-sized vectors per run. The
 * reference the range-coordinate path is checked against; in exact arithmetic both give the
 * same coefficients, values and vectors.
 */
final class DenseHessianNorms {

    private DenseHessianNorms() {
    }

    /** {@code ||H||_2} as the signed extreme eigenvalue and its eigenvector (full space). */
    static LanczosNorm.Result hessian(Derivatives derivatives, LanczosNorm.Options options) {
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
    static HessianNorms.BlockNorm block(Derivatives derivatives, Collection<Integer> rows, Collection<Integer> columns,
                                  LanczosNorm.Options options) {
        ParameterLayout layout = derivatives.network().layout();
        TreeSet<Integer> a = HessianNorms.checked(layout, rows);
        TreeSet<Integer> b = HessianNorms.checked(layout, columns);
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
            return new HessianNorms.BlockNorm(r.magnitude(), left, right, r.iterations(), r.converged());
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
            HessianNorms.normalize(left);
            HessianNorms.normalize(right);
        }
        return new HessianNorms.BlockNorm(Math.max(0, r.eigenvalue()), left, right, r.iterations(), r.converged());
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
