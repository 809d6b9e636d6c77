package io.multilin.check.crosscheck;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic family of linear architectures: for every depth 2..6 every placement of
 * bottlenecks among the hidden layers (so a bottleneck right after the input, right before the
 * output, several, adjacent ones, none, all), the wide layers cycling through m, 2m, m/2 and
 * m^1/2 and the coordinates alternating between ntk and standard. 62 networks.
 */
final class LinearZoo {

    private static final String[] WIDE = {"m", "2m", "m^1/2", "m/2"};
    private static final String[] NARROW = {"2", "3"};

    private LinearZoo() {
    }

    static List<Architecture> all() {
        List<Architecture> result = new ArrayList<>();
        int index = 0;
        for (int depth = 2; depth <= 6; depth++) {
            int hidden = depth - 1;
            for (int mask = 0; mask < (1 << hidden); mask++) {
                List<Width> widths = new ArrayList<>();
                widths.add(new Width.Fixed(3 + index % 4));
                for (int h = 0; h < hidden; h++) {
                    boolean bottleneck = (mask & (1 << h)) != 0;
                    String token = bottleneck ? NARROW[(index + h) % 2] : WIDE[(index + h) % WIDE.length];
                    widths.add(Width.parse(token));
                }
                widths.add(new Width.Fixed(1 + index % 2));
                Parameterization p = index % 2 == 0 ? new Parameterization.Ntk() : new Parameterization.Standard();
                result.add(new Architecture(widths, Activation.LINEAR, p));
                index++;
            }
        }
        return result;
    }
}
