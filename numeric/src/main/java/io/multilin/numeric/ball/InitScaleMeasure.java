package io.multilin.numeric.ball;

import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.fit.PointValue;

/**
 * The typical size at initialization of the output, or of one pre-activation {@code z_l}: the
 * root mean square over all coordinates and over {@value #INPUTS} seeded inputs (the first is
 * the cell's fixed input). The floor is {@value #FLOOR_UNITS} times the smallest normal double:
 * an RMS is a sum of squares, never a cancellation of large terms, so its rounding error is
 * relative to itself; only an underflowing value is indistinguishable from zero.
 */
final class InitScaleMeasure {

    static final int INPUTS = 16;
    static final double FLOOR_UNITS = 16;

    private InitScaleMeasure() {
    }

    static PointValue output(BallCell cell) {
        return rms(cell, -1);
    }

    static PointValue preActivation(BallCell cell, int layer) {
        if (layer < 1 || layer > cell.network().depth()) {
            throw new IllegalArgumentException("pre-activation layer " + layer + " is not in 1.."
                    + cell.network().depth());
        }
        return rms(cell, layer);
    }

    private static PointValue rms(BallCell cell, int layer) {
        ForwardPass forward = new ForwardPass(cell.network());
        double squares = 0;
        long count = 0;
        for (double[] x : cell.inputs(INPUTS)) {
            forward.evaluate(cell.w0(), x);
            double[] values = layer < 0 ? forward.outputs() : forward.preActivation(layer);
            for (double v : values) {
                squares += v * v;
            }
            count += values.length;
        }
        String probe = (layer < 0 ? "output" : "z_" + layer) + " RMS over " + INPUTS + " inputs";
        return new PointValue(Math.sqrt(squares / count), FLOOR_UNITS * Double.MIN_NORMAL, probe);
    }
}
