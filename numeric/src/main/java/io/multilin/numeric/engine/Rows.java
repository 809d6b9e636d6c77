package io.multilin.numeric.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on {@link RowSource} directions that stream their rows once (one row buffer of
 * the widest layer's fan-in), and linear combinations kept flat: a combination of combinations
 * lists each leaf source once with its summed coefficient, so that an ascent that keeps
 * writing {@code d <- a d + b g} expands each leaf once per row, not once per path to it.
 */
public final class Rows {

    private Rows() {
    }

    /** {@code sum_k c_k source_k} over distinct leaf sources (never combinations). */
    private record Combination(List<RowSource> leaves, double[] coefficients) implements RowSource {
        @Override
        public boolean covers(int l) {
            for (int k = 0; k < leaves.size(); k++) {
                if (coefficients[k] != 0 && leaves.get(k).covers(l)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Cursor open() {
            Cursor[] cursors = new Cursor[leaves.size()];
            for (int k = 0; k < cursors.length; k++) {
                cursors[k] = leaves.get(k).open();
            }
            double[][] buffer = new double[1][];
            return (l, i, out) -> {
                if (leaves.size() == 1) {
                    cursors[0].row(l, i, out);
                    Vectors.scale(out, coefficients[0]);
                    return;
                }
                if (buffer[0] == null || buffer[0].length != out.length) {
                    buffer[0] = new double[out.length];
                }
                java.util.Arrays.fill(out, 0);
                for (int k = 0; k < cursors.length; k++) {
                    if (coefficients[k] != 0 && leaves.get(k).covers(l)) {
                        cursors[k].row(l, i, buffer[0]);
                        Vectors.axpy(coefficients[k], buffer[0], 0, out, 0, out.length);
                    }
                }
            };
        }
    }

    /** {@code c source}. */
    public static RowSource scaled(RowSource source, double c) {
        return combination(new double[] {c}, source);
    }

    /** {@code sum_k c[k] sources[k]}, flattened. */
    public static RowSource combination(double[] c, RowSource... sources) {
        Map<RowSource, Double> sum = new IdentityHashMap<>();
        List<RowSource> order = new ArrayList<>();
        for (int k = 0; k < sources.length; k++) {
            if (sources[k] instanceof Combination inner) {
                for (int j = 0; j < inner.leaves.size(); j++) {
                    add(sum, order, inner.leaves.get(j), c[k] * inner.coefficients[j]);
                }
            } else {
                add(sum, order, sources[k], c[k]);
            }
        }
        double[] coefficients = new double[order.size()];
        for (int k = 0; k < coefficients.length; k++) {
            coefficients[k] = sum.get(order.get(k));
        }
        return new Combination(List.copyOf(order), coefficients);
    }

    private static void add(Map<RowSource, Double> sum, List<RowSource> order, RowSource leaf, double c) {
        if (!sum.containsKey(leaf)) {
            order.add(leaf);
            sum.put(leaf, 0.0);
        }
        sum.put(leaf, sum.get(leaf) + c);
    }

    /** {@code source / ||source||} (the zero direction stays zero). */
    public static RowSource unit(RowSource source, ParameterLayout layout) {
        double norm = norm(source, layout);
        if (source instanceof FactoredRows f) {
            // stays factored: norms and dot products with it remain free of row expansions
            return norm > 0 ? f.scaled(1 / norm) : f;
        }
        return norm > 0 ? scaled(source, 1 / norm) : source;
    }

    /** {@code ||source||_2}: factored directions from their factors, the others streamed. */
    public static double norm(RowSource source, ParameterLayout layout) {
        if (source instanceof FactoredRows f) {
            return f.norm();
        }
        return Math.sqrt(dot(source, source, layout));
    }

    /** {@code a . b}, streaming both (once when they are the same source). */
    public static double dot(RowSource a, RowSource b, ParameterLayout layout) {
        if (a instanceof FactoredRows fa && b instanceof FactoredRows fb) {
            return fa.dot(fb);
        }
        RowSource.Cursor ca = a.open();
        RowSource.Cursor cb = a == b ? null : b.open();
        double sum = 0;
        for (int l = 1; l <= layout.depth(); l++) {
            if (!a.covers(l) || !b.covers(l)) {
                continue;
            }
            double[] ra = new double[layout.columns(l)];
            double[] rb = cb == null ? ra : new double[layout.columns(l)];
            for (int i = 0; i < layout.rows(l); i++) {
                ca.row(l, i, ra);
                if (cb != null) {
                    cb.row(l, i, rb);
                }
                sum += Vectors.dot(ra, rb);
            }
        }
        return sum;
    }

    /** {@code w += s source} on the covered layers. */
    public static void addTo(RowSource source, double s, double[] w, ParameterLayout layout) {
        RowSource.Cursor cursor = source.open();
        for (int l = 1; l <= layout.depth(); l++) {
            if (!source.covers(l)) {
                continue;
            }
            int cols = layout.columns(l);
            double[] row = new double[cols];
            for (int i = 0; i < layout.rows(l); i++) {
                cursor.row(l, i, row);
                Vectors.axpy(s, row, 0, w, layout.offset(l) + i * cols, cols);
            }
        }
    }

    /** The rows of a dense weight-space vector (adapters and tests; the array is shared). */
    public static RowSource dense(double[] v, ParameterLayout layout) {
        return new RowSource() {
            @Override
            public boolean covers(int l) {
                return true;
            }

            @Override
            public Cursor open() {
                return (l, i, out) -> System.arraycopy(v, layout.offset(l) + i * out.length, out, 0, out.length);
            }
        };
    }

    /** The dense vector of a source (tests only: weight-sized). */
    public static double[] expand(RowSource source, ParameterLayout layout) {
        double[] v = new double[layout.total()];
        addTo(source, 1, v, layout);
        return v;
    }
}
