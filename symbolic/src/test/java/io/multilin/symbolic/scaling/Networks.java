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
}
