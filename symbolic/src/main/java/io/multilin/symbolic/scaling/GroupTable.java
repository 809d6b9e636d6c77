package io.multilin.symbolic.scaling;

import io.multilin.architecture.notation.Step;

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
    /** Every exponent times {@link #denominator}: exact, and cheap to add and compare. */
    private final long[] scaled;
    private final long denominator;
    private final int[] supersetArgMax;

    GroupTable(ChainSupremum chain, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("at most " + MAX_DEPTH + " layers, got " + depth);
        }
        this.depth = depth;
        this.chain = chain;
        this.denominator = commonDenominator(chain, depth);
        int size = 1 << depth;
        scaled = new long[size];
        for (int mask = 1; mask < size; mask++) {
            scaled[mask] = incremental(mask);
        }
        supersetArgMax = new int[size];
        long[] supersetMax = scaled.clone();
        for (int mask = 1; mask < size; mask++) {
            supersetArgMax[mask] = mask;
        }
        supersetArgMax[0] = -1;
        for (int bit = 0; bit < depth; bit++) {
            for (int mask = 0; mask < size; mask++) {
                int with = mask | (1 << bit);
                if (with != mask && (supersetArgMax[mask] < 0 || supersetMax[with] > supersetMax[mask])) {
                    supersetMax[mask] = supersetMax[with];
                    supersetArgMax[mask] = supersetArgMax[with];
                }
            }
        }
    }

    /**
     * The chain exponent is a sum over consecutive perturbed layers, so adding a new highest
     * layer h after p changes it by between(p, h) + output(h) - output(p) + multiplier(h): one
     * step per mask instead of a whole chain, which keeps 20 layers (10^6 groups) fast.
     */
    private long incremental(int mask) {
        int h = 31 - Integer.numberOfLeadingZeros(mask);
        int rest = mask ^ (1 << h);
        int top = h + 1;
        long step = scale(chain.multiplier(top)) + scale(chain.output(top));
        if (rest == 0) {
            return scale(chain.input(top)) + step;
        }
        int p = 32 - Integer.numberOfLeadingZeros(rest);
        return scaled[rest] - scale(chain.output(p)) + scale(chain.between(p, top)) + step;
    }

    private long scale(Fraction f) {
        return (long) f.getNumerator() * (denominator / f.getDenominator());
    }

    private static long commonDenominator(ChainSupremum chain, int depth) {
        long lcm = 1;
        for (int l = 1; l <= depth; l++) {
            lcm = lcm(lcm, chain.input(l).getDenominator());
            lcm = lcm(lcm, chain.output(l).getDenominator());
            lcm = lcm(lcm, chain.multiplier(l).getDenominator());
            for (int hi = l + 1; hi <= depth; hi++) {
                lcm = lcm(lcm, chain.between(l, hi).getDenominator());
            }
        }
        return lcm;
    }

    private static long lcm(long a, long b) {
        return a / java.math.BigInteger.valueOf(a).gcd(java.math.BigInteger.valueOf(b)).longValueExact() * b;
    }

    int depth() {
        return depth;
    }

    Fraction exponent(int mask) {
        return new Fraction(Math.toIntExact(scaled[mask]), Math.toIntExact(denominator));
    }

    /** The group containing every layer of {@code mask} with the largest exponent. */
    int largestGroupContaining(int mask) {
        return supersetArgMax[mask];
    }

    Step derivation(int mask) {
        return chain.term(layers(mask)).derivation();
    }

    /** The group with the largest exponent among those with more than {@code k} layers, or -1. */
    int largestGroupLargerThan(int k) {
        int best = -1;
        for (int mask = 1; mask < (1 << depth); mask++) {
            if (Integer.bitCount(mask) > k && (best < 0 || scaled[mask] > scaled[best])) {
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
}
