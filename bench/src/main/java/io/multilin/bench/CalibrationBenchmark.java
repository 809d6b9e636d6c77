package io.multilin.bench;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.fit.Confidence;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.linear.ChainSupremum;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.CoverageCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Calibration of the slope interval (docs/MEANING.md section 4, issue 10): on quantities whose width
 * exponent is exact, the 95% interval must cover it about 95% of the time. For each quantity,
 * {@code baseSeeds} sweeps (widths 64..1024, 3 seeds each, nested widths as in every sweep)
 * count how often the seed-slope interval ({@code SlopeEstimate}) and the former median-fit
 * interval ({@code LogLogFit} of the per-width medians) contain the exponent.
 *
 * <p>The quantities are exact engine computations on the all-wide networks [4, m, 1] (every
 * hidden layer of width m), chosen because their finite-width bias is O(1/m) in the log, far
 * below the slope's seed-to-seed spread. To show it, every quantity is swept a second time at
 * 16x the widths (1024..16384): its mean slope over all base seeds must agree with the
 * exponent there too, within its standard error, and with the mean at the small widths.
 * <ul>
 *   <li>linear chain suprema over the unit ball (ChainSupremum, layer set S): ntk S = {1} is
 *       {@code (1/2)||x|| ||w_2|| m^{-1/2}}, exponent 0; mean-field S = {2} is
 *       {@code (1/2)||W_1 x|| / m}, exponent -1/2;</li>
 *   <li>|f(x)| of the tanh ntk network at init, exponent 0: Gaussian in the limit, so its log
 *       has a heavy left tail (a value near 0 now and then) and its seeds vary a lot;</li>
 *   <li>the gradient norm at init of the tanh mean-field network, exponent -1/2:
 *       {@code ||grad f||^2 = m^{-2} sum_i (tanh(h_i)^2 + ||x||^2 w_{2,i}^2 tanh'(h_i)^2 / 4)}, 1/m
 *       times an average of m i.i.d. terms, nonlinear in both layers. (Not the standard
 *       parameterization: there the first layer's part is a 1/m correction to the second's,
 *       a real finite-width bias of the slope, -0.009 at 64..1024.)</li>
 * </ul>
 *
 * <p>Usage: {@code CalibrationBenchmark [baseSeeds [seeds [csvPath]]]}, defaults 100, 3,
 * bench/results/multilin-calibration.csv. The table goes to stdout, the CSV to the file.
 */
public final class CalibrationBenchmark {

    private static final long[] WIDTHS = {64, 128, 256, 512, 1024};
    private static final long BIAS_FACTOR = 16;
    /** Rounding level of these order-one quantities; every value lies many decades above it. */
    private static final double FLOOR = 1e-12;
    private static final long FIRST_BASE_SEED = 20_260_000L;

    private record Quantity(String name, double exponent, CellMeasurement measurement) {
    }

    private CalibrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int baseSeeds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path csv = Path.of(args.length > 2 ? args[2] : "bench/results/multilin-calibration.csv");
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        long[] large = Arrays.stream(WIDTHS).map(m -> m * BIAS_FACTOR).toArray();
        List<CoverageCheck.Result> results = new ArrayList<>();
        long start = System.nanoTime();
        List<Quantity> quantities = quantities();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            // base seeds of their own: the quantities share weights at equal seeds, and the pooled
            // coverage counts them as independent trials
            long first = FIRST_BASE_SEED + 1_000_000L * i;
            for (long[] widths : List.of(WIDTHS, large)) {
                results.add(CoverageCheck.run(q.name(), q.exponent(), widths, seeds, baseSeeds, first,
                        q.measurement(), Confidence.DEFAULT, threads));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(table(results));
        System.out.println(pooled(results, WIDTHS[0]));
        System.out.printf(Locale.ROOT, "%d sweeps in %.1f s on %d threads%n",
                results.size() * baseSeeds, seconds, threads);
        Files.createDirectories(csv.toAbsolutePath().getParent());
        Files.writeString(csv, csv(results));
        System.out.println("CSV: " + csv);
    }

    private static List<Quantity> quantities() {
        return List.of(
                chain("chain sup S={1}, linear ntk [4,m,1]", "ntk", 1, 0.0),
                chain("chain sup S={2}, linear mean-field [4,m,1]", "mean-field", 2, -0.5),
                new Quantity("|f(x)| at init, tanh ntk [4,m,1]", 0.0, output(architecture("tanh", "ntk"))),
                new Quantity("||grad f(x)|| at init, tanh mean-field [4,m,1]", -0.5,
                        gradient(architecture("tanh", "mean-field"))));
    }

    private static Architecture architecture(String activation, String parameterization) {
        return new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("1")),
                Activation.parse(activation), Parameterization.parse(parameterization));
    }

    private static Quantity chain(String name, String parameterization, int layer, double exponent) {
        Architecture architecture = architecture("linear", parameterization);
        return new Quantity(name, exponent, (m, seed) -> {
            Network net = Network.of(architecture, m);
            double[] w0 = Initialization.weights(net, seed);
            double[] x = Initialization.inputs(net, seed, 1)[0];
            return new PointValue(ChainSupremum.of(net, w0, x, List.of(layer), 1.0, seed).supremum(), FLOOR,
                    "chain" + layer);
        });
    }

    private static CellMeasurement gradient(Architecture architecture) {
        return (m, seed) -> {
            Network net = Network.of(architecture, m);
            double[] w0 = Initialization.weights(net, seed);
            double[] x = Initialization.inputs(net, seed, 1)[0];
            return new PointValue(new Derivatives(net, w0, x).gradientNorm(), FLOOR, "gradient");
        };
    }

    private static CellMeasurement output(Architecture architecture) {
        return (m, seed) -> {
            Network net = Network.of(architecture, m);
            double[] w0 = Initialization.weights(net, seed);
            double[] x = Initialization.inputs(net, seed, 1)[0];
            return new PointValue(Math.abs(new ForwardPass(net).evaluate(w0, x)), FLOOR, "output");
        };
    }

    private static String range(long[] widths) {
        return widths[0] + ".." + widths[widths.length - 1];
    }

    static String table(List<CoverageCheck.Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| quantity | exponent | widths | seeds | base seeds | coverage new | coverage old"
                + " | mean width new | mean width old | mean slope +- se |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (CoverageCheck.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %+.1f | %s | %d | %d | %.3f | %.3f | %.4f | %.4f"
                            + " | %+.5f +- %.5f |%n", r.quantity(), r.exponent(), range(r.widths()), r.seeds(),
                    r.baseSeeds(), r.coverageNew(), r.coverageOld(), r.meanWidthNew(), r.meanWidthOld(),
                    r.meanSlope(), r.slopeStandardError()));
        }
        return out.toString();
    }

    /** All quantities together at the sweep's widths: one coverage over every interval. */
    private static String pooled(List<CoverageCheck.Result> results, long smallest) {
        List<CoverageCheck.Result> at = results.stream().filter(r -> r.widths()[0] == smallest).toList();
        int n = at.stream().mapToInt(CoverageCheck.Result::baseSeeds).sum();
        int covered = at.stream().mapToInt(CoverageCheck.Result::coveredNew).sum();
        int old = at.stream().mapToInt(CoverageCheck.Result::coveredOld).sum();
        double se = Math.sqrt(0.95 * 0.05 / n);
        return String.format(Locale.ROOT, "pooled at %s: new %d/%d = %.3f, old %d/%d = %.3f"
                        + " (a true 95%% gives 0.950 +- %.3f, one binomial sd)", range(at.get(0).widths()),
                covered, n, (double) covered / n, old, n, (double) old / n, se);
    }

    static String csv(List<CoverageCheck.Result> results) {
        String header = "quantity,exponent,widths,seeds,base_seeds,fitted,covered_new,covered_old,coverage_new,"
                + "coverage_old,mean_width_new,mean_width_old,mean_slope,slope_se\n";
        return header + results.stream().map(r -> String.format(Locale.ROOT,
                "\"%s\",%s,%s,%d,%d,%d,%d,%d,%.4f,%.4f,%.6f,%.6f,%.6f,%.6f", r.quantity(), r.exponent(),
                Arrays.stream(r.widths()).mapToObj(Long::toString).collect(Collectors.joining(" ")), r.seeds(),
                r.baseSeeds(), r.fitted(), r.coveredNew(), r.coveredOld(), r.coverageNew(), r.coverageOld(),
                r.meanWidthNew(), r.meanWidthOld(), r.meanSlope(), r.slopeStandardError()))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
