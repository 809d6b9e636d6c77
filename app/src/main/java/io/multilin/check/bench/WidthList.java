package io.multilin.check.bench;

import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --widths} of a bench task: comma-separated {@code n_0..n_L}, each an integer, the
 * width symbol {@code m}, or {@code NxK} for K layers of width N ({@code 4,2048x5,1} is
 * {@code [4, 2048, 2048, 2048, 2048, 2048, 1]}), so that the networks of the PyTorch and JAX
 * baselines are written as their scripts write them.
 */
final class WidthList {

    /** More layers than this is a typing error, not a benchmark. */
    static final int MAX_LAYERS = 1000;

    private WidthList() {
    }

    static List<Width> parse(String text) {
        List<Width> widths = new ArrayList<>();
        for (String token : text.split(",", -1)) {
            String t = token.trim();
            int times = t.indexOf('x');
            if (times > 0) {
                int count = positive(t.substring(times + 1), t);
                Width width = new Width.Fixed(positive(t.substring(0, times), t));
                if (count > MAX_LAYERS) {
                    throw new IllegalArgumentException("'" + t + "' repeats a width more than " + MAX_LAYERS + " times");
                }
                for (int i = 0; i < count; i++) {
                    widths.add(width);
                }
            } else if (t.equals("m")) {
                widths.add(Width.parse("m"));
            } else {
                widths.add(new Width.Fixed(positive(t, t)));
            }
            if (widths.size() > MAX_LAYERS) {
                throw new IllegalArgumentException("more than " + MAX_LAYERS + " widths in '" + text + "'");
            }
        }
        if (widths.size() < 2) {
            throw new IllegalArgumentException("--widths needs n_0 and at least one layer, got '" + text + "'");
        }
        return widths;
    }

    private static int positive(String digits, String token) {
        try {
            int value = Integer.parseInt(digits.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the token
        }
        throw new IllegalArgumentException("'" + token + "' is not a width: expected a positive integer, m, or NxK");
    }
}
