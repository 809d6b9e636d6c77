package io.multilin.numeric.ball;

import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The probe directions of docs/MEANING.md section 4 for one cell, built lazily: the gradient, the top
 * Hessian eigenvector, top singular vector pairs of Hessian blocks, the rank-one chains of a
 * linear network (exact maximizers of each group of terms) and seeded random directions. All
 * are unit vectors in the full weight space, derived from the cell's seed only, and given row
 * by row: the gradient and the chains as rank-one factors, eigen- and singular vectors in range
 * coordinates plus a streamed Gaussian, random directions streamed (see {@link BallCell}).
 */
final class ProbeCatalog {

    /** Lanczos iterations for an eigen- or singular vector used only as a probe direction. */
    static final int PROBE_ITERATIONS = 20;
    /** Relative Ritz residual at which a probe direction's Lanczos stops early. */
    static final double PROBE_TOLERANCE = 1e-6;
    /**
     * Chain groups evaluated at most per list (lexicographic order of the layer sets), a safety
     * budget for deep networks only: the library's networks (depth <= 8) have at most
     * C(8, 4) = 70 groups per list. Groups beyond it are reported as dropped.
     */
    static final int MAX_CHAIN_GROUPS = 128;

    private final BallCell cell;
    private final ChainDirections chains;
    private final LanczosBudget values;
    private HessianNorms.HessianRows hessianAtInit;

    ProbeCatalog(BallCell cell, ChainDirections chains) {
        this(cell, chains, LanczosBudget.VALUES);
    }

    /** With the Lanczos budget of measured values (tests shrink it to see non-convergence). */
    ProbeCatalog(BallCell cell, ChainDirections chains, LanczosBudget values) {
        this.cell = cell;
        this.chains = chains;
        this.values = values;
    }

    BallCell cell() { return cell; }

    /** The budget of every eigen- or singular value measured in this cell. */
    LanczosBudget values() { return values; }

    LanczosNorm.Options lanczos(String purpose, boolean wantVector) {
        return new LanczosNorm.Options(cell.seedFor("lanczos-" + purpose, 0), PROBE_ITERATIONS, PROBE_TOLERANCE,
                wantVector);
    }

    Probe gradient() {
        return new Probe("gradient", () -> unit(cell.gradientAtInit()));
    }

    /**
     * The top Hessian eigenpair at w0 (computed once per cell). Its eigenvalue is also a measured
     * value (the Hessian norm at w0), hence the value budget rather than the probe one.
     */
    HessianNorms.HessianRows hessianAtInit() {
        if (hessianAtInit == null) {
            hessianAtInit = HessianNorms.hessianRows(cell.derivativesAtInit(),
                    values.options(cell.seedFor("lanczos-hessian", 0), true));
        }
        return hessianAtInit;
    }

    Probe hessianTop() {
        return new Probe("hessian-top", () -> hessianAtInit().vector());
    }

    /**
     * {@code (left + right) / sqrt 2} of the top singular pair of the block (a, b) at w0: along
     * it the quadratic term of f picks up {@code left . H_ab right} = the block's norm.
     */
    Probe blockTop(List<Integer> rows, List<Integer> columns) {
        String name = "block-top[" + layers(rows) + "," + layers(columns) + "]";
        return new Probe(name, () -> {
            HessianNorms.BlockRows block = HessianNorms.blockRows(cell.derivativesAtInit(), rows, columns,
                    lanczos(name, true));
            RowSource d = rows.equals(columns) ? block.left()
                    : Rows.combination(new double[] {1, 1}, block.left(), block.right());
            return unit(d);
        });
    }

    /** Block probes of every adjacent pair of layers and of the first with the last layer. */
    List<Probe> blockTops() {
        List<Probe> result = new ArrayList<>();
        int depth = cell.network().depth();
        for (int l = 1; l < depth; l++) {
            result.add(blockTop(List.of(l), List.of(l + 1)));
        }
        if (depth > 2) {
            result.add(blockTop(List.of(1), List.of(depth)));
        }
        return result;
    }

    /** The chain probes of every group of {@code size} layers (linear networks only). */
    ProbeList chains(int size) {
        return chainProbes(ChainGroups.ofSize(cell.network().depth(), size));
    }

    /** The chain probes of the groups made of one layer from each block. */
    ProbeList chainsAcross(List<List<Integer>> blocks) {
        return chainProbes(ChainGroups.across(blocks));
    }

    /** The chain probes of the pairs with one layer in rows and another in columns. */
    ProbeList chainPairs(List<Integer> rows, List<Integer> columns) {
        return chainProbes(ChainGroups.pairs(rows, columns));
    }

    private ProbeList chainProbes(List<List<Integer>> groups) {
        if (!cell.isLinear() || chains == null) {
            return ProbeList.of();
        }
        List<Probe> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (List<Integer> group : groups) {
            String name = chainName(group);
            if (kept.size() == MAX_CHAIN_GROUPS) {
                dropped.add(name + ": beyond the budget of " + MAX_CHAIN_GROUPS + " chain groups (" + groups.size()
                        + " listed)");
                continue;
            }
            long seed = cell.seedFor("chain", group.hashCode());
            kept.add(new Probe(name, () -> unit(chains.chain(cell.network(), cell.w0(), cell.input(), group,
                    cell.radius(), seed).direction())));
        }
        return new ProbeList(kept, dropped);
    }

    static String chainName(List<Integer> group) {
        return "chain{" + layers(group) + "}";
    }

    /** Seeded uniformly random unit directions in the full weight space. */
    List<Probe> randoms(int count) {
        List<Probe> result = new ArrayList<>();
        long seed = cell.seedFor("random", 0);
        for (int i = 1; i <= count; i++) {
            long index = i;
            result.add(new Probe("random#" + i, () -> unit(Initialization.directionRows(cell.network(), seed, index,
                    null))));
        }
        return result;
    }

    RowSource unit(RowSource v) {
        return Rows.unit(v, cell.network().layout());
    }

    static String layers(List<Integer> layers) {
        return layers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
