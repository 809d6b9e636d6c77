package io.multilin.check.sides;

import java.util.List;

/**
 * The exact expansion of a small instance of a network (every m-width set to 2), grouped by the
 * set of perturbed layers, as the symbolic side typesets it: for each group its layers, its
 * number of terms and the LaTeX of its first terms (computer-algebra output, shown as given).
 *
 * @param widths the small instance's widths
 * @param groups every group, lowest order first
 */
public record SmallExpansion(List<Integer> widths, List<Group> groups) {

    public SmallExpansion {
        widths = List.copyOf(widths);
        groups = List.copyOf(groups);
    }

    /** The terms where exactly the layers {@code perturbedLayers} contribute a perturbation. */
    public record Group(List<Integer> perturbedLayers, int termCount, String latex) {
        public Group {
            perturbedLayers = List.copyOf(perturbedLayers);
        }
    }
}
