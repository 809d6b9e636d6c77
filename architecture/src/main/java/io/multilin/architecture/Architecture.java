package io.multilin.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully connected network without biases, as docs/MEANING.md section 1 defines it: widths
 * {@code n_0..n_L} (fixed or in m), the hidden activation, the output nonlinearity and the
 * parameterization. This is the one vocabulary the symbolic and the numeric side share.
 */
public record Architecture(List<Width> widths, Activation activation, Activation output,
                           Parameterization parameterization) {

    public Architecture {
        widths = List.copyOf(widths);
        if (widths.size() < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output width");
        }
        if (!widths.get(0).isFixed() || !widths.get(widths.size() - 1).isFixed()) {
            throw new IllegalArgumentException("input and output widths must be fixed integers");
        }
    }

    /** A network with a linear output layer. */
    public Architecture(List<Width> widths, Activation activation, Parameterization parameterization) {
        this(widths, activation, Activation.LINEAR, parameterization);
    }

    /** Number of weight matrices L. */
    public int depth() {
        return widths.size() - 1;
    }

    public Width width(int index) {
        return widths.get(index);
    }

    /** Hidden-layer indices (1..L-1) whose width is fixed. */
    public List<Integer> bottlenecks() {
        List<Integer> result = new ArrayList<>();
        for (int i = 1; i < depth(); i++) {
            if (widths.get(i).isFixed()) {
                result.add(i);
            }
        }
        return result;
    }

    public SegmentPartition segments() {
        return SegmentPartition.of(widths);
    }

    /** Scaling of layer {@code l} (1-based). */
    public LayerScaling scaling(int l) {
        return parameterization.layer(l, widths);
    }

    /** Concrete widths {@code n_0..n_L} at a given m. */
    public int[] widthsAt(long m) {
        int[] result = new int[widths.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = widths.get(i).at(m);
        }
        return result;
    }

    /** The widths as written in claim files, e.g. {@code [8, m, m, 2, m, 1]}. */
    public String widthsSpelling() {
        return widths.stream().map(Width::spelling).toList().toString();
    }
}
