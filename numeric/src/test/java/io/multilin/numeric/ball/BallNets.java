package io.multilin.numeric.ball;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.Arrays;

/** Small architectures for the ball tests. */
final class BallNets {

    private BallNets() {
    }

    static Architecture of(String widths, String activation, String parameterization) {
        return new Architecture(Arrays.stream(widths.split(",")).map(String::trim).map(Width::parse).toList(),
                Activation.parse(activation), Parameterization.parse(parameterization));
    }

    static ProbeCatalog catalog(Architecture architecture, long m, long seed) {
        return new ProbeCatalog(BallCell.of(architecture, m, seed, 1.0), new BoundedChainDirections());
    }
}
