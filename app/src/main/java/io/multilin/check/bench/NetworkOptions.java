package io.multilin.check.bench;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The network a bench task runs on: widths (with {@code m} set by {@code --m}) and activation.
 * The ntk parameterization for the kernels and the expansion (their cost and structure do not
 * depend on the multipliers, and the Python baselines use ntk too); {@code bench trajectory}
 * names its own, since a gradient step's rates and moves do depend on it.
 */
final class NetworkOptions {

    @Option(names = "--widths", paramLabel = "N0,..,NL", description = "Widths n_0..n_L: integers, m, or NxK for K"
            + " layers of width N (e.g. 4,2048x5,1)")
    String widths;

    @Option(names = "--m", paramLabel = "M", description = "Value of m where --widths uses it (default ${DEFAULT-VALUE})")
    long m = 4;

    @Option(names = "--activation", paramLabel = "NAME",
            description = "Hidden activation (default: linear for expand, tanh for the numeric kernels)")
    String activation;

    /** The architecture, with the task's defaults for what the command line did not give. */
    Architecture architecture(String defaultWidths, String defaultActivation) {
        return architecture(defaultWidths, defaultActivation, new Parameterization.Ntk());
    }

    /** The same in the given parameterization. */
    Architecture architecture(String defaultWidths, String defaultActivation, Parameterization parameterization) {
        List<Width> list = WidthList.parse(widths != null ? widths : defaultWidths);
        return new Architecture(list, Activation.parse(activation != null ? activation : defaultActivation),
                parameterization);
    }

    /** The concrete widths at {@code --m}. */
    int[] concreteWidths(Architecture architecture) {
        if (m < 1 || m > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--m must be a positive int, got " + m);
        }
        return architecture.widthsAt(m);
    }
}
