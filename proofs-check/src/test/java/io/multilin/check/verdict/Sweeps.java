package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.WidthPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sweeps over {@link Synthetic#WIDTHS} built width by width, for the boundary tests of the
 * verdict rules: which widths sit at the noise floor is given explicitly, and the fit is given as
 * is (the rules read the fit, never refit the points), so each rule can be put exactly on its
 * boundary.
 */
final class Sweeps {

    private Sweeps() {
    }

    /** A fit over the last {@code n} widths, 3 seeds at 95%. */
    static Fit fit(double slope, double lo, double hi, int n) {
        List<Long> used = Synthetic.WIDTHS.subList(Synthetic.WIDTHS.size() - n, Synthetic.WIDTHS.size());
        return new Fit(slope, lo, hi, 0.99, n, used, 3, 0.95);
    }

    /** A fit over all five widths. */
    static Fit fit(double slope, double lo, double hi) {
        return fit(slope, lo, hi, Synthetic.WIDTHS.size());
    }

    /**
     * @param atFloor one flag per width of {@link Synthetic#WIDTHS}, smallest first: that width's
     *                median is at the noise floor
     */
    static Measurement sweep(Quantity q, Optional<Fit> fit, boolean fallsToFloor, boolean... atFloor) {
        if (atFloor.length != Synthetic.WIDTHS.size()) {
            throw new IllegalArgumentException("one flag per width");
        }
        List<WidthPoint> points = new ArrayList<>();
        for (int i = 0; i < atFloor.length; i++) {
            long m = Synthetic.WIDTHS.get(i);
            points.add(atFloor[i]
                    ? new WidthPoint(m, List.of(1e-16, 1e-16, 1e-16), 1e-16, 1e-16, 1e-16, Synthetic.FLOOR, true, "gradient")
                    : new WidthPoint(m, List.of(1.0, 1.0, 1.0), 1.0, 1.0, 1.0, Synthetic.FLOOR, false, "gradient"));
        }
        return new Measurement(q, points, fit, fallsToFloor, Optional.empty());
    }

    /** Every width above the floor, with the given fit. */
    static Measurement clean(Quantity q, Fit fit) {
        return sweep(q, Optional.of(fit), false, false, false, false, false, false);
    }
}
