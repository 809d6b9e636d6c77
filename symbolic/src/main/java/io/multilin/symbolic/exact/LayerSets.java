package io.multilin.symbolic.exact;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Sets of layers in report order: by size, then lexicographically. */
public final class LayerSets {

    private LayerSets() {
    }

    public static final Comparator<Set<Integer>> ORDER = Comparator.<Set<Integer>>comparingInt(Set::size)
            .thenComparing(s -> List.copyOf(new TreeSet<>(s)), LayerSets::lexicographic);

    private static int lexicographic(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** {@code {1,3}} style. */
    public static String spelling(Set<Integer> layers) {
        StringBuilder b = new StringBuilder("{");
        for (int l : new TreeSet<>(layers)) {
            b.append(b.length() == 1 ? "" : ",").append(l);
        }
        return b.append('}').toString();
    }
}
