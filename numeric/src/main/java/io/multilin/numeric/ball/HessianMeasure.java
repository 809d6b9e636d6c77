package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sup_{w in B} ||H_f(w)||_2}, or the largest singular value of a block
 * {@code d^2 f / dw_rows dw_columns}, by Lanczos on exact Hessian-vector products at w0 and at
 * the ball points {@code w0 +- R u} for every probe direction u. No ascent: the gradient of a
 * Hessian norm needs third derivatives, which the engine does not provide; the top eigen- or
 * singular vectors and (for linear networks) the chains are the directions along which the
 * Hessian itself changes fastest. Every value comes from a Lanczos run on the
 * {@link LanczosBudget} of the catalog; one that hits the cap unconverged makes the result a
 * lower bound ({@link PointValue#converged()} false).
 */
final class HessianMeasure {

    /** Random directions, after every structured probe. */
    static final int RANDOM_PROBES = 1;

    private final ProbeCatalog catalog;
    private final BallCell cell;
    private final List<Integer> rows;
    private final List<Integer> columns;

    /** A measured norm and whether its Lanczos converged. */
    private record Norm(double value, boolean converged) {
    }

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

    /**
     * Probe directions, in priority order, each used with both signs: the gradient, the chains
     * (linear networks: the exact maximizers of the pair terms that make up the Hessian or the
     * block), the top eigen- or singular vector at w0, then random directions.
     */
    ProbeList probes() {
        ProbeList probes = ProbeList.of(catalog.gradient());
        if (full()) {
            return probes.plus(catalog.chains(2)).plus(catalog.hessianTop()).plus(catalog.randoms(RANDOM_PROBES));
        }
        return probes.plus(catalog.chainPairs(rows, columns)).plus(catalog.blockTop(rows, columns))
                .plus(catalog.randoms(RANDOM_PROBES));
    }

    PointValue measure() throws InterruptedException {
        Best best = new Best();
        ProbeList probes = probes();
        best.drop(probes.dropped());
        Derivatives atInit = cell.derivativesAtInit();
        Norm init = full() ? of(catalog.hessianAtInit().value()) : norm(atInit, "init");
        best.offer(init.value(), floor(atInit), "init", init.converged());
        for (Probe probe : probes.probes()) {
            BallCell.checkInterrupted();
            evaluate(probe.name(), probe.direction().get(), best);
        }
        return best.toPointValue();
    }

    /** Both ball points of one direction, each formed in the cell's weights and undone. */
    private void evaluate(String name, RowSource u, Best best) throws InterruptedException {
        for (int sign = 1; sign >= -1; sign -= 2) {
            BallCell.checkInterrupted();
            String signed = (sign > 0 ? "+" : "-") + name;
            cell.at(u, sign * cell.radius(), w -> {
                Derivatives derivatives = new Derivatives(cell.network(), w, cell.input());
                Norm norm = norm(derivatives, signed);
                best.offer(norm.value(), floor(derivatives), signed, norm.converged());
                return null;
            });
        }
    }

    private Norm norm(Derivatives derivatives, String purpose) {
        LanczosNorm.Options options = catalog.values().options(cell.seedFor("hessian-point-" + purpose, 0), false);
        if (full()) {
            return of(HessianNorms.hessian(derivatives, options));
        }
        HessianNorms.BlockNorm block = HessianNorms.block(derivatives, rows, columns, options);
        return new Norm(block.singularValue(), block.converged());
    }

    private static Norm of(LanczosNorm.Result result) {
        return new Norm(result.magnitude(), result.converged());
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
