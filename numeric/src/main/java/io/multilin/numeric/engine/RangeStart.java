package io.multilin.numeric.engine;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The seeded start vector of the dense-vector Lanczos run (the Gaussian {@link LanczosNorm}
 * draws over the packed layers of every side) in range coordinates, plus one last coordinate
 * for its component n orthogonal to S. Since H is symmetric with range in S, n is a null
 * vector of H: the compact run spans the same Krylov space as the dense one, isometrically, so
 * it has the same tridiagonal coefficients and Ritz values, and its Ritz vector expands to the
 * dense run's. The Gaussian is streamed row by row, never stored: O(sum of widths) memory.
 */
final class RangeStart {

    /** Called for each row of the Gaussian, in the order of the dense start vector. */
    private interface RowVisitor {
        void row(int side, int l, int i, double[] values);
    }

    private final RangeCoordinates coordinates;
    private final long seed;
    private final long denseDimension;
    private final double[] vector;
    /** The norm of the Gaussian (the dense start before normalization). */
    private final double norm;

    RangeStart(RangeCoordinates coordinates, long seed) {
        this.coordinates = coordinates;
        this.seed = seed;
        ParameterLayout layout = coordinates.layout();
        long dense = 0;
        for (int s = 0; s < coordinates.sides(); s++) {
            for (int l = 1; l <= layout.depth(); l++) {
                dense += coordinates.has(s, l) ? layout.size(l) : 0;
            }
        }
        denseDimension = dense;
        int sides = coordinates.sides();
        double[][][] ga = new double[sides][][];
        double[][][] gG = new double[sides][][];
        for (int s = 0; s < sides; s++) {
            ga[s] = coordinates.newBuffers(s, false);
            gG[s] = coordinates.newBuffers(s, true);
        }
        double[] sumSquares = {0};
        visitRows((s, l, i, row) -> {
            ga[s][l][i] = Vectors.dot(row, coordinates.derivatives().activation(l - 1));
            double gi = coordinates.derivatives().adjoint(l)[i];
            if (gi != 0) {
                Vectors.axpy(gi, row, gG[s][l]);
            }
            sumSquares[0] += Vectors.dot(row, row);
        });
        vector = new double[coordinates.size() + 1];
        for (int s = 0; s < sides; s++) {
            for (int l = 1; l <= layout.depth(); l++) {
                if (coordinates.has(s, l)) {
                    coordinates.projectionFactors(l, ga[s][l], gG[s][l]);
                }
            }
            coordinates.encode(ga[s], gG[s], s, vector, 0);
        }
        double projected = Vectors.dot(vector, vector);
        double orthogonal = sumSquares[0] - projected;
        if (projected > 0.5 * sumSquares[0]) {
            // The difference cancels: sum the squares of G - P(G) instead.
            orthogonal = residualSquares(ga, gG);
        }
        vector[coordinates.size()] = Math.sqrt(Math.max(0, orthogonal));
        norm = Vectors.norm(vector);
        Vectors.scale(vector, 1 / norm);
    }

    /** The unit start vector (the caller's copy). */
    double[] vector() {
        return vector.clone();
    }

    /**
     * The dense direction of each side that a compact vector y stands for: {@code D(y_c)} plus
     * {@code y_k} times the unit null direction {@code (G - P G) / |G - P G|}, which is
     * regenerated from the seed. Weight-sized: only for results that must be dense.
     */
    double[][] expand(double[] y) {
        ParameterLayout layout = coordinates.layout();
        int k = coordinates.size();
        double[][] full = new double[coordinates.sides()][layout.total()];
        double[] compact = Arrays.copyOf(y, k);
        if (vector[k] != 0 && y[k] != 0) {
            double ratio = y[k] / vector[k];
            double c = ratio / norm;
            visitRows((s, l, i, row) -> Vectors.axpy(c, row, 0, full[s], layout.offset(l) + i * row.length,
                    row.length));
            Vectors.axpy(-ratio, Arrays.copyOf(vector, k), compact);
        }
        for (int s = 0; s < coordinates.sides(); s++) {
            coordinates.addExpanded(compact, s, 1, full[s], coordinates.newBuffers(s, false),
                    coordinates.newBuffers(s, true));
        }
        return full;
    }

    /**
     * Side {@code side} of {@link #expand}, row by row and never weight-sized: the decoded factors
     * of the compact part plus the null part's Gaussian, streamed again (after the samples of
     * the earlier sides).
     */
    RowSource rows(double[] y, int side) {
        ParameterLayout layout = coordinates.layout();
        int k = coordinates.size();
        double[] compact = Arrays.copyOf(y, k);
        double c = 0;
        if (vector[k] != 0 && y[k] != 0) {
            double ratio = y[k] / vector[k];
            c = ratio / norm;
            Vectors.axpy(-ratio, Arrays.copyOf(vector, k), compact);
        }
        double[][] p = coordinates.newBuffers(side, false);
        double[][] q = coordinates.newBuffers(side, true);
        coordinates.decode(compact, side, p, q);
        FactoredRows factors = FactoredRows.zero(layout.depth());
        java.util.Set<Integer> layers = new java.util.TreeSet<>();
        for (int l = 1; l <= layout.depth(); l++) {
            if (coordinates.has(side, l)) {
                layers.add(l);
                factors = factors.plus(l, 1, p[l], coordinates.derivatives().activation(l - 1))
                        .plus(l, 1, coordinates.derivatives().adjoint(l), q[l]);
            }
        }
        if (c == 0) {
            return factors;
        }
        long skip = 0;
        for (int s = 0; s < side; s++) {
            for (int l = 1; l <= layout.depth(); l++) {
                skip += coordinates.has(s, l) ? layout.size(l) : 0;
            }
        }
        RowSource gaussian = new GaussianRows(layout, () -> LanczosNorm.startStream(denseDimension, seed), skip,
                layers);
        return Rows.combination(new double[] {1, c}, factors, gaussian);
    }

    /** {@code |G - P G|^2} from the factors of P G (canonical p in ga, q in gG). */
    private double residualSquares(double[][][] p, double[][][] q) {
        double[] sum = {0};
        visitRows((s, l, i, row) -> {
            double[] a = coordinates.derivatives().activation(l - 1);
            double[] ql = q[s][l];
            double pi = p[s][l][i];
            double gi = coordinates.derivatives().adjoint(l)[i];
            for (int j = 0; j < row.length; j++) {
                double r = row[j] - pi * a[j] - gi * ql[j];
                sum[0] += r * r;
            }
        });
        return sum[0];
    }

    private void visitRows(RowVisitor visitor) {
        ParameterLayout layout = coordinates.layout();
        ZigguratSampler.NormalizedGaussian gauss = LanczosNorm.startStream(denseDimension, seed);
        for (int s = 0; s < coordinates.sides(); s++) {
            for (int l = 1; l <= layout.depth(); l++) {
                if (!coordinates.has(s, l)) {
                    continue;
                }
                double[] row = new double[layout.columns(l)];
                for (int i = 0; i < layout.rows(l); i++) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = gauss.sample();
                    }
                    visitor.row(s, l, i, row);
                }
            }
        }
    }
}
