package io.multilin.numeric.fit;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The confidence level of a two-sided slope interval. A value rather than a constant because
 * the verdict layer looks at a sweep repeatedly with growing seed sets and must widen each
 * look's interval so that the looks together keep their error rate (the checker spends 5% over
 * its looks: look j gets 0.05 / 2^j).
 *
 * @param level the coverage asked for, strictly between 0 and 1 (0.95 by default)
 */
public record Confidence(double level) {

    /** The 95% level of docs/MEANING.md section 4, for a single look. */
    public static final Confidence DEFAULT = new Confidence(0.95);

    public Confidence {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level lies strictly between 0 and 1, got " + level);
        }
    }

    /** The level {@code 1 - alpha}. */
    public static Confidence ofAlpha(double alpha) {
        return new Confidence(1 - alpha);
    }

    /** The two-sided error rate {@code 1 - level}. */
    public double alpha() {
        return 1 - level;
    }

    /**
     * The two-sided Student quantile {@code t_{1 - alpha/2, dof}}: the half width of the
     * interval in standard errors.
     */
    public double tQuantile(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("a t quantile needs at least 1 degree of freedom, got "
                    + degreesOfFreedom);
        }
        // null generator: the distribution is only inverted, and the default one seeds itself
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - alpha() / 2);
    }

    /** E.g. {@code "95%"} or {@code "98.75%"}. */
    @Override
    public String toString() {
        String percent = String.format(Locale.ROOT, "%.4f", 100 * level).replaceAll("0+$", "").replaceAll("\\.$", "");
        return percent + "%";
    }
}
