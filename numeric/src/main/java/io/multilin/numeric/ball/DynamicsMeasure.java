package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.dynamics.LayerRates;
import io.multilin.numeric.dynamics.StepRates;
import io.multilin.numeric.dynamics.Trajectory;
import io.multilin.numeric.fit.PointValue;
import java.util.List;
import java.util.function.Function;

/**
 * The quantities of dynamics claims, read off {@code step} full-batch steps of the quantity's
 * optimizer (gradient descent or Adam) from the cell's w0 on {@code 1/2 (f(w; x) - target)^2}:
 * the batch is the cell's single fixed input x, the one {@link OneStepMeasure} and every ball
 * quantity use, so a step-1 gradient-descent output change is the one-step change. Layer l's
 * rate is {@code eta m^{-c_l}} ({@link LayerRates}), {@code m^k} times that at the first step
 * when the quantity's first-step exponent k is not 0 ({@link StepSetting}): gradient descent
 * moves it by that times its gradient, Adam by that times its moment ratio; {@link Trajectory}
 * takes the steps, on its own copy of w0 (the cell's weights are shared and never moved here).
 *
 * <ul>
 *   <li>feature change: {@code RMS_i (z_l(w_t) - z_l(w0))_i}, floor
 *       {@code 64 eps RMS_i (|z_l(w_t)_i| + |z_l(w0)_i|)};</li>
 *   <li>output change: {@code |f(w_t) - f(w0)|}, floor {@code 64 eps (|f(w_t)| + |f(w0)|)}.</li>
 * </ul>
 * Both floors are the rounding level of a difference of two computed values (the same factor
 * as the one-step change's): a change can be far below the size of what it subtracts (ntk's
 * hidden layers move by m^{-1/2}), so the floor scales with the size, not with the change.
 *
 * <p>A run whose loss, outputs or features stop being finite is not a measurement: its value
 * and floor are NaN, which makes the sweep invalid and names the cell, and the probe says at
 * which step the run diverged (the convention of {@link io.multilin.numeric.fit.PointValue}).
 *
 * <p>Called on its own, each quantity runs its own trajectory; {@link TrajectoryRuns} keeps the
 * runs of a whole check, so that every layer and step of a claim at one (m, seed) reads one.
 */
final class DynamicsMeasure {

    /** The rounding factor of a difference of two computed values, as in {@link OneStepMeasure}. */
    static final double FLOOR_UNITS = 64;

    private DynamicsMeasure() {
    }

    /** {@code RMS_i (z_layer(w_step) - z_layer(w0))_i}; layer L is the output's pre-activation. */
    static PointValue featureChange(Architecture architecture, BallCell cell, int layer, int step,
                                    StepSetting setting) throws InterruptedException {
        checkLayer(layer, cell.network().depth());
        String probe = featureProbe(layer, step, setting);
        return along(architecture, cell, step, setting, probe, records -> feature(records, layer, step, probe));
    }

    static void checkLayer(int layer, int depth) {
        if (layer < 1 || layer > depth) {
            throw new IllegalArgumentException("feature-change layer " + layer + " is not in 1.." + depth);
        }
    }

    static String featureProbe(int layer, int step, StepSetting setting) {
        return "z_" + layer + " after " + setting.describe(step);
    }

    static String lossProbe(int step, StepSetting setting) {
        return "L after " + setting.describe(step);
    }

    static String outputProbe(int step, StepSetting setting) {
        return "f after " + setting.describe(step);
    }

    /** {@code |L(w_step) - L(w0)|}, read off the records of steps 0..step or more. */
    static PointValue loss(List<Trajectory.Record> records, int step, String probe) {
        double l0 = records.get(0).loss();
        double l = records.get(step).loss();
        return new PointValue(Math.abs(l - l0), FLOOR_UNITS * Precision.EPS * (Math.abs(l) + Math.abs(l0)), probe);
    }

    /** {@code |L(w_step) - L(w0)|}, L the loss of the steps. */
    static PointValue lossChange(Architecture architecture, BallCell cell, int step, StepSetting setting)
            throws InterruptedException {
        String probe = lossProbe(step, setting);
        return along(architecture, cell, step, setting, probe, records -> loss(records, step, probe));
    }

    /** The feature change of {@code layer} at {@code step}, read off the records of steps 0..step or more. */
    static PointValue feature(List<Trajectory.Record> records, int layer, int step, String probe) {
        Trajectory.Record last = records.get(step);
        return new PointValue(last.featureChange()[layer], FLOOR_UNITS * Precision.EPS * last.featureSize()[layer],
                probe);
    }

    /** The output change at {@code step}, read off the records of steps 0..step or more. */
    static PointValue output(List<Trajectory.Record> records, int step, String probe) {
        double f0 = records.get(0).outputs()[0];
        double f = records.get(step).outputs()[0];
        return new PointValue(Math.abs(f - f0), FLOOR_UNITS * Precision.EPS * (Math.abs(f) + Math.abs(f0)), probe);
    }

    /** {@code |f(w_step) - f(w0)|}. */
    static PointValue outputChange(Architecture architecture, BallCell cell, int step, StepSetting setting)
            throws InterruptedException {
        String probe = outputProbe(step, setting);
        return along(architecture, cell, step, setting, probe, records -> output(records, step, probe));
    }

    /**
     * {@code read} applied to the records of steps 0..step, or the unusable value naming the
     * step at which the run diverged.
     */
    private static PointValue along(Architecture architecture, BallCell cell, int step, StepSetting setting,
                                    String probe, Function<List<Trajectory.Record>, PointValue> read)
            throws InterruptedException {
        setting.check(step);
        try {
            return read.apply(run(architecture, cell, step, setting));
        } catch (ArithmeticException e) {
            return diverged(probe, e);
        }
    }

    /** The unusable value of a run that diverged, naming the step. */
    static PointValue diverged(String probe, ArithmeticException e) {
        return new PointValue(Double.NaN, Double.NaN, probe + ": " + e.getMessage());
    }

    /**
     * The records of steps 0..{@code steps} from the cell's w0; an ArithmeticException naming the
     * step where a value stopped being finite.
     */
    static List<Trajectory.Record> run(Architecture architecture, BallCell cell, int steps, StepSetting setting)
            throws InterruptedException {
        BallCell.checkInterrupted();
        StepRates rates = setting.rates(architecture, cell.network().m());
        Trajectory trajectory = new Trajectory(cell.network(), new double[][] {cell.input()},
                new double[] {setting.target()});
        return trajectory.run(cell.w0(), rates, steps, setting.optimizer());
    }
}
