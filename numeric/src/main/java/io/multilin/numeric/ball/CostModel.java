package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.activation.Identity;
import io.multilin.numeric.engine.SeparatedBlock;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link CellCost} from the architecture alone (no weights are allocated, so any width can be
 * priced). Memory: one weight-sized array, the cell's weights (w0, moved in place to each ball
 * point and restored, see {@link BallCell}: probe directions, gradients, eigenvectors and ascent
 * iterates are row sources of O(widths)), plus width-sized workspaces counted from the code
 * (the comments of each case say which). Work:
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
    static final double FORWARD = 1;
    /** {@code f(w + s u)}: rows of W and of U dotted with the activations. */
    static final double ALONG = 2;
    /** A dense HVP: tangent passes through W and V forward and backward, and the outer products. */
    static final double HVP = 5;
    /**
     * One side of a range-coordinate Hessian product: {@code W aDot} and {@code W^T gDot} (for a
     * nonlinear network; a linear one is priced by its layers, see {@link #operator}).
     */
    static final double RANGE_PRODUCT = 2;
    /** The Lanczos start: the seeded Gaussian over the weights streamed and projected. */
    static final double START = 10;
    /** A Ritz vector expanded to weight space: the Gaussian streamed again, the factors added. */
    static final double EXPAND = 10;
    /** A seeded random unit direction (or w0): Gaussian sampling and a norm. */
    static final double RANDOM = 8;
    /**
     * A ball point formed in place and undone: the direction's rows added (a pass, the Gaussian
     * of a random or eigenvector probe streamed again) and the moved layers of w0 regenerated
     * from the seed (Gaussian sampling).
     */
    static final double MOVE = 2 + RANDOM;
    /** A probe direction streamed once more (rows of a factored direction; a Gaussian's sampling). */
    static final double STREAM = 2;
    /**
     * One tangent of a separated block (per unit of the separating layer's width): W^T below
     * the layer, W and W^T above it.
     */
    static final double SEPARATED = 2;
    /**
     * An Adam move, per weight: the two moment updates (5 multiplies, 2 adds), the two bias
     * corrections, the square root, the epsilon and the ratio (3 divides, a square root, an
     * add), the rate and the update (a multiply-add): 14 flops, against gradient descent's
     * multiply-add (one pass).
     */
    static final double ADAM_MOVE = 7;

    private final int depth;
    private final int[] widths;
    private final double weights;
    private final double widthSum;
    private final int maxWidth;
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
        int widest = 0;
        for (int n : widths) {
            widest = Math.max(widest, n);
        }
        maxWidth = widest;
        ActivationFunction hidden = ActivationFunction.of(architecture.activation());
        ActivationFunction output = ActivationFunction.of(architecture.output());
        linear = hidden instanceof Identity && output instanceof Identity;
        analytic = depth == 1 ? output.isAnalytic() : hidden.isAnalytic() && output.isAnalytic();
    }

    /** The estimate for one cell of {@code quantity}; a new kind of quantity does not compile until priced. */
    CellCost of(Quantity quantity) {
        return quantity.accept(new Quantity.Cases<>() {
            @Override
            public CellCost taylorResidual(Quantity.TaylorResidual q) {
                return taylor(q.order());
            }

            @Override
            public CellCost hessianNorm(Quantity.HessianNorm q) {
                return hessian(null, null);
            }

            @Override
            public CellCost hessianBlock(Quantity.HessianBlock q) {
                return hessian(q.rows(), q.columns());
            }

            @Override
            public CellCost mixedDerivative(Quantity.MixedDerivative q) {
                return q.blocks().size() == 1 ? gradientNorm() : mixed(q.blocks());
            }

            @Override
            public CellCost tangentKernelChange(Quantity.TangentKernelChange q) {
                return kernel(q.inputs());
            }

            @Override
            public CellCost outputScale(Quantity.OutputScale q) {
                return initScale();
            }

            @Override
            public CellCost preActivationScale(Quantity.PreActivationScale q) {
                return initScale();
            }

            @Override
            public CellCost oneStepChange(Quantity.OneStepChange q) {
                // w0 moved in place to w1 along the gradient's rank-one layers.
                return cost(1, 16, RANDOM + DERIVATIVES + MOVE + FORWARD);
            }

            @Override
            public CellCost featureChange(Quantity.FeatureChange q) {
                return trajectory(q);
            }

            @Override
            public CellCost outputChange(Quantity.OutputChange q) {
                return trajectory(q);
            }

            @Override
            public CellCost lossChange(Quantity.LossChange q) {
                return trajectory(q);
            }
        });
    }

    /**
     * {@code steps} steps of {@code optimizer} from w0 on a batch of {@code batch} inputs
     * ({@link DynamicsMeasure}): w0, then per step one forward and backward pass per input, and
     * at the last point the passes without the gradient; the copy of w0 the trajectory moves is
     * about a pass too. Gradient descent on one input steps from the gradient's factors (one pass
     * to move w); Adam writes the gradient out (about a pass) and moves w by its moment ratio. A
     * larger batch writes each input's gradient (a pass), adds it to the batch's (a pass) after
     * zeroing that (a pass), and then moves w. Memory: w0 and its copy; the gradient unless
     * gradient descent takes one input's factors; the accumulator of a larger batch; Adam's two
     * moment arrays; the derivatives' width-sized workspace (primal, adjoint and tangent buffers,
     * about a dozen) and, per input, its pre-activations at w0 and at the current point.
     */
    private CellCost trajectory(Quantity.DynamicsQuantity q) {
        int steps = q.step();
        int batch = q.setup().batch();
        boolean adam = q.setup().optimizer().adaptive();
        double perStep;
        int weightArrays;
        if (batch == 1) {
            perStep = DERIVATIVES + (adam ? 1 + ADAM_MOVE : 1);
            weightArrays = adam ? 5 : 2;
        } else {
            perStep = batch * (DERIVATIVES + 2) + 1 + (adam ? ADAM_MOVE : 1);
            weightArrays = adam ? 6 : 4;
        }
        return cost(weightArrays, 14 + 2 * batch, RANDOM + 1 + steps * perStep + batch * DERIVATIVES);
    }

    /** w0 only; forward passes over the seeded inputs. */
    private CellCost initScale() {
        return cost(1, 4, RANDOM + InitScaleMeasure.INPUTS * FORWARD);
    }

    /** The number of probe directions the measure of {@code quantity} lists (for the tests). */
    int probeCount(Quantity quantity) {
        return quantity.accept(new ProbeCounts(this, depth));
    }

    private CellCost hessian(List<Integer> rows, List<Integer> columns) {
        boolean full = rows == null;
        int sides = full || new TreeSet<>(rows).equals(new TreeSet<>(columns)) ? 1 : 2;
        List<List<Integer>> chains = chains(full ? ChainGroups.ofSize(depth, 2) : ChainGroups.pairs(rows, columns));
        int probes = 2 + chains.size() + HessianMeasure.RANDOM_PROBES;
        // A block whose sides a narrow layer separates: its norm from 2k tangent passes
        // (SeparatedBlock), k the layer's width; otherwise Lanczos at its cap.
        int neck = sides == 2 ? SeparatedBlock.bottleneck(widths, rows, columns) : -1;
        int rank = neck > 0 ? widths[neck] : 0;
        double value = DERIVATIVES + (neck > 0 ? SEPARATED * rank
                : lanczos(LanczosBudget.VALUES.maxIterations(), operator(rows, columns), false));
        double top = full ? hessianTop() : lanczos(ProbeCatalog.PROBE_ITERATIONS, operator(rows, columns), true) + value;
        double passes = RANDOM + DERIVATIVES + chainPasses(chains) + top
                + HessianMeasure.RANDOM_PROBES * (RANDOM + STREAM) + 2 * probes * (value + MOVE);
        // w0 (moved in place); the derivatives at w0 and at the point, the Lanczos vectors and
        // factor buffers in range coordinates (per side), the factors of the probe directions;
        // a separated block's tangents instead: four width-sized arrays per unit of rank.
        return cost(1, 20 + Math.max(6 * sides, 4 * rank), chainBasis(chains), passes);
    }

    private CellCost taylor(int order) {
        List<List<Integer>> chains = chains(ChainGroups.ofSize(depth, order + 1));
        int probes = 2 + chains.size() + blockTops() + TaylorResidualMeasure.RANDOM_PROBES;
        boolean wholeLine = linear && depth > order;
        double along = (wholeLine ? wholeLine(null) : line(order) + 2 * TaylorResidualMeasure.FRACTIONS.length * ALONG)
                + 2 * RANDOM;
        double passes = RANDOM + DERIVATIVES + chainPasses(chains) + hessianTop()
                + blockTops() * lanczos(ProbeCatalog.PROBE_ITERATIONS, 2 * RANGE_PRODUCT, true)
                + TaylorResidualMeasure.RANDOM_PROBES * (RANDOM + STREAM) + (probes - chains.size()) * along;
        for (List<Integer> chain : chains) {
            // a chain moves only its own layers: a shorter series below and between them
            passes += wholeLine ? wholeLine(chain) + 2 * RANDOM : along;
        }
        if (order <= 2) {
            // A step: the point (moved and undone), its derivatives, H(w0) D, the dot products
            // and norms of D's rows, then the candidates; D streams its start direction again.
            double step = DERIVATIVES + MOVE + (order == 2 ? HVP : 0) + 4 * (STREAM + RANDOM)
                    + TaylorResidualMeasure.STEPS.length * (along + STREAM + RANDOM);
            passes += TaylorResidualMeasure.ASCENT_STEPS * step;
        }
        // w0; the Taylor series of every layer (order + 1 per width), the forward sweep of the
        // 8 line points, the derivatives at w0, the factors of the eigenvector, of the probe
        // directions and of the ascent's gradients and HVPs.
        // A linear network also runs Taylor mode to the degree L of its lines (the whole line).
        int series = 2 * (order + 1) + (wholeLine ? 2 * (depth + 1) : 0);
        return cost(1, 40 + series + 2 * TaylorResidualMeasure.FRACTIONS.length, chainBasis(chains), passes);
    }

    private CellCost kernel(int n) {
        List<List<Integer>> chains = chains(ChainGroups.ofSize(depth, 2));
        int probes = 2 + blockTops() + chains.size() + KernelChangeMeasure.RANDOM_PROBES;
        double point = n * DERIVATIVES + MOVE;
        double passes = RANDOM + point + DERIVATIVES + hessianTop() + chainPasses(chains)
                + blockTops() * lanczos(ProbeCatalog.PROBE_ITERATIONS, 2 * RANGE_PRODUCT, true)
                + KernelChangeMeasure.RANDOM_PROBES * (RANDOM + STREAM) + 2 * probes * point;
        double step = point + n * (HVP + 2) + 4 * (STREAM + RANDOM)
                + KernelChangeMeasure.STEPS.length * (point + 2 * (STREAM + RANDOM));
        passes += KernelChangeMeasure.ASCENT_STEPS * step;
        // w0; the n derivatives at a point and the factors of their gradients, the factors of
        // the eigenvector, of the probe directions and of the ascent's HVPs.
        return cost(1, 14 * (n + 1) + 30, chainBasis(chains), passes);
    }

    private CellCost gradientNorm() {
        // w0 (moved in place); the derivatives at w0 and at the point, gradient factors.
        return cost(1, 24, RANDOM + 2 * (RANDOM + STREAM) + 5 * (DERIVATIVES + MOVE));
    }

    private CellCost mixed(List<List<Integer>> blocks) {
        int b = blocks.size();
        List<List<Integer>> chains = chains(ChainGroups.across(blocks));
        int sets = chains.size() + (b == 2 ? 1 : 0) + MixedDerivativeMeasure.RANDOM_PROBES;
        double polarized = (1 << (b - 1)) * (line(b) + 1);
        double streamed = (1 << (b - 1)) * b * (STREAM + RANDOM);
        double passes = RANDOM + chainPasses(chains) + (b == 2
                ? lanczos(ProbeCatalog.PROBE_ITERATIONS, operator(blocks.get(0), blocks.get(1)), true) : 0)
                + MixedDerivativeMeasure.RANDOM_PROBES * b * (RANDOM + STREAM) + sets * (polarized + streamed)
                + DERIVATIVES + 4 * (polarized + streamed + MOVE);
        // w0 (moved in place); the Taylor series of every layer (B + 1 per width), the factors
        // of the best and the current direction sets (two per layer of each block direction),
        // the derivatives at w0.
        return cost(1, 2 * (b + 1) + 4 * b + 34, chainBasis(chains), passes);
    }

    /** Lanczos on a range-coordinate operator of the given sides; the vector doubles the run. */
    private static double lanczos(int iterations, double product, boolean vector) {
        return START + iterations * product * (vector ? 2 : 1) + (vector ? EXPAND : 0);
    }

    /**
     * Passes of one product of the range-coordinate operator of the block (rows, columns), the
     * Hessian when null: RANGE_PRODUCT per side, or for a linear network only the W matvecs
     * FactoredProduct runs (the others carry exact zeros and are skipped).
     */
    private double operator(List<Integer> rows, List<Integer> columns) {
        TreeSet<Integer> a = new TreeSet<>();
        for (int l = 1; l <= depth; l++) {
            a.add(l);
        }
        TreeSet<Integer> b = new TreeSet<>(a);
        if (rows != null) {
            a = new TreeSet<>(rows);
            b = new TreeSet<>(columns);
        }
        if (!linear) {
            return RANGE_PRODUCT * (a.equals(b) ? 1 : 2);
        }
        return a.equals(b) ? product(a, a) : product(b, a) + product(a, b);
    }

    /**
     * A linear network's product from the input to the output layers: forward tangents above
     * the lowest input layer and below the highest output one, {@code W^T gDot} above the
     * lowest output layer and below the highest input one.
     */
    private double product(TreeSet<Integer> in, TreeSet<Integer> out) {
        double sum = 0;
        for (int l = in.first() + 1; l < out.last(); l++) {
            sum += (double) widths[l] * widths[l - 1];
        }
        for (int l = out.first() + 1; l < in.last(); l++) {
            sum += (double) widths[l] * widths[l - 1];
        }
        return sum / weights;
    }

    private double hessianTop() {
        return lanczos(LanczosBudget.VALUES.maxIterations(), operator(null, null), true);
    }

    /** The Hessian blocks whose top eigenvectors a measure probes (none for a linear network). */
    int blockTops() {
        return linear ? 0 : depth - 1 + (depth > 2 ? 1 : 0);
    }

    /**
     * Taylor mode to the degree L of a linear network's line along a direction on the given
     * layers (all when null): layer l dots its rows with the orders its input can have, once
     * for W and once more for U on a covered layer (TaylorMode skips the exact zeros above).
     */
    private double wholeLine(List<Integer> support) {
        double sum = 0;
        int reached = 0;
        for (int l = 1; l <= depth; l++) {
            boolean covered = support == null || support.contains(l);
            sum += (double) widths[l] * widths[l - 1] * (reached + 1) * (covered ? 2 : 1);
            reached += covered ? 1 : 0;
        }
        return sum / weights;
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
    List<List<Integer>> chains(List<List<Integer>> groups) {
        return linear ? groups.subList(0, Math.min(groups.size(), ProbeCatalog.MAX_CHAIN_GROUPS)) : List.of();
    }

    /**
     * A bounded chain direction per group: Lanczos on {@code A^T A} over each gap between
     * perturbed layers (a forward and a backward chain per iteration; the run keeps its vectors
     * for the Ritz vector, LanczosNorm.KEPT_BASIS), then one pass to write the rank-one direction.
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
                passes += BoundedChainDirections.ITERATIONS * 2 * gap / weights;
            }
        }
        return passes;
    }

    /** The Lanczos vectors a chain direction's run keeps: one per iteration, at most n_max long. */
    private double chainBasis(List<List<Integer>> chains) {
        return chains.isEmpty() ? 0 : (double) BoundedChainDirections.ITERATIONS * maxWidth;
    }

    private CellCost cost(int weightArrays, int widthArrays, double passes) {
        return cost(weightArrays, widthArrays, 0, passes);
    }

    private CellCost cost(int weightArrays, int widthArrays, double extraDoubles, double passes) {
        double bytes = 8 * (weightArrays * weights + widthArrays * widthSum + extraDoubles) + FIXED_BYTES;
        return new CellCost((long) Math.min(Long.MAX_VALUE, bytes), 2 * weights * passes);
    }
}
