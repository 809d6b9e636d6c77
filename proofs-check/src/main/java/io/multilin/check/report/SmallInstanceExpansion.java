package io.multilin.check.report;

import io.multilin.architecture.Architecture;
import io.multilin.check.sides.SmallExpansion;
import io.multilin.check.sides.SymbolicSide;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Formula;
import io.multilin.reports.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exact expansion of a small instance of the network (every m-width set to 2) grouped by
 * the set of perturbed layers, as the symbolic side typesets it (through its port). Only networks
 * the side expands get one (linear networks: they are multilinear in the layers, so the
 * expansion stays small); deep networks show their lowest-order groups only, since there are
 * 2^L of them.
 */
final class SmallInstanceExpansion {

    static final int MAX_GROUPS = 8;
    static final int MAX_DEPTH = 8;
    static final int SHOWN_TERMS = 2;

    private final SymbolicSide symbolic;

    SmallInstanceExpansion(SymbolicSide symbolic) {
        this.symbolic = symbolic;
    }

    List<Block> blocks(Architecture architecture) {
        if (!symbolic.expands(architecture)) {
            return List.of();
        }
        if (architecture.depth() > MAX_DEPTH) {
            return List.of(new Paragraph("The exact expansion of a small instance is left out: depth "
                    + architecture.depth() + " has " + ((1L << architecture.depth()) - 1) + " groups of terms."));
        }
        List<Block> blocks = new ArrayList<>();
        SmallExpansion expansion;
        try {
            expansion = symbolic.smallInstance(architecture, SHOWN_TERMS);
        } catch (RuntimeException e) {
            return List.of(new Paragraph("The exact expansion of a small instance could not be computed: " + e.getMessage()));
        }
        List<SmallExpansion.Group> groups = expansion.groups();
        blocks.add(new Paragraph("Exact expansion of f(W + D) for the small instance with widths "
                + expansion.widths()
                + ", grouped by the set S of perturbed layers (the terms where exactly the layers of S contribute"
                + " a perturbation D). " + (groups.size() > MAX_GROUPS ? "The first " + MAX_GROUPS + " of "
                + groups.size() + " groups are shown." : "")));
        for (SmallExpansion.Group g : groups.subList(0, Math.min(MAX_GROUPS, groups.size()))) {
            String layers = g.perturbedLayers().stream().map(String::valueOf).collect(Collectors.joining(", "));
            try {
                blocks.add(Formula.trustedMath("S = \\{" + layers + "\\}:\\quad " + g.latex()));
            } catch (IllegalArgumentException e) {
                blocks.add(new Paragraph("S = {" + layers + "}: " + g.termCount() + " terms (formula withheld: "
                        + e.getMessage() + ")"));
            }
        }
        return blocks;
    }
}
