package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.training.StopReason;
import io.multilin.architecture.training.TrainingSchedule;
import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void plateauIsARelativeImprovementBelowTheToleranceOverTheWindow() {
        TrainingSchedule schedule = new TrainingSchedule(0.1, 100, 3, 0.01, 0);
        double[] falling = {10, 9, 8, 7, 6, 5, 4};
        assertFalse(Trainer.onPlateau(falling, 6, schedule));
        double[] flat = {10, 9, 8, 7.99, 7.985, 7.98, 7.98};
        assertTrue(Trainer.onPlateau(flat, 6, schedule));
    }

    @Test
    void gradientDescentOnWeightDecayAloneShrinksToZeroAndStopsOnThePlateau() {
        // With targets far below the weights' effect the minimiser is near 0; here a linear
        // depth-1 model with pure decay: C = fit + lambda |theta|^2 decreases monotonically.
        TaskSpec spec = new TaskSpec(3, 4, 1, 2, 5, 32);
        SyntheticTask data = SyntheticTask.generate(spec, 4);
        TrainableNetwork network = TrainableNetwork.deep(4, 1, 2, 1, new io.multilin.numeric.activation.Identity(),
                false);
        double[] theta = network.initialParameters(3);
        RegularizedLoss loss = new RegularizedLoss(network, data, 0.1);
        TrainingRun run = Trainer.train(loss, theta, new Optimizer.GradientDescent(),
                new TrainingSchedule(0.05, 20000, 50, 1e-6, 1), null, null);
        assertTrue(run.steps() < 20000, run.stop().text());
        assertEquals(new StopReason.Plateau(run.steps()), run.stop(), "stopped at a plateau, at its last step");
        // The minimiser of a convex quadratic: the gradient vanishes there.
        double[] grad = new double[theta.length];
        loss.evaluate(theta, grad, null);
        double norm = 0;
        for (double g : grad) {
            norm = Math.max(norm, Math.abs(g));
        }
        assertTrue(norm < 1e-3, "gradient at the end " + norm);
        double[] curveLast = {run.curve().get(run.curve().size() - 1).regularized()};
        assertEquals(run.last().regularized(), curveLast[0], 0.0);
    }
}
