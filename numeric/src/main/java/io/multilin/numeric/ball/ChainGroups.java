package io.multilin.numeric.ball;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The groups of perturbed layers whose rank-one chains are probes (linear networks): pure
 * combinatorics of layer numbers, so that the measures and the cost estimate count the same
 * groups without building a network.
 */
final class ChainGroups {

    private ChainGroups() {
    }

    /** Every set of {@code size} layers of 1..depth, in lexicographic order. */
    static List<List<Integer>> ofSize(int depth, int size) {
        List<List<Integer>> groups = new ArrayList<>();
        combinations(1, depth, size, new ArrayList<>(), groups);
        return groups;
    }

    /** The groups made of one layer from each block (blocks disjoint), in lexicographic order. */
    static List<List<Integer>> across(List<List<Integer>> blocks) {
        List<List<Integer>> groups = new ArrayList<>();
        product(blocks, 0, new ArrayList<>(), groups);
        return groups;
    }

    /**
     * The pairs {@code {a, b}}, a a row layer, b a column layer, {@code a != b}: the groups whose
     * term has a nonzero second derivative in the block (rows, columns). For a diagonal block
     * these are the pairs inside it; a layer alone has none (f is linear in each layer).
     */
    static List<List<Integer>> pairs(List<Integer> rows, List<Integer> columns) {
        TreeSet<List<Integer>> pairs = new TreeSet<>(ChainGroups::compare);
        for (int a : rows) {
            for (int b : columns) {
                if (a != b) {
                    pairs.add(List.of(Math.min(a, b), Math.max(a, b)));
                }
            }
        }
        return new ArrayList<>(pairs);
    }

    private static int compare(List<Integer> x, List<Integer> y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
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
