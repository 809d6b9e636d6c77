package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.linear.ChainSupremum;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's acceptance: the symbolic exponent of each group S of f(W0 + D) against the exact
 * numeric supremum of that group (rank-one chains through Lanczos singular vectors), fitted
 * over widths, for every network of {@link LinearZoo} and four kinds of S per network.
 */
class GroupExponentCrossCheckTest {

    static final long[] WIDTHS = {32, 64, 128, 256, 512};
    /**
     * Seeds, escalated while the slope's standard error is large: networks through width-2 and
     * width-3 layers carry order-one chi-like factors (docs/VERDICTS.md: a wide interval calls for more
     * seeds, never for a looser rule). The verdict rests on the last stage only.
     */
    static final int[] SEED_STAGES = {4, 12, 40};
    /** The default exponent tolerance (docs/VERDICTS.md). */
    static final double TOLERANCE = 0.15;
    /**
     * For networks with an m^p width, p < 1: at m <= 512 an m^1/2 layer is only 6..23 wide
     * (range 4x), rounded to integers, and norms of maps into or out of it are
     * {@code c m^{1/4} + O(1)}: the local log-slope at m = 512 is still about 0.19 for a
     * predicted 0.25. Measured deviations reach 0.18 (both signs, standard errors <= 0.05),
     * all on networks with such a layer; a wrong rule is off by a multiple of 1/4.
     */
    static final double SUBLINEAR_TOLERANCE = 0.25;

    @Test
    void everyGroupExponentMatchesTheMeasuredSlope() {
        List<Architecture> zoo = LinearZoo.all();
        assertTrue(zoo.size() >= 50, "at least 50 architectures, got " + zoo.size());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        double worst = 0;
        for (Architecture architecture : zoo) {
            Map<Set<Integer>, Outcome<Exponent>> predicted = ScalingAnalysis.of(architecture).groupExponents();
            for (Set<Integer> group : groups(architecture)) {
                double exponent = ((Outcome.Derived<Exponent>) predicted.get(group)).value().value().orElseThrow()
                        .doubleValue();
                int seeds = 0;
                Slope fit = null;
                for (int stage : SEED_STAGES) {
                    seeds = stage;
                    fit = measure(architecture, group, seeds);
                    if (2 * fit.standardError() <= TOLERANCE / 2) {
                        break;
                    }
                }
                double tolerance = sublinear(architecture) ? SUBLINEAR_TOLERANCE : TOLERANCE;
                double error = Math.abs(fit.slope() - exponent);
                worst = Math.max(worst, error);
                checked++;
                String line = String.format(Locale.ROOT, "%-34s %-9s S=%-10s predicted %+.3f slope %+.3f +- %.3f (2 se) seeds %d",
                        architecture.widthsSpelling(), architecture.parameterization().spelling(), group, exponent,
                        fit.slope(), 2 * fit.standardError(), seeds);
                System.out.println(line);
                if (error > tolerance) {
                    failures.add(line);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d groups over %d networks, worst |slope - predicted| = %.3f%n", checked,
                zoo.size(), worst);
        assertTrue(failures.isEmpty(), failures.size() + " groups off by more than the tolerance:\n"
                + String.join("\n", failures));
    }

    private static boolean sublinear(Architecture architecture) {
        return architecture.widths().stream().anyMatch(w -> !w.isFixed() && w.exponent().doubleValue() < 1);
    }

    /**
     * The slope of the mean log value on log m and its standard error across seeds.
     * {@link Initialization#weights} nests the widths of one seed (the network at width m is the
     * top-left block of the network at any larger width), which correlates them, so the fit's
     * own interval (which assumes independent residuals) is too narrow; the seeds are independent, and the slope of the
     * mean is the mean of the per-seed slopes, so their spread gives an honest error.
     */
    record Slope(double slope, double standardError) {
    }

    static Slope measure(Architecture architecture, Set<Integer> group, int seeds) {
        double[] slopes = new double[seeds];
        double[] m = new double[WIDTHS.length];
        for (int i = 0; i < WIDTHS.length; i++) {
            m[i] = WIDTHS[i];
        }
        for (int s = 0; s < seeds; s++) {
            long seed = 11 + s;
            double[] values = new double[WIDTHS.length];
            for (int i = 0; i < WIDTHS.length; i++) {
                Network network = Network.of(architecture, WIDTHS[i]);
                double[] x = Initialization.inputs(network, seed, 1)[0];
                values[i] = ChainSupremum.of(network, Initialization.weights(network, seed), x, group, 1.0, seed)
                        .supremum();
            }
            slopes[s] = LogLogFit.of(m, values).slope();
        }
        double mean = java.util.Arrays.stream(slopes).average().orElseThrow();
        double variance = java.util.Arrays.stream(slopes).map(v -> (v - mean) * (v - mean)).sum() / (seeds - 1);
        return new Slope(mean, Math.sqrt(variance / seeds));
    }

    /** One single layer, one pair inside a segment, one pair across segments, one triple. */
    static List<Set<Integer>> groups(Architecture architecture) {
        int depth = architecture.depth();
        List<List<Integer>> segments = architecture.segments().segments();
        Set<Set<Integer>> groups = new LinkedHashSet<>();
        groups.add(Set.of((depth + 1) / 2));
        segments.stream().filter(s -> s.size() >= 2).findFirst()
                .ifPresent(s -> groups.add(set(s.get(0), s.get(s.size() - 1))));
        if (segments.size() >= 2) {
            groups.add(set(segments.get(0).get(0), segments.get(segments.size() - 1).get(segments.get(segments.size() - 1).size() - 1)));
        }
        if (depth >= 3) {
            groups.add(set(1, (depth + 1) / 2 == 1 ? 2 : (depth + 1) / 2, depth));
        }
        return new ArrayList<>(groups);
    }

    private static Set<Integer> set(Integer... layers) {
        return new TreeSet<>(List.of(layers));
    }
}
