package io.multilin.numeric.engine;

import java.util.Arrays;

/**
 * Where each layer's weight matrix lives in the flat vector of all P trainable entries:
 * layers 1..L in order, {@code W_l} row-major of shape {@code n_l x n_{l-1}}.
 */
public final class ParameterLayout {

    private final int[] widths;
    private final long[] offsets;
    private final int total;

    public ParameterLayout(int[] widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("a network needs at least two widths");
        }
        this.widths = widths.clone();
        offsets = new long[widths.length];
        long sum = 0;
        for (int l = 1; l < widths.length; l++) {
            offsets[l] = sum;
            sum += (long) widths[l] * widths[l - 1];
        }
        if (sum > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many parameters for one flat array: " + sum);
        }
        total = (int) sum;
    }

    public int depth() {
        return widths.length - 1;
    }

    /** Width {@code n_i}, i in 0..L. */
    public int width(int i) {
        return widths[i];
    }

    /** Rows of {@code W_l} ({@code n_l}). */
    public int rows(int l) {
        return widths[l];
    }

    /** Columns of {@code W_l} ({@code n_{l-1}}). */
    public int columns(int l) {
        return widths[l - 1];
    }

    /** Offset of {@code W_l[0][0]} in the flat vector. */
    public int offset(int l) {
        checkLayer(l);
        return (int) offsets[l];
    }

    /** Number of entries of {@code W_l}. */
    public int size(int l) {
        checkLayer(l);
        return widths[l] * widths[l - 1];
    }

    /** P, the number of trainable entries. */
    public int total() {
        return total;
    }

    /** Offsets of every layer (index 0 unused, -1), as the sliced HVP expects. */
    int[] fullOffsets() {
        int[] result = new int[widths.length];
        result[0] = -1;
        for (int l = 1; l < widths.length; l++) {
            result[l] = (int) offsets[l];
        }
        return result;
    }

    /** Norm of the part of {@code v} that belongs to layer l. */
    public double layerNorm(double[] v, int l) {
        int off = offset(l);
        double s = 0;
        for (int i = off, end = off + size(l); i < end; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }

    private void checkLayer(int l) {
        if (l < 1 || l >= widths.length) {
            throw new IllegalArgumentException("layer " + l + " is not in 1.." + depth());
        }
    }

    @Override
    public String toString() {
        return "ParameterLayout" + Arrays.toString(widths) + " P=" + total;
    }
}
