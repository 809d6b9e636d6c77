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
 * optimizer (gradient descent or Adam) from the cell's w0 on
 * {@code L(w) = 1/(2n) sum_{i<n} (f(x_i; w) - target)^2}, the batch being the cell's first n
 * seeded inputs ({@link StepSetting#inputs}). The first of them is the cell's fixed input x, the
 * one {@link OneStepMeasure} and every ball quantity use, so a step-1 gradient-descent output
 * change on a batch of one is the one-step change. Layer l's rate is {@code eta m^{-c_l}}
 * ({@link LayerRates}), {@code m^k} times that at the first step when the quantity's first-step
 * exponent k is not 0 ({@link StepSetting}): gradient descent moves it by that times the batch
 * gradient, Adam by that times its moment ratio; {@link Trajectory} takes the steps, on its own
 * copy of w0 (the cell's weights are shared and never moved here).
 *
 * <ul>
 *   <li>feature change: {@code sqrt(1/(n n_l) sum_i sum_j (z_l(x_i; w_t) - z_l(x_i; w0))_j^2)},
 *       the RMS over the batch and the layer's coordinates; floor {@code 64 eps} times the RMS
 *       over the same of {@code |z_l(x_i; w_t)_j| + |z_l(x_i; w0)_j|};</li>
 *   <li>output change: {@code sqrt(1/n sum_i (f(x_i; w_t) - f(x_i; w0))^2)}, floor {@code 64 eps}
 *       times the RMS of {@code |f(x_i; w_t)| + |f(x_i; w0)|};</li>
 *   <li>loss change: {@code |L(w_t) - L(w0)|}, floor {@code 64 eps (|L(w_t)| + |L(w0)|)}.</li>
 * </ul>
 * For n = 1 these are {@code RMS_j (z_l(w_t) - z_l(w0))_j}, {@code |f(w_t) - f(w0)|} and the
 * loss change of the one input, computed as they always were (the same values to the bit).
 * The floors are the rounding level of a difference of two computed values (the same factor
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

    /** {@code RMS_{i, j} (z_layer(x_i; w_step) - z_layer(x_i; w0))_j}; layer L is the output's pre-activation. */
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
        double[] f0 = records.get(0).outputs();
        double[] f = records.get(step).outputs();
        if (f.length == 1) {
            // one input: the change and the size themselves, as they always were
            return new PointValue(Math.abs(f[0] - f0[0]),
                    FLOOR_UNITS * Precision.EPS * (Math.abs(f[0]) + Math.abs(f0[0])), probe);
        }
        double change = 0;
        double size = 0;
        for (int i = 0; i < f.length; i++) {
            double d = f[i] - f0[i];
            double s = Math.abs(f[i]) + Math.abs(f0[i]);
            change += d * d;
            size += s * s;
        }
        return new PointValue(Math.sqrt(change / f.length), FLOOR_UNITS * Precision.EPS * Math.sqrt(size / f.length),
                probe);
    }

    /** {@code RMS_i |f(x_i; w_step) - f(x_i; w0)|} over the batch. */
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
     * The records of steps 0..{@code steps} from the cell's w0 on the setting's batch; an
     * ArithmeticException naming the step where a value stopped being finite.
     */
    static List<Trajectory.Record> run(Architecture architecture, BallCell cell, int steps, StepSetting setting)
            throws InterruptedException {
        BallCell.checkInterrupted();
        StepRates rates = setting.rates(architecture, cell.network().m());
        return trajectory(cell, setting).run(cell.w0(), rates, steps, setting.optimizer());
    }

    /**
     * The steps' loss on the cell's batch: a batch of one takes the gradient's rank-one factors
     * under gradient descent ({@link Trajectory}), a larger one the mean of the inputs' gradients.
     */
    static Trajectory trajectory(BallCell cell, StepSetting setting) {
        return new Trajectory(cell.network(), setting.inputs(cell), setting.targets());
    }
}
