package io.multilin.symbolic.exact;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.form.tex.TeXFormFactory;
import org.matheclipse.core.interfaces.IExpr;

/**
 * LaTeX of the small-instance expansion of f(W0 + D), grouped by the set S of perturbed
 * layers, for reports. The architecture is instantiated with every m-width set to 2; the
 * input entries x_j and the multipliers alpha_l stay symbols so the structure is visible.
 */
public final class SymjaLatex {

    /** One group: its perturbed layers, its number of terms, and (possibly truncated) LaTeX. */
    public record Group(Set<Integer> perturbedLayers, int termCount, String latex) {
        public Group {
            perturbedLayers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(perturbedLayers));
        }
    }

    /** Groups with more terms than this are cut, ending in {@code + \cdots}. */
    public static final int SHOWN_TERMS = 6;

    private static final Pattern NAME = Pattern.compile("\\b(w|d)(\\d+)x(\\d+)x(\\d+)\\b|\\b(x|alpha)(\\d+)\\b");

    private SymjaLatex() {
    }

    /** The widths with every m-width replaced by 2. */
    public static int[] smallWidths(Architecture architecture) {
        return architecture.widths().stream().mapToInt(w -> w.isFixed() ? ((Width.Fixed) w).size() : 2).toArray();
    }

    public static List<Group> groups(Architecture architecture) {
        return groups(architecture, SHOWN_TERMS);
    }

    /** The groups, each cut after {@code shownTerms} terms (a report line holds two or three). */
    public static List<Group> groups(Architecture architecture, int shownTerms) {
        int[] widths = smallWidths(architecture);
        if (architecture.activation().equals(Activation.LINEAR) && architecture.output().equals(Activation.LINEAR)) {
            return PathGroups.of(widths, shownTerms);
        }
        return expandedGroups(architecture, widths, shownTerms);
    }

    /** The groups of any polynomial network, from Symja's whole expansion (slow: small instances only). */
    static List<Group> expandedGroups(Architecture architecture, int[] widths, int shownTerms) {
        ConcreteNetwork network = new ConcreteNetwork(widths, architecture.activation(), architecture.output(),
                new double[widths[0]], new double[widths.length - 1]);
        WeightVariables vars = new WeightVariables(widths, true);
        IExpr[] input = new IExpr[widths[0]];
        for (int j = 0; j < input.length; j++) {
            input[j] = F.symbol("x" + j);
        }
        IExpr[] multipliers = new IExpr[widths.length - 1];
        for (int l = 0; l < multipliers.length; l++) {
            multipliers[l] = F.symbol("alpha" + (l + 1));
        }
        IExpr expanded = SymjaExpansion.expand(SymjaExpansion.forward(network, vars, input, multipliers));
        Map<String, Integer> perturbationLayer = new HashMap<>();
        for (int v = vars.parameterCount(); v < vars.variableCount(); v++) {
            perturbationLayer.put(vars.name(v), vars.layerOf(v));
        }
        Map<Set<Integer>, List<IExpr>> byGroup = new TreeMap<>(LayerSets.ORDER);
        for (IExpr term : expanded.isPlus() ? SymjaExpansion.args(expanded) : List.of(expanded)) {
            Set<Integer> s = new TreeSet<>();
            collectLayers(term, perturbationLayer, s);
            byGroup.computeIfAbsent(s, k -> new ArrayList<>()).add(term);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((s, terms) -> groups.add(new Group(s, terms.size(),
                latex(terms.subList(0, Math.min(shownTerms, terms.size())), terms.size()))));
        return groups;
    }

    private static void collectLayers(IExpr e, Map<String, Integer> perturbationLayer, Set<Integer> into) {
        if (e.isSymbol()) {
            Integer layer = perturbationLayer.get(e.toString());
            if (layer != null) {
                into.add(layer);
            }
        } else if (e.isAST()) {
            for (IExpr arg : SymjaExpansion.args(e)) {
                collectLayers(arg, perturbationLayer, into);
            }
        }
    }

    /** The shown terms as LaTeX, with the count of the rest when {@code total} is larger. */
    static String latex(List<IExpr> shown, int total) {
        IExpr sum = shown.size() == 1 ? shown.get(0) : F.Plus(shown.toArray(new IExpr[0]));
        StringBuilder b = new StringBuilder();
        new TeXFormFactory().convert(b, sum);
        String tex = prettyNames(b.toString());
        if (total > shown.size()) {
            tex += " + \\cdots \\quad (" + total + "\\text{ terms, " + shown.size() + " shown})";
        }
        return tex;
    }

    /** {@code w2x0x1} becomes {@code W^{(2)}_{0,1}}, {@code d2x0x1} becomes {@code D^{(2)}_{0,1}}. */
    static String prettyNames(String tex) {
        Matcher m = NAME.matcher(tex.replaceAll("\\\\text\\{([a-z0-9]+)\\}", "$1"));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                String letter = m.group(1).equals("w") ? "W" : "D";
                replacement = letter + "^{(" + m.group(2) + ")}_{" + m.group(3) + "," + m.group(4) + "}";
            } else {
                replacement = (m.group(5).equals("x") ? "x" : "\\alpha") + "_{" + m.group(6) + "}";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement + " "));
        }
        m.appendTail(b);
        return b.toString().replace("\\cdot", "\\,").replaceAll(" +", " ").replace(" }", "}").trim();
    }
}
