package io.multilin.check.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Architecture;
import io.multilin.check.testing.ArchitectureArbitraries;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.linear.ChainSupremum;
import io.multilin.symbolic.scaling.MultilinearStructure;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 6: the multilinear degree estimated numerically, without the symbolic rules, equals the
 * symbolic one on generated linear ntk networks of depth <= 4.
 *
 * <p>The estimate: layers a and b interact when the largest group of f(W0 + D) containing both
 * is of order one over the ball. Each group S with |S| >= 2 is measured exactly by
 * {@link ChainSupremum} (radius 1) on a small sweep, the median over seeds is fitted by
 * {@link LogLogFit}, and a pair's slope is the largest slope among its supersets. The degree is
 * then the chromatic number of the interaction graph (colouring written here: the symbolic
 * side's colouring is package-private to it, and the estimate must not lean on it anyway).
 *
 * <p>Threshold -1/4: without m^1/2 layers the largest group containing a pair of these networks
 * has exponent 0 or -1/2 and nothing else (enumerated over every network of depth <= 4 built
 * from the generator's tokens), so the midpoint of those two is the decision boundary that is
 * furthest from both. The assertion is about the estimate of a degree, not a docs/VERDICTS.md verdict
 * (which would call for intervals and could be INCONCLUSIVE). Networks with an m^1/2 layer are
 * left out on purpose: there pairs reach exponent exactly -1/4 (a perturbed layer whose fan-in
 * is m^1/2 contributes m^-1/4), which this threshold cannot classify; see
 * {@link #PAIR_EXPONENTS_WITHOUT_SUBLINEAR_WIDTHS}.
 */
class NumericDegreeProperties {

    static final long[] WIDTHS = {32, 64, 128, 256, 512};
    /** Seeds per width: 3, escalated for slopes too close to the threshold to call (see slope()). */
    static final int[] SEED_STAGES = {3, 9, 27};
    /** Midpoint of the only two pair exponents that occur here, 0 and -1/2. */
    static final double INTERACTING_ABOVE = -0.25;
    static final String PAIR_EXPONENTS_WITHOUT_SUBLINEAR_WIDTHS = "{0, -1/2}";

    @Property(tries = 40, seed = "20240607")
    void numericDegreeEqualsTheSymbolicDegree(@ForAll("smallLinearNtk") Sample sample) {
        Architecture architecture = sample.architecture();
        int depth = architecture.depth();
        double[] groupSlope = new double[1 << depth];
        Arrays.fill(groupSlope, Double.NaN);
        for (int mask = 1; mask < (1 << depth); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                groupSlope[mask] = slope(architecture, layers(mask), sample.seed());
            }
        }
        boolean[][] interacts = new boolean[depth][depth];
        StringBuilder table = new StringBuilder();
        for (int a = 0; a < depth; a++) {
            for (int b = a + 1; b < depth; b++) {
                int pair = (1 << a) | (1 << b);
                double best = Double.NEGATIVE_INFINITY;
                for (int mask = pair; mask < (1 << depth); mask++) {
                    if ((mask & pair) == pair) {
                        best = Math.max(best, groupSlope[mask]);
                    }
                }
                interacts[a][b] = interacts[b][a] = best > INTERACTING_ABOVE;
                table.append(String.format(Locale.ROOT, " (%d,%d) %+.3f", a + 1, b + 1, best));
            }
        }
        int numeric = chromaticNumber(interacts);
        Outcome<MultilinearStructure> symbolic = ScalingAnalysis.of(architecture).multilinearStructure();
        if (!(symbolic instanceof Outcome.Derived<MultilinearStructure> derived)) {
            throw new AssertionError("no symbolic degree for " + sample + ": " + symbolic);
        }
        String where = sample + ": pair slopes" + table + "; numeric degree " + numeric + ", symbolic "
                + derived.value().degree() + " " + derived.value().blocks();
        System.out.println(where);
        assertEquals(derived.value().degree(), numeric, where);
    }

    /** The generated network and the first seed of its sweep: enough to rerun one case by hand. */
    record Sample(Architecture architecture, long seed) {
        @Override
        public String toString() {
            return architecture.widthsSpelling() + " " + architecture.parameterization().spelling() + " seed " + seed;
        }
    }

    @Provide
    Arbitrary<Sample> smallLinearNtk() {
        return Combinators.combine(
                ArchitectureArbitraries.linearNtkNetworks(4).filter(NumericDegreeProperties::noSublinearWidth),
                Arbitraries.longs().between(1, 1_000_000)).as(Sample::new);
    }

    static boolean noSublinearWidth(Architecture a) {
        return a.widths().stream().allMatch(w -> w.isFixed() || w.exponent().doubleValue() == 1);
    }

    /**
     * Slope over the sweep of the median (over seeds) exact supremum of group S, with more seeds
     * while the slope is within two standard errors of the threshold. Needed, not cosmetic: when
     * perturbed layers follow a bottleneck fed by a wide layer (or precede one), the chain's end
     * vector is a CLT-normalised sum such as {@code (2m)^-1/2 sum_j W2_ij (W1 x)_j}. Common
     * random numbers do not freeze it (it wanders by order one from width to width like a random
     * walk normalised by its length), so single-seed slopes of an m^-1/2 group on
     * [1, 2m, 2, m, 2] range from -0.74 to -0.02 and the median of 3 seeds fitted to -0.16.
     * docs/VERDICTS.md: a noisy slope calls for more seeds, never for another threshold.
     */
    static double slope(Architecture architecture, Set<Integer> group, long firstSeed) {
        double slope = Double.NaN;
        for (int seeds : SEED_STAGES) {
            double[][] values = new double[seeds][WIDTHS.length];
            for (int i = 0; i < WIDTHS.length; i++) {
                Network network = Network.of(architecture, WIDTHS[i]);
                for (int s = 0; s < seeds; s++) {
                    long seed = firstSeed + s;
                    double[] x = Initialization.inputs(network, seed, 1)[0];
                    values[s][i] = ChainSupremum.of(network, Initialization.weights(network, seed), x, group, 1.0, seed)
                            .supremum();
                }
            }
            double[] medians = new double[WIDTHS.length];
            for (int i = 0; i < WIDTHS.length; i++) {
                double[] column = new double[seeds];
                for (int s = 0; s < seeds; s++) {
                    column[s] = values[s][i];
                }
                Arrays.sort(column);
                medians[i] = column[seeds / 2];
            }
            slope = LogLogFit.of(WIDTHS, medians).slope();
            if (Math.abs(slope - INTERACTING_ABOVE) > 2 * standardError(values)) {
                return slope;
            }
        }
        return slope;
    }

    /** Standard error of the mean per-seed slope: the seeds are independent, the widths are not. */
    private static double standardError(double[][] values) {
        double[] slopes = Arrays.stream(values).mapToDouble(v -> LogLogFit.of(WIDTHS, v).slope()).toArray();
        double mean = Arrays.stream(slopes).average().orElseThrow();
        double variance = Arrays.stream(slopes).map(v -> (v - mean) * (v - mean)).sum() / (slopes.length - 1);
        return Math.sqrt(variance / slopes.length);
    }

    static Set<Integer> layers(int mask) {
        Set<Integer> layers = new TreeSet<>();
        for (int l = 0; l < 32; l++) {
            if ((mask & (1 << l)) != 0) {
                layers.add(l + 1);
            }
        }
        return layers;
    }

    /** Fewest colours with no edge inside a colour, by trying k = 1, 2, ... (n <= 4 here). */
    static int chromaticNumber(boolean[][] edges) {
        int n = edges.length;
        for (int k = 1; k < n; k++) {
            if (colourable(edges, new int[n], 0, k)) {
                return k;
            }
        }
        return n;
    }

    private static boolean colourable(boolean[][] edges, int[] colour, int vertex, int k) {
        if (vertex == colour.length) {
            return true;
        }
        for (int c = 0; c < k; c++) {
            boolean free = true;
            for (int other = 0; other < vertex && free; other++) {
                free = !(edges[vertex][other] && colour[other] == c);
            }
            if (free) {
                colour[vertex] = c;
                if (colourable(edges, colour, vertex + 1, k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
