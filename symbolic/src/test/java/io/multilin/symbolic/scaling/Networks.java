package io.multilin.symbolic.scaling;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.Arrays;

/** Test architectures written as in claim files. */
final class Networks {

    private Networks() {
    }

    static Architecture linear(String parameterization, String widths) {
        return linear(Parameterization.parse(parameterization), widths);
    }

    static Architecture linear(Parameterization parameterization, String widths) {
        return new Architecture(Arrays.stream(widths.split(",")).map(Width::parse).toList(), Activation.LINEAR,
                parameterization);
    }

    /** A network with the given hidden activation and output, e.g. ("tanh", "linear", "ntk", "4,m,1"). */
    static Architecture of(String activation, String output, String parameterization, String widths) {
        return new Architecture(Arrays.stream(widths.split(",")).map(Width::parse).toList(),
                Activation.parse(activation), Activation.parse(output), Parameterization.parse(parameterization));
    }

    /** Widths [4, m, ..., m, 1] with {@code depth} weight matrices. */
    static String wide(int depth) {
        StringBuilder b = new StringBuilder("4");
        for (int l = 1; l < depth; l++) {
            b.append(",m");
        }
        return b.append(",1").toString();
    }
}
