package io.multilin.numeric.engine;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Spectral norms of the Hessian of {@code f_1} and of its blocks {@code d^2 f / dw_A dw_B}
 * (A, B sets of layers) at one point, by Lanczos on Hessian-vector products. Lanczos runs in
 * {@link RangeCoordinates}: every HVP lies in a space of dimension {@code sum (n_l + n_{l-1})},
 * which holds every eigenvector of a nonzero eigenvalue (and the singular vectors of a block),
 * so the extra memory is O(sum of widths) instead of a few weight-sized vectors. The start
 * vector is the dense run's, projected ({@link RangeStart}): results equal the dense-vector
 * Lanczos up to rounding, and vectors are returned as directions in the full weight space
 * (weight-sized only when asked for).
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

    /**
     * The extreme eigenpair with its unit eigenvector as a {@link RowSource} (O(widths) memory
     * plus a streamed Gaussian, never weight-sized), or null without {@code wantVector}.
     */
    public record HessianRows(LanczosNorm.Result value, RowSource vector) {
    }

    /** {@link BlockNorm} with unit row sources for the singular vectors (null without a vector). */
    public record BlockRows(double singularValue, RowSource left, RowSource right, int iterations,
                            boolean converged) {
    }

    /** {@code ||H||_2} as the signed extreme eigenvalue and its eigenvector (full space). */
    public static LanczosNorm.Result hessian(Derivatives derivatives, LanczosNorm.Options options) {
        HessianRows r = hessianRows(derivatives, options);
        LanczosNorm.Result v = r.value();
        return r.vector() == null ? v : new LanczosNorm.Result(v.eigenvalue(), dense(r.vector(), derivatives),
                v.iterations(), v.residual(), v.converged());
    }

    /** {@link #hessian} with the eigenvector as rows. */
    public static HessianRows hessianRows(Derivatives derivatives, LanczosNorm.Options options) {
        ParameterLayout layout = derivatives.network().layout();
        TreeSet<Integer> all = IntStream.rangeClosed(1, layout.depth()).boxed()
                .collect(Collectors.toCollection(TreeSet::new));
        RangeCoordinates coordinates = new RangeCoordinates(derivatives, List.of(all));
        RangeStart start = new RangeStart(coordinates, options.seed());
        LanczosNorm.Result r = LanczosNorm.largestMagnitude(new RangeHessian(derivatives, coordinates),
                start::vector, options);
        if (r.vector() == null) {
            return new HessianRows(r, null);
        }
        RowSource vector = Rows.unit(start.rows(r.vector(), 0), layout);
        return new HessianRows(new LanczosNorm.Result(r.eigenvalue(), null, r.iterations(), r.residual(),
                r.converged()), vector);
    }

    /**
     * The largest singular value of the block with the given row and column layers. Without a
     * vector, a block whose sides a layer of width at most {@link SeparatedBlock#MAX_RANK}
     * separates is computed exactly from its factorization through that layer
     * ({@link SeparatedBlock}: 0 iterations, converged).
     */
    public static BlockNorm block(Derivatives derivatives, Collection<Integer> rows, Collection<Integer> columns,
                                  LanczosNorm.Options options) {
        BlockRows r = blockRows(derivatives, rows, columns, options);
        return new BlockNorm(r.singularValue(), dense(r.left(), derivatives), dense(r.right(), derivatives),
                r.iterations(), r.converged());
    }

    /** {@link #block} with the singular vectors as rows. */
    public static BlockRows blockRows(Derivatives derivatives, Collection<Integer> rows, Collection<Integer> columns,
                                      LanczosNorm.Options options) {
        ParameterLayout layout = derivatives.network().layout();
        TreeSet<Integer> a = checked(layout, rows);
        TreeSet<Integer> b = checked(layout, columns);
        if (a.equals(b)) {
            RangeCoordinates coordinates = new RangeCoordinates(derivatives, List.of(a));
            RangeStart start = new RangeStart(coordinates, options.seed());
            LanczosNorm.Result r = LanczosNorm.largestMagnitude(new RangeHessian(derivatives, coordinates),
                    start::vector, options);
            RowSource right = r.vector() == null ? null : Rows.unit(start.rows(r.vector(), 0), layout);
            RowSource left = right == null || r.eigenvalue() >= 0 ? right : Rows.scaled(right, -1);
            return new BlockRows(r.magnitude(), left, right, r.iterations(), r.converged());
        }
        if (!options.wantVector()) {
            // Sides on either side of a narrow layer: a block of rank <= its width, exact from
            // two small Grams (SeparatedBlock), no iteration to converge.
            int neck = SeparatedBlock.bottleneck(widths(derivatives.network()), a, b);
            if (neck > 0) {
                return new BlockRows(SeparatedBlock.norm(derivatives, a, b, neck), null, null, 0, true);
            }
        }
        // Lanczos on [[0, H_AB], [H_BA, 0]] over (x_A, y_B): its top eigenvalue is sigma_max,
        // with eigenvector (left, right) / sqrt 2.
        RangeCoordinates coordinates = new RangeCoordinates(derivatives, List.of(a, b));
        RangeStart start = new RangeStart(coordinates, options.seed());
        LanczosNorm.Result r = LanczosNorm.largestAlgebraic(new RangeHessian(derivatives, coordinates),
                start::vector, options);
        RowSource left = null;
        RowSource right = null;
        if (r.vector() != null) {
            left = Rows.unit(start.rows(r.vector(), 0), layout);
            right = Rows.unit(start.rows(r.vector(), 1), layout);
        }
        return new BlockRows(Math.max(0, r.eigenvalue()), left, right, r.iterations(), r.converged());
    }

    private static int[] widths(Network network) {
        int[] n = new int[network.depth() + 1];
        for (int l = 0; l <= network.depth(); l++) {
            n[l] = network.width(l);
        }
        return n;
    }

    private static double[] dense(RowSource v, Derivatives derivatives) {
        return v == null ? null : Rows.expand(v, derivatives.network().layout());
    }

    static double[] normalize(double[] v) {
        double n = Vectors.norm(v);
        if (n > 0) {
            Vectors.scale(v, 1 / n);
        }
        return v;
    }

    static TreeSet<Integer> checked(ParameterLayout layout, Collection<Integer> layers) {
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
}
