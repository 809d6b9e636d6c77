package io.multilin.check.report;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Formula;
import io.multilin.reports.model.Paragraph;
import io.multilin.symbolic.exact.SymjaLatex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact expansion of a small instance of the network (every m-width set to 2) grouped by
 * the set of perturbed layers, as computer-algebra LaTeX. Only linear networks get one (they are
 * multilinear in the layers, so the expansion stays small);
 * deep networks show their lowest-order groups only, since there are 2^L of them.
 */
final class SmallInstanceExpansion {

    static final int MAX_GROUPS = 8;
    static final int MAX_DEPTH = 8;
    static final int SHOWN_TERMS = 2;

    List<Block> blocks(Architecture architecture) {
        boolean linear = architecture.activation() instanceof Activation.Linear
                && architecture.output() instanceof Activation.Linear;
        if (!linear) {
            // a polynomial activation multiplies the degree at every layer: even the instance with
            // widths 2 has more terms than a report (or Symja, in minutes) can take
            return List.of();
        }
        if (architecture.depth() > MAX_DEPTH) {
            return List.of(new Paragraph("The exact expansion of a small instance is left out: depth "
                    + architecture.depth() + " has " + ((1L << architecture.depth()) - 1) + " groups of terms."));
        }
        List<Block> blocks = new ArrayList<>();
        List<SymjaLatex.Group> groups;
        try {
            groups = SymjaLatex.groups(architecture, SHOWN_TERMS);
        } catch (RuntimeException e) {
            return List.of(new Paragraph("The exact expansion of a small instance could not be computed: " + e.getMessage()));
        }
        blocks.add(new Paragraph("Exact expansion of f(W + D) for the small instance with widths "
                + Arrays.toString(SymjaLatex.smallWidths(architecture))
                + ", grouped by the set S of perturbed layers (the terms where exactly the layers of S contribute"
                + " a perturbation D). " + (groups.size() > MAX_GROUPS ? "The first " + MAX_GROUPS + " of "
                + groups.size() + " groups are shown." : "")));
        for (SymjaLatex.Group g : groups.subList(0, Math.min(MAX_GROUPS, groups.size()))) {
            String layers = g.perturbedLayers().toString().replace('[', '{').replace(']', '}');
            try {
                blocks.add(Formula.trustedMath("S = \\{" + layers.substring(1, layers.length() - 1) + "\\}:\\quad "
                        + g.latex()));
            } catch (IllegalArgumentException e) {
                blocks.add(new Paragraph("S = " + layers + ": " + g.termCount() + " terms (formula withheld: " + e.getMessage() + ")"));
            }
        }
        return blocks;
    }
}
