package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.activation.Identity;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link CellCost} from the architecture alone (no weights are allocated, so any width can be
 * priced). Memory: the number of weight-sized arrays the measures hold live at once, counted
 * from their code (the comments of each case say which), plus width-sized workspaces. Work:
 * passes over the weights, one pass being a multiply-add per weight (2 flops a weight), with
 * the probe lists of the measures (the same chain groups, the same budget) and every Lanczos
 * run at its cap. A measure that changes what it holds or evaluates must change this too:
 * CellCostTest checks the probe counts against the measures and the bytes against the heap.
 */
final class CostModel {

    /** Bytes of objects that do not scale with the widths (names, lists, small records). */
    static final long FIXED_BYTES = 64 * 1024;

    // Passes over the weights of the engine's kernels, read from their loops; Gaussian sampling
    // measured at about 8 passes per weight-sized vector (m = 512).
    /** Forward and backward primal passes of a {@code Derivatives}. */
    static final double DERIVATIVES = 2;
    /** The outer products {@code g_l a_{l-1}^T} of the gradient. */
    static final double GRADIENT = 1;
    static final double FORWARD = 1;
    /** {@code f(w + s u)}: rows of W and of U dotted with the activations. */
    static final double ALONG = 2;
    /** A dense HVP: tangent passes through W and V forward and backward, and the outer products. */
    static final double HVP = 5;
    /** One side of a range-coordinate Hessian product: {@code W aDot} and {@code W^T gDot}. */
    static final double RANGE_PRODUCT = 2;
    /** The Lanczos start: the seeded Gaussian over the weights streamed and projected. */
    static final double START = 10;
    /** A Ritz vector expanded to weight space: the Gaussian streamed again, the factors added. */
    static final double EXPAND = 10;
    /** A seeded random unit direction (or w0): Gaussian sampling and a norm. */
    static final double RANDOM = 8;

    private final int depth;
    private final int[] widths;
    private final double weights;
    private final double widthSum;
    private final boolean linear;
    private final boolean analytic;

    CostModel(Architecture architecture, long m) {
        widths = architecture.widthsAt(m);
        depth = widths.length - 1;
        double p = 0;
        double w = 0;
        for (int l = 0; l <= depth; l++) {
            w += widths[l];
            p += l > 0 ? (double) widths[l] * widths[l - 1] : 0;
        }
        weights = p;
        widthSum = w;
        ActivationFunction hidden = ActivationFunction.of(architecture.activation());
        ActivationFunction output = ActivationFunction.of(architecture.output());
        linear = hidden instanceof Identity && output instanceof Identity;
        analytic = depth == 1 ? output.isAnalytic() : hidden.isAnalytic() && output.isAnalytic();
    }

    /** The estimate for one cell of {@code quantity}. */
    CellCost of(Quantity quantity) {
        if (quantity instanceof Quantity.TaylorResidual q) {
            return taylor(q.order());
        } else if (quantity instanceof Quantity.HessianNorm) {
            return hessian(null, null);
        } else if (quantity instanceof Quantity.HessianBlock q) {
            return hessian(q.rows(), q.columns());
        } else if (quantity instanceof Quantity.MixedDerivative q) {
            return q.blocks().size() == 1 ? gradientNorm() : mixed(q.blocks());
        } else if (quantity instanceof Quantity.TangentKernelChange q) {
            return kernel(q.inputs());
        } else if (quantity instanceof Quantity.OutputScale || quantity instanceof Quantity.PreActivationScale) {
            // w0 only; forward passes over the seeded inputs.
            return cost(1, 4, RANDOM + InitScaleMeasure.INPUTS * FORWARD);
        } else if (quantity instanceof Quantity.OneStepChange) {
            // w0, the gradient, w1.
            return cost(3, 12, RANDOM + DERIVATIVES + GRADIENT + 1 + FORWARD);
        }
        throw new IllegalArgumentException("no cost model for quantity " + quantity.label());
    }

    /** The number of probe directions the measure of {@code quantity} lists (for the tests). */
    int probeCount(Quantity quantity) {
        if (quantity instanceof Quantity.TaylorResidual q) {
            return 2 + chains(ChainGroups.ofSize(depth, q.order() + 1)).size() + blockTops()
                    + TaylorResidualMeasure.RANDOM_PROBES;
        } else if (quantity instanceof Quantity.HessianNorm) {
            return 2 + chains(ChainGroups.ofSize(depth, 2)).size() + HessianMeasure.RANDOM_PROBES;
        } else if (quantity instanceof Quantity.HessianBlock q) {
            return 2 + chains(ChainGroups.pairs(q.rows(), q.columns())).size() + HessianMeasure.RANDOM_PROBES;
        } else if (quantity instanceof Quantity.TangentKernelChange) {
            return 2 + blockTops() + chains(ChainGroups.ofSize(depth, 2)).size() + KernelChangeMeasure.RANDOM_PROBES;
        } else if (quantity instanceof Quantity.MixedDerivative q) {
            return q.blocks().size() == 1 ? 2 : chains(ChainGroups.across(q.blocks())).size()
                    + (q.blocks().size() == 2 ? 1 : 0) + MixedDerivativeMeasure.RANDOM_PROBES;
        }
        return 1;
    }

    private CellCost hessian(List<Integer> rows, List<Integer> columns) {
        boolean full = rows == null;
        int sides = full || new TreeSet<>(rows).equals(new TreeSet<>(columns)) ? 1 : 2;
        List<List<Integer>> chains = chains(full ? ChainGroups.ofSize(depth, 2) : ChainGroups.pairs(rows, columns));
        int probes = 2 + chains.size() + HessianMeasure.RANDOM_PROBES;
        double value = DERIVATIVES + lanczos(LanczosBudget.VALUES.maxIterations(), sides, false);
        double top = full ? lanczos(LanczosBudget.VALUES.maxIterations(), 1, true)
                : lanczos(ProbeCatalog.PROBE_ITERATIONS, sides, true) + value;
        double passes = RANDOM + DERIVATIVES + GRADIENT + chainPasses(chains) + top
                + HessianMeasure.RANDOM_PROBES * RANDOM + 2 * probes * value;
        // w0, the gradient, the ball point and the current direction, plus the eigenvector at
        // w0 (full) or the two singular vectors while the block-top direction is made.
        return cost(5, 20 + 12 * sides, passes);
    }

    private CellCost taylor(int order) {
        List<List<Integer>> chains = chains(ChainGroups.ofSize(depth, order + 1));
        int probes = 2 + chains.size() + blockTops() + TaylorResidualMeasure.RANDOM_PROBES;
        double along = line(order) + 2 * TaylorResidualMeasure.FRACTIONS.length * ALONG;
        double passes = RANDOM + DERIVATIVES + GRADIENT + chainPasses(chains) + hessianTop()
                + blockTops() * lanczos(ProbeCatalog.PROBE_ITERATIONS, 2, true)
                + TaylorResidualMeasure.RANDOM_PROBES * RANDOM + probes * along;
        // Probe loop: w0, the gradient, the eigenvector at w0, the best direction, the last
        // direction, the new one (two singular vectors for a block-top).
        int arrays = linear ? 6 : 7;
        if (order <= 2) {
            double step = DERIVATIVES + GRADIENT + (order == 2 ? HVP : 0) + 6
                    + TaylorResidualMeasure.STEPS.length * (along + 2);
            passes += TaylorResidualMeasure.ASCENT_STEPS * step;
            // Ascent: w0, the gradient, the eigenvector, the last probe direction, D, the point,
            // grad r, H D (order 2), the candidate.
            arrays = Math.max(arrays, order == 2 ? 9 : 8);
        }
        return cost(arrays, 24 + 2 * (order + 1) + 12, passes);
    }

    private CellCost kernel(int n) {
        List<List<Integer>> chains = chains(ChainGroups.ofSize(depth, 2));
        int probes = 2 + blockTops() + chains.size() + KernelChangeMeasure.RANDOM_PROBES;
        double point = n * (DERIVATIVES + GRADIENT) + n * (n + 1) / 2.0;
        double passes = RANDOM + point + DERIVATIVES + GRADIENT + hessianTop() + chainPasses(chains)
                + blockTops() * lanczos(ProbeCatalog.PROBE_ITERATIONS, 2, true)
                + KernelChangeMeasure.RANDOM_PROBES * RANDOM + 2 * probes * point;
        double step = point + n * (HVP + 2) + 4 + KernelChangeMeasure.STEPS.length * (point + 2);
        passes += KernelChangeMeasure.ASCENT_STEPS * step;
        // Ascent: w0, the n gradients, the point, the cell's gradient, the eigenvector at w0,
        // the last probe direction, D, the ascent direction, H c and the candidate.
        return cost(n + 9, 10 * (n + 1) + 12, passes);
    }

    private CellCost gradientNorm() {
        // w0, the gradient buffer, the point, the cell's gradient, the direction, the last one.
        return cost(6, 20, RANDOM + 6 * (DERIVATIVES + GRADIENT) + RANDOM);
    }

    private CellCost mixed(List<List<Integer>> blocks) {
        int b = blocks.size();
        List<List<Integer>> chains = chains(ChainGroups.across(blocks));
        int sets = chains.size() + (b == 2 ? 1 : 0) + MixedDerivativeMeasure.RANDOM_PROBES;
        double polarized = (1 << (b - 1)) * (line(b) + 1);
        double passes = RANDOM + chainPasses(chains) + (b == 2 ? lanczos(ProbeCatalog.PROBE_ITERATIONS, 2, true) : 0)
                + MixedDerivativeMeasure.RANDOM_PROBES * b * RANDOM + sets * (polarized + b)
                + DERIVATIVES + GRADIENT + 4 * polarized;
        // Sets: w0, the best set, the last set, the new set and the chain it is cut from;
        // ball moves: w0, the best set, the last set, their sum, the point, the gradient and
        // its copy, the polarization vector.
        return cost(Math.max(3 * b + 2, 2 * b + 6), 2 * (b + 1) + 34, passes);
    }

    /** Lanczos on a range-coordinate operator of the given sides; the vector doubles the run. */
    private static double lanczos(int iterations, int sides, boolean vector) {
        return START + iterations * RANGE_PRODUCT * sides * (vector ? 2 : 1) + (vector ? EXPAND : 0);
    }

    private double hessianTop() {
        return lanczos(LanczosBudget.VALUES.maxIterations(), 1, true);
    }

    private int blockTops() {
        return linear ? 0 : depth - 1 + (depth > 2 ? 1 : 0);
    }

    /** The Taylor coefficients c_0..c_K along a line: Taylor mode, or the finite-difference tableau. */
    private double line(int order) {
        if (analytic) {
            return 2 * order + 1;
        }
        double passes = FORWARD;
        for (int j = 1; j <= order; j++) {
            passes += 12 * (j + 1) * ALONG;
        }
        return passes;
    }

    /** The chain groups a measure evaluates: none for nonlinear networks, at most the budget. */
    private List<List<Integer>> chains(List<List<Integer>> groups) {
        return linear ? groups.subList(0, Math.min(groups.size(), ProbeCatalog.MAX_CHAIN_GROUPS)) : List.of();
    }

    /**
     * A bounded chain direction per group: Lanczos on {@code A^T A} over each gap between
     * perturbed layers (a forward and a backward chain per iteration, the Ritz pass doubling it),
     * then one pass to write the rank-one direction.
     */
    private double chainPasses(List<List<Integer>> groups) {
        double passes = 0;
        for (List<Integer> group : groups) {
            passes += 1;
            for (int i = 0; i + 1 < group.size(); i++) {
                double gap = 0;
                for (int l = group.get(i) + 1; l < group.get(i + 1); l++) {
                    gap += (double) widths[l] * widths[l - 1];
                }
                passes += 2 * BoundedChainDirections.ITERATIONS * 2 * gap / weights;
            }
        }
        return passes;
    }

    private CellCost cost(int weightArrays, int widthArrays, double passes) {
        double bytes = 8 * (weightArrays * weights + widthArrays * widthSum) + FIXED_BYTES;
        return new CellCost((long) Math.min(Long.MAX_VALUE, bytes), 2 * weights * passes);
    }
}
