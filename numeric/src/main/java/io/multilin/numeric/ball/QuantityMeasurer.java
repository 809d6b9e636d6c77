package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.sweep.CellMeasurement;
import java.util.Objects;

/**
 * The numeric side of every {@link Quantity}: a {@link CellMeasurement} that, at one (m, seed),
 * builds the network, its seeded initialization w0 and the seeded fixed input, and estimates
 * the quantity over the ball {@code B(w0, R)} as the maximum over named probes (MATH.md
 * section 4). Same (m, seed), same result: every random choice is derived from (seed, m,
 * purpose), and a cell shares no state with another.
 */
public final class QuantityMeasurer {

    private QuantityMeasurer() {
    }

    /** The measurement of {@code quantity} over the ball of radius {@code radius}. */
    public static CellMeasurement forQuantity(Architecture architecture, Quantity quantity, double radius) {
        return forQuantity(architecture, quantity, radius, new BoundedChainDirections());
    }

    static CellMeasurement forQuantity(Architecture architecture, Quantity quantity, double radius,
                                       ChainDirections chains) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(quantity, "quantity");
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the ball radius must be positive and finite, got " + radius);
        }
        if (quantity instanceof Quantity.OneStepChange) {
            // Fail at planning time, not in every cell, when c is missing.
            OneStepMeasure.learningRates(architecture, 1);
        }
        return (m, seed) -> {
            BallCell cell = BallCell.of(architecture, m, seed, radius);
            ProbeCatalog catalog = new ProbeCatalog(cell, chains);
            if (quantity instanceof Quantity.TaylorResidual q) {
                return new TaylorResidualMeasure(catalog, q.order()).measure();
            } else if (quantity instanceof Quantity.HessianNorm) {
                return new HessianMeasure(catalog, null, null).measure();
            } else if (quantity instanceof Quantity.HessianBlock q) {
                return new HessianMeasure(catalog, q.rows(), q.columns()).measure();
            } else if (quantity instanceof Quantity.MixedDerivative q) {
                return new MixedDerivativeMeasure(catalog, q.blocks()).measure();
            } else if (quantity instanceof Quantity.TangentKernelChange q) {
                return new KernelChangeMeasure(catalog, q.inputs()).measure();
            } else if (quantity instanceof Quantity.OutputScale) {
                return InitScaleMeasure.output(cell);
            } else if (quantity instanceof Quantity.PreActivationScale q) {
                return InitScaleMeasure.preActivation(cell, q.layer());
            } else if (quantity instanceof Quantity.OneStepChange q) {
                return OneStepMeasure.measure(architecture, cell, q.target(), q.eta());
            }
            throw new IllegalArgumentException("no measurement for quantity " + quantity.label());
        };
    }
}
