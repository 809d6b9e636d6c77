package io.multilin.numeric.ball;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import java.util.Arrays;
import org.apache.commons.math3.fraction.Fraction;

/** Small architectures for the ball tests. */
final class BallNets {

    private BallNets() {
    }

    static Architecture of(String widths, String activation, String parameterization) {
        return new Architecture(Arrays.stream(widths.split(",")).map(String::trim).map(Width::parse).toList(),
                Activation.parse(activation), Parameterization.parse(parameterization));
    }

    /** The steps of a dynamics quantity on the one fixed input. */
    static StepSetup steps(double target, double eta, OptimizerChoice optimizer, Fraction firstLr) {
        return new StepSetup(target, eta, optimizer, firstLr, 1);
    }

    static ProbeCatalog catalog(Architecture architecture, long m, long seed) {
        return new ProbeCatalog(BallCell.of(architecture, m, seed, 1.0), new BoundedChainDirections());
    }
}
