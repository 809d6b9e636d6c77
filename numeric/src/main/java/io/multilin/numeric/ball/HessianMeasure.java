package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sup_{w in B} ||H_f(w)||_2}, or the largest singular value of a block
 * {@code d^2 f / dw_rows dw_columns}, by Lanczos on exact Hessian-vector products at w0 and at
 * the ball points {@code w0 +- R u} for the probe directions u. No ascent: the gradient of a
 * Hessian norm needs third derivatives, which the engine does not provide; the top eigen- or
 * singular vectors and (for linear networks) the chains are the directions along which the
 * Hessian itself changes fastest.
 */
final class HessianMeasure {

    /** Lanczos iterations per ball point. */
    static final int ITERATIONS = 20;
    /** Ball points evaluated at most, w0 included. */
    static final int MAX_POINTS = 7;

    private final ProbeCatalog catalog;
    private final BallCell cell;
    private final List<Integer> rows;
    private final List<Integer> columns;

    /** The full Hessian ({@code rows == null}) or one block. */
    HessianMeasure(ProbeCatalog catalog, List<Integer> rows, List<Integer> columns) {
        this.catalog = catalog;
        this.cell = catalog.cell();
        this.rows = rows == null ? null : List.copyOf(rows);
        this.columns = columns == null ? null : List.copyOf(columns);
        if (rows != null) {
            for (int l : concat(rows, columns)) {
                if (l < 1 || l > cell.network().depth()) {
                    throw new IllegalArgumentException("Hessian block layer " + l + " is not in 1.."
                            + cell.network().depth());
                }
            }
        }
    }

    private boolean full() {
        return rows == null;
    }

    /** Probe directions, in priority order; each is used with both signs. */
    List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(catalog.gradient());
        if (full()) {
            probes.add(catalog.hessianTop());
            probes.addAll(catalog.randoms(1));
            probes.addAll(catalog.chains(2));
        } else {
            probes.add(catalog.blockTop(rows, columns));
            probes.addAll(catalog.randoms(1));
            if (!rows.equals(columns)) {
                probes.addAll(catalog.chainsAcross(List.of(rows, columns)));
            }
        }
        return probes;
    }

    PointValue measure() throws InterruptedException {
        Best best = new Best();
        Derivatives atInit = cell.derivativesAtInit();
        double valueAtInit = full() ? catalog.hessianAtInit().magnitude() : norm(atInit, "init");
        best.offer(valueAtInit, floor(atInit), "init");
        int points = 1;
        double[] point = new double[cell.total()];
        for (Probe probe : probes()) {
            double[] u = null;
            for (int sign = 1; sign >= -1 && points < MAX_POINTS; sign -= 2, points++) {
                BallCell.checkInterrupted();
                if (u == null) {
                    u = probe.direction().get();
                }
                cell.pointInto(u, sign * cell.radius(), point);
                Derivatives derivatives = new Derivatives(cell.network(), point, cell.input());
                String name = (sign > 0 ? "+" : "-") + probe.name();
                best.offer(norm(derivatives, name), floor(derivatives), name);
            }
        }
        return best.toPointValue();
    }

    private double norm(Derivatives derivatives, String purpose) {
        LanczosNorm.Options options = new LanczosNorm.Options(cell.seedFor("hessian-point-" + purpose, 0),
                ITERATIONS, ProbeCatalog.PROBE_TOLERANCE, false);
        if (full()) {
            return HessianNorms.hessian(derivatives, options).magnitude();
        }
        return HessianNorms.block(derivatives, rows, columns, options).singularValue();
    }

    private double floor(Derivatives derivatives) {
        return Precision.secondOrder(cell.network(), derivatives.gradientNorm());
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
