package io.multilin.symbolic.exact;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the monomials of f_1 spread their factors over the layers: the distinct vectors
 * (degree in layer 1, ..., degree in layer L), W and D entries of a layer counted together,
 * read off the stored monomials by one scan. The degree of f_1 in a layer, or in a set of
 * layers taken together, is a maximum over these vectors; keeping the vectors (not just the
 * per-layer maxima) is what makes the set question exact, since the maximum of a sum is not
 * the sum of the maxima.
 *
 * <p>The degrees are counted, never inferred from the network's structure, so an expansion that
 * put two factors of one layer in a monomial shows here. A linear network has one vector
 * (1, ..., 1); a polynomial activation gives a few. The scan costs one array look-up per
 * factor: the variable-to-layer table is built once from the index ranges of
 * {@link WeightVariables}, and a term whose vector repeats the previous one is not hashed.
 *
 * @param depth    L, the number of layers
 * @param profiles the distinct vectors, each of length L ({@code get(l - 1)} for layer l);
 *                 empty for the zero polynomial
 */
public record LayerDegrees(int depth, Set<List<Integer>> profiles) {

    public LayerDegrees {
        profiles = Set.copyOf(profiles);
        for (List<Integer> p : profiles) {
            if (p.size() != depth) {
                throw new IllegalArgumentException("a profile has " + p.size() + " layers, not " + depth);
            }
        }
    }

    /** Scans the monomials of {@code polynomial}, whose variables are {@code variables}. */
    public static LayerDegrees of(SparsePolynomial polynomial, WeightVariables variables) {
        int depth = variables.depth();
        int[] layerOf = new int[variables.variableCount()];
        for (int v = 0; v < layerOf.length; v++) {
            layerOf[v] = variables.layerOf(v);
        }
        Set<List<Integer>> found = new LinkedHashSet<>();
        int[] counts = new int[depth + 1];
        int[] previous = new int[depth + 1];
        Arrays.fill(previous, -1); // no count is negative: the first term always records its vector
        polynomial.forEachTerm((vars, from, to, c) -> {
            Arrays.fill(counts, 0);
            for (int k = from; k < to; k++) {
                counts[layerOf[vars[k]]]++;
            }
            if (!Arrays.equals(counts, previous)) {
                found.add(Arrays.stream(counts, 1, depth + 1).boxed().toList());
                System.arraycopy(counts, 0, previous, 0, counts.length);
            }
        });
        return new LayerDegrees(depth, found);
    }

    /** Degree in the entries of one layer; -1 for the zero polynomial. */
    public int inLayer(int layer) {
        return inLayers(List.of(layer));
    }

    /**
     * Degree in the entries of a set of layers taken together (a layer outside 1..L has no
     * entries); -1 for the zero polynomial.
     */
    public int inLayers(Collection<Integer> layers) {
        Set<Integer> set = Set.copyOf(layers);
        int max = -1;
        for (List<Integer> p : profiles) {
            int sum = 0;
            for (int l : set) {
                sum += l >= 1 && l <= depth ? p.get(l - 1) : 0;
            }
            max = Math.max(max, sum);
        }
        return max;
    }
}
