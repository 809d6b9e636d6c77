package io.multilin.symbolic.exact;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Indexing of the weight entries {@code W_l[i][j]} (layer l from 1, row i < n_l, column
 * j < n_{l-1}) and, when present, of the perturbation entries {@code D_l[i][j]}. The W indices
 * run layer by layer, row-major, so they coincide with the flat parameter vector of the numeric
 * side; the D indices follow in the same order, shifted by the parameter count.
 */
public final class WeightVariables {

    private final int[] widths;
    private final int[] offsets;
    private final boolean perturbed;

    public WeightVariables(int[] widths, boolean withPerturbation) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output width");
        }
        this.widths = widths.clone();
        this.offsets = new int[widths.length];
        for (int l = 1; l < widths.length; l++) {
            if (widths[l - 1] < 1 || widths[l] < 1) {
                throw new IllegalArgumentException("widths must be positive: " + Arrays.toString(widths));
            }
            offsets[l] = offsets[l - 1] + (l == 1 ? 0 : widths[l - 1] * widths[l - 2]);
        }
        this.perturbed = withPerturbation;
    }

    public int[] widths() {
        return widths.clone();
    }

    public int depth() {
        return widths.length - 1;
    }

    public boolean hasPerturbation() {
        return perturbed;
    }

    /** Number of weight entries (the length of the flat parameter vector). */
    public int parameterCount() {
        int last = depth();
        return offsets[last] + widths[last] * widths[last - 1];
    }

    /** Number of variables: the parameters, doubled when perturbations are present. */
    public int variableCount() {
        return perturbed ? 2 * parameterCount() : parameterCount();
    }

    public int w(int layer, int row, int column) {
        checkEntry(layer, row, column);
        return offsets[layer] + row * widths[layer - 1] + column;
    }

    public int d(int layer, int row, int column) {
        if (!perturbed) {
            throw new IllegalStateException("these variables have no perturbation entries");
        }
        return parameterCount() + w(layer, row, column);
    }

    public boolean isPerturbation(int variable) {
        return variable >= parameterCount();
    }

    /** The layer (from 1) a W or D variable belongs to. */
    public int layerOf(int variable) {
        int p = variable % parameterCount();
        int l = depth();
        while (offsets[l] > p) {
            l--;
        }
        return l;
    }

    /** The weight variables, W and D, of one layer. */
    public IntPredicate ofLayer(int layer) {
        return v -> layerOf(v) == layer;
    }

    public IntPredicate perturbations() {
        return this::isPerturbation;
    }

    /**
     * A name without underscores (Symja reads {@code _} as a pattern): {@code w2x0x1} is
     * {@code W_2[0][1]}, {@code d2x0x1} is {@code D_2[0][1]}.
     */
    public String name(int variable) {
        int p = variable % parameterCount();
        int l = layerOf(variable);
        int local = p - offsets[l];
        int row = local / widths[l - 1];
        int column = local % widths[l - 1];
        return (isPerturbation(variable) ? "d" : "w") + l + "x" + row + "x" + column;
    }

    /**
     * The values array for a point: {@code w0} fills the W variables and, when present,
     * {@code delta} the D variables.
     */
    public double[] point(double[] w0, double[] delta) {
        if (w0.length != parameterCount() || (perturbed && delta.length != parameterCount())) {
            throw new IllegalArgumentException("expected " + parameterCount() + " parameters");
        }
        double[] values = Arrays.copyOf(w0, variableCount());
        if (perturbed) {
            System.arraycopy(delta, 0, values, parameterCount(), delta.length);
        }
        return values;
    }

    private void checkEntry(int layer, int row, int column) {
        if (layer < 1 || layer > depth() || row < 0 || row >= widths[layer] || column < 0
                || column >= widths[layer - 1]) {
            throw new IndexOutOfBoundsException("no entry W_" + layer + "[" + row + "][" + column + "] for widths "
                    + Arrays.toString(widths));
        }
    }
}
