package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code sup |D^B f(w)[D_1, ..., D_B]|} over unit directions {@code D_i} supported on block i
 * and points w of the ball. The mixed derivative comes from order-B line coefficients by
 * polarization: {@code D^B f[D_1..D_B] = 2^{-B} sum_{e in {+-1}^B} (prod e_i) c_B(sum e_i D_i)}
 * ({@code c_B(v) = D^B f[v,..,v] / B!}); the terms of e and -e are equal, so half the sign
 * patterns suffice. For B = 1 the supremum over unit D_1 is exactly the norm of the gradient
 * restricted to the block.
 */
final class MixedDerivativeMeasure {

    static final int RANDOM_PROBES = 3;

    /** One unit direction per block, with the probe's name. */
    private record DirectionSet(String name, Supplier<RowSource[]> directions) {
    }

    private record Sample(double value, double floor) {
    }

    private final ProbeCatalog catalog;
    private final BallCell cell;
    private final List<List<Integer>> blocks;
    private final double relative;
    private LineCoefficients line;

    MixedDerivativeMeasure(ProbeCatalog catalog, List<List<Integer>> blocks) {
        this.catalog = catalog;
        this.cell = catalog.cell();
        this.blocks = List.copyOf(blocks);
        this.relative = Precision.relative(cell.network());
        check(blocks, cell.network().depth());
    }

    private static void check(List<List<Integer>> blocks, int depth) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a mixed derivative needs at least one block");
        }
        Set<Integer> seen = new HashSet<>();
        for (List<Integer> block : blocks) {
            if (block.isEmpty()) {
                throw new IllegalArgumentException("empty block in " + blocks);
            }
            for (int l : block) {
                if (l < 1 || l > depth) {
                    throw new IllegalArgumentException("layer " + l + " of " + blocks + " is not in 1.." + depth);
                }
                if (!seen.add(l)) {
                    throw new IllegalArgumentException("blocks " + blocks + " are not disjoint: layer " + l
                            + " appears twice");
                }
            }
        }
    }

    PointValue measure() throws InterruptedException {
        return blocks.size() == 1 ? gradientNorm() : mixed();
    }

    /** B = 1: {@code ||grad_block f(w)||} at w0 and at {@code w0 +- R u}. */
    private PointValue gradientNorm() throws InterruptedException {
        Best best = new Best();
        List<Probe> probes = new ArrayList<>();
        probes.add(catalog.gradient());
        probes.addAll(catalog.randoms(1));
        offerGradient(best, cell.w0(), "init");
        for (Probe probe : probes) {
            RowSource u = probe.direction().get();
            for (int sign = 1; sign >= -1; sign -= 2) {
                BallCell.checkInterrupted();
                String name = (sign > 0 ? "+" : "-") + probe.name();
                cell.at(u, sign * cell.radius(), w -> offerGradient(best, w, name));
            }
        }
        return best.toPointValue();
    }

    /** The block's gradient norm from the rank-one layers {@code alpha_l g_l a_{l-1}^T}. */
    private Void offerGradient(Best best, double[] w, String name) {
        Derivatives derivatives = new Derivatives(cell.network(), w, cell.input());
        FactoredRows grad = FactoredRows.gradient(derivatives);
        double squares = 0;
        for (int l : blocks.get(0)) {
            double n = grad.layerNorm(l);
            squares += n * n;
        }
        best.offer(Math.sqrt(squares), relative * derivatives.gradientNorm(), name);
        return null;
    }

    private PointValue mixed() throws InterruptedException {
        line = LineCoefficients.of(cell.network(), blocks.size());
        Best best = new Best();
        ProbeList chains = catalog.chainsAcross(blocks);
        best.drop(chains.dropped());
        RowSource[] bestSet = null;
        String setName = null;
        for (DirectionSet set : directionSets(chains.probes())) {
            BallCell.checkInterrupted();
            RowSource[] directions = set.directions().get();
            Sample sample = at(cell.w0(), directions);
            double before = best.value();
            best.offer(sample.value(), sample.floor(), "init:" + set.name() + "/" + line.method());
            if (best.value() > before) {
                bestSet = directions;
                setName = set.name() + "/" + line.method();
            }
        }
        if (bestSet == null) {
            return best.toPointValue();
        }
        // Ball points: along the best set's sum (both signs), along the gradient.
        double[] ones = new double[bestSet.length];
        java.util.Arrays.fill(ones, 1);
        RowSource sum = catalog.unit(Rows.combination(ones, bestSet));
        RowSource[] set = bestSet;
        List<Probe> moves = List.of(new Probe("sum", () -> sum), catalog.gradient());
        for (Probe move : moves) {
            RowSource u = move.direction().get();
            for (int sign = 1; sign >= -1; sign -= 2) {
                BallCell.checkInterrupted();
                Sample sample = cell.at(u, sign * cell.radius(), w -> at(w, set));
                best.offer(sample.value(), sample.floor(), (sign > 0 ? "+" : "-") + move.name() + ":" + setName);
            }
        }
        return best.toPointValue();
    }

    /** The mixed derivative at w along per-block directions (value only), for cross-checks. */
    double mixedAt(double[] w, RowSource[] directions) {
        if (line == null) {
            line = LineCoefficients.of(cell.network(), blocks.size());
        }
        return at(w, directions).value();
    }

    /** The mixed derivative at w along the per-block unit directions, by polarization. */
    private Sample at(double[] w, RowSource[] directions) {
        int count = directions.length;
        double sum = 0;
        double magnitude = 0;
        double error = 0;
        for (int pattern = 0; pattern < 1 << (count - 1); pattern++) {
            double[] signs = new double[count];
            signs[0] = 1;
            int sign = 1;
            for (int i = 1; i < count; i++) {
                int e = (pattern >> (i - 1) & 1) == 0 ? 1 : -1;
                sign *= e;
                signs[i] = e;
            }
            RowSource v = Rows.combination(signs, directions);
            LineCoefficients.Coefficients c = line.along(w, v, cell.input(), cell.radius());
            sum += sign * c.values()[count];
            magnitude += c.magnitude(1);
            error += c.errors()[count];
        }
        double factor = Math.scalb(1.0, 1 - count);
        return new Sample(Math.abs(factor * sum), factor * (relative * magnitude + error));
    }

    /** The chains first (linear networks: exact maximizers), the block-top pair, then randoms. */
    private List<DirectionSet> directionSets(List<Probe> chains) {
        List<DirectionSet> sets = new ArrayList<>();
        for (Probe chain : chains) {
            sets.add(new DirectionSet(chain.name(), () -> split(chain.direction().get())));
        }
        if (blocks.size() == 2) {
            String name = "block-top[" + ProbeCatalog.layers(blocks.get(0)) + "," + ProbeCatalog.layers(blocks.get(1))
                    + "]";
            sets.add(new DirectionSet(name, () -> {
                HessianNorms.BlockRows norm = HessianNorms.blockRows(cell.derivativesAtInit(), blocks.get(0),
                        blocks.get(1), catalog.lanczos(name, true));
                return new RowSource[] {norm.left(), norm.right()};
            }));
        }
        long seed = cell.seedFor("mixed-random", 0);
        for (int r = 1; r <= RANDOM_PROBES; r++) {
            long index = r;
            sets.add(new DirectionSet("random#" + r, () -> {
                RowSource[] d = new RowSource[blocks.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = catalog.unit(Initialization.directionRows(cell.network(), seed, index * 64 + i,
                            blocks.get(i)));
                }
                return d;
            }));
        }
        return sets;
    }

    /** The parts of a direction on each block, each normalized. */
    private RowSource[] split(RowSource direction) {
        FactoredRows chain = (FactoredRows) direction;
        RowSource[] parts = new RowSource[blocks.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = catalog.unit(chain.restrict(blocks.get(i)));
        }
        return parts;
    }
}
