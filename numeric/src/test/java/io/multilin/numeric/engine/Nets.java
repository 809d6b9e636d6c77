package io.multilin.numeric.engine;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.Arrays;

/** Small networks for tests. */
final class Nets {

    private Nets() {
    }

    static Network of(String widths, String activation, String output, String parameterization, long m) {
        Architecture architecture = new Architecture(
                Arrays.stream(widths.split(",")).map(String::trim).map(Width::parse).toList(),
                Activation.parse(activation), Activation.parse(output), Parameterization.parse(parameterization));
        return Network.of(architecture, m);
    }

    static double relativeError(double expected, double actual) {
        return Math.abs(expected - actual) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
    }
}
