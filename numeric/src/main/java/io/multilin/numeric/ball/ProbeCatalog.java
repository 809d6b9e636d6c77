package io.multilin.numeric.ball;

import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The probe directions of MATH.md section 4 for one cell, built lazily: the gradient, the top
 * Hessian eigenvector, top singular vector pairs of Hessian blocks, the rank-one chains of a
 * linear network (exact maximizers of each group of terms) and seeded random directions. All
 * are unit vectors in the full weight space, derived from the cell's seed only.
 */
final class ProbeCatalog {

    /** Lanczos iterations for an eigen- or singular vector used as a probe direction. */
    static final int PROBE_ITERATIONS = 20;
    /** Lanczos iterations for the Hessian at w0, whose eigenvalue is also a measured value. */
    static final int INIT_ITERATIONS = 30;
    /** Relative Ritz residual at which a probe's Lanczos stops early. */
    static final double PROBE_TOLERANCE = 1e-6;
    /** Chain groups evaluated at most per cell (lexicographic order of the layer sets). */
    static final int MAX_CHAIN_GROUPS = 40;

    private final BallCell cell;
    private final ChainDirections chains;
    private LanczosNorm.Result hessianAtInit;

    ProbeCatalog(BallCell cell, ChainDirections chains) {
        this.cell = cell;
        this.chains = chains;
    }

    BallCell cell() { return cell; }

    LanczosNorm.Options lanczos(String purpose, boolean wantVector) {
        return new LanczosNorm.Options(cell.seedFor("lanczos-" + purpose, 0), PROBE_ITERATIONS, PROBE_TOLERANCE,
                wantVector);
    }

    Probe gradient() {
        return new Probe("gradient", () -> unit(cell.gradientAtInit().clone()));
    }

    /** The top Hessian eigenpair at w0 (computed once per cell). */
    LanczosNorm.Result hessianAtInit() {
        if (hessianAtInit == null) {
            hessianAtInit = HessianNorms.hessian(cell.derivativesAtInit(), new LanczosNorm.Options(
                    cell.seedFor("lanczos-hessian", 0), INIT_ITERATIONS, PROBE_TOLERANCE, true));
        }
        return hessianAtInit;
    }

    Probe hessianTop() {
        return new Probe("hessian-top", () -> hessianAtInit().vector().clone());
    }

    /**
     * {@code (left + right) / sqrt 2} of the top singular pair of the block (a, b) at w0: along
     * it the quadratic term of f picks up {@code left . H_ab right} = the block's norm.
     */
    Probe blockTop(List<Integer> rows, List<Integer> columns) {
        String name = "block-top[" + layers(rows) + "," + layers(columns) + "]";
        return new Probe(name, () -> {
            HessianNorms.BlockNorm block = HessianNorms.block(cell.derivativesAtInit(), rows, columns,
                    lanczos(name, true));
            double[] d = block.left().clone();
            if (!rows.equals(columns)) {
                Vectors.axpy(1, block.right(), d);
            }
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
    List<Probe> chains(int size) {
        List<List<Integer>> groups = new ArrayList<>();
        combinations(1, cell.network().depth(), size, new ArrayList<>(), groups);
        return chainProbes(groups);
    }

    /** The chain probes of the groups made of one layer from each block. */
    List<Probe> chainsAcross(List<List<Integer>> blocks) {
        List<List<Integer>> groups = new ArrayList<>();
        product(blocks, 0, new ArrayList<>(), groups);
        return chainProbes(groups);
    }

    private List<Probe> chainProbes(List<List<Integer>> groups) {
        if (!cell.isLinear() || chains == null) {
            return List.of();
        }
        List<Probe> result = new ArrayList<>();
        for (List<Integer> group : groups.subList(0, Math.min(groups.size(), MAX_CHAIN_GROUPS))) {
            long seed = cell.seedFor("chain", group.hashCode());
            result.add(new Probe("chain{" + layers(group) + "}", () -> unit(chains.chain(cell.network(), cell.w0(),
                    cell.input(), group, cell.radius(), seed).direction())));
        }
        return result;
    }

    /** Seeded uniformly random unit directions in the full weight space. */
    List<Probe> randoms(int count) {
        List<Probe> result = new ArrayList<>();
        long seed = cell.seedFor("random", 0);
        for (int i = 1; i <= count; i++) {
            long index = i;
            result.add(new Probe("random#" + i, () -> Initialization.unitDirection(cell.network(), seed, index)));
        }
        return result;
    }

    static double[] unit(double[] v) {
        double norm = Vectors.norm(v);
        if (norm > 0) {
            Vectors.scale(v, 1 / norm);
        }
        return v;
    }

    static String layers(List<Integer> layers) {
        return layers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static void combinations(int from, int to, int size, List<Integer> prefix, List<List<Integer>> out) {
        if (prefix.size() == size) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int l = from; l <= to; l++) {
            prefix.add(l);
            combinations(l + 1, to, size, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static void product(List<List<Integer>> blocks, int i, List<Integer> prefix, List<List<Integer>> out) {
        if (i == blocks.size()) {
            out.add(prefix.stream().sorted().toList());
            return;
        }
        for (int l : blocks.get(i)) {
            prefix.add(l);
            product(blocks, i + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }
}
