package io.multilin.symbolic.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The exponent of every non-empty group S of layers (a bit mask, bit l-1 for layer l), and
 * for every set T the largest exponent among the groups containing T, with the group that
 * attains it. Sups of sums of groups have the exponent of the largest group: the groups are
 * multilinear in disjoint sets of layers, so flipping the signs of single D_l isolates any
 * one group up to a constant factor.
 */
final class GroupTable {

    static final int MAX_DEPTH = 20;

    private final int depth;
    private final ChainSupremum chain;
    private final Fraction[] exponent;
    private final Fraction[] supersetMax;
    private final int[] supersetArgMax;

    GroupTable(ChainSupremum chain, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("at most " + MAX_DEPTH + " layers, got " + depth);
        }
        this.depth = depth;
        this.chain = chain;
        int size = 1 << depth;
        exponent = new Fraction[size];
        supersetMax = new Fraction[size];
        supersetArgMax = new int[size];
        for (int mask = 1; mask < size; mask++) {
            exponent[mask] = chain.exponent(layers(mask));
            supersetMax[mask] = exponent[mask];
            supersetArgMax[mask] = mask;
        }
        supersetArgMax[0] = -1;
        for (int bit = 0; bit < depth; bit++) {
            for (int mask = 0; mask < size; mask++) {
                int with = mask | (1 << bit);
                if (with != mask && supersetArgMax[with] >= 0
                        && (supersetArgMax[mask] < 0 || supersetMax[with].compareTo(supersetMax[mask]) > 0)) {
                    supersetMax[mask] = supersetMax[with];
                    supersetArgMax[mask] = supersetArgMax[with];
                }
            }
        }
    }

    int depth() {
        return depth;
    }

    Fraction exponent(int mask) {
        return exponent[mask];
    }

    /** The group containing every layer of {@code mask} with the largest exponent. */
    int largestGroupContaining(int mask) {
        return supersetArgMax[mask];
    }

    String derivation(int mask) {
        return chain.term(layers(mask)).derivation();
    }

    /** The group with the largest exponent among those with more than {@code k} layers, or -1. */
    int largestGroupLargerThan(int k) {
        int best = -1;
        for (int mask = 1; mask < (1 << depth); mask++) {
            if (Integer.bitCount(mask) > k && (best < 0 || exponent[mask].compareTo(exponent[best]) > 0)) {
                best = mask;
            }
        }
        return best;
    }

    static int[] layers(int mask) {
        int[] s = new int[Integer.bitCount(mask)];
        int k = 0;
        for (int bit = 0; bit < 31; bit++) {
            if ((mask & (1 << bit)) != 0) {
                s[k++] = bit + 1;
            }
        }
        return s;
    }

    static Set<Integer> layerSet(int mask) {
        Set<Integer> set = new TreeSet<>();
        for (int l : layers(mask)) {
            set.add(l);
        }
        return set;
    }

    static int mask(Iterable<Integer> layers) {
        int mask = 0;
        for (int l : layers) {
            mask |= 1 << (l - 1);
        }
        return mask;
    }

    static List<Integer> layerList(int mask) {
        List<Integer> list = new ArrayList<>();
        for (int l : layers(mask)) {
            list.add(l);
        }
        return list;
    }
}
