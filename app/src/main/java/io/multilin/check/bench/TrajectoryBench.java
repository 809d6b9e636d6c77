package io.multilin.check.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.dynamics.LayerRates;
import io.multilin.numeric.dynamics.Trajectory;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench trajectory}: one {@link Trajectory} run, the computation of a dynamics claim and
 * of a practitioner's muP "coordinate check": {@code steps} full-batch steps of gradient descent
 * or Adam from the seeded w0 on {@code 1/2 (f(w; x) - target)^2} at the seeded input, layer l at
 * rate {@code eta m^{-c_l}} (the parameterization's own c), recording at every step the loss and
 * every layer's {@code RMS_i (z_l(w_t) - z_l(w0))_i}. The timed work is the run from w0 (its copy
 * of w0 included); building w0 is not timed. The line carries what a peer needs to take the same
 * steps (multipliers, rates, eta, target) and what it should find (the losses and the final
 * feature changes); with a point directory the input and w0 are written there for it
 * ({@link #writePoint}), so that bench/bench_dynamics_torch.py steps from the same weights.
 *
 * <p>A trajectory is sequential (one thread): the line says so.
 */
final class TrajectoryBench {

    private TrajectoryBench() {
    }

    /** The network of a trajectory line: m is the width symbol's value, the widest hidden layer for fixed widths. */
    record Setup(Architecture architecture, long m, int steps, double eta, double target, long seed,
                 OptimizerChoice optimizer) {
        Setup {
            if (steps < 1 || steps > 1000) {
                throw new IllegalArgumentException("--steps must be between 1 and 1000, got " + steps);
            }
            if (!(eta > 0) || Double.isInfinite(eta) || !Double.isFinite(target)) {
                throw new IllegalArgumentException("need a positive finite --eta and a finite --target, got " + eta
                        + " and " + target);
            }
            // refused here, as the user's error, when the parameterization gives no rate exponents
            LayerRates.of(architecture, m);
        }
    }

    /**
     * The value of m for an architecture: {@code symbolicM} when a width mentions m, else the
     * widest hidden layer (so that the fixed widths {@code 4,2048x3,1} are muP at m = 2048).
     */
    static long widthParameter(Architecture architecture, long symbolicM) {
        List<Width> widths = architecture.widths();
        if (widths.stream().anyMatch(w -> !w.isFixed())) {
            if (symbolicM < 1 || symbolicM > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("--m must be a positive int, got " + symbolicM);
            }
            return symbolicM;
        }
        long widest = 1;
        for (int i = 1; i < widths.size() - 1; i++) {
            widest = Math.max(widest, ((Width.Fixed) widths.get(i)).size());
        }
        return widest;
    }

    /** Parses {@code gd} or {@code adam} (Adam with the claims' defaults, beta 0.9, 0.999, epsilon 1e-8). */
    static OptimizerChoice optimizer(String name) {
        switch (name.trim()) {
            case "gd": return new OptimizerChoice.GradientDescent();
            case "adam": return OptimizerChoice.Adam.DEFAULT;
            default: throw new IllegalArgumentException("--optimizer must be gd or adam, got '" + name + "'");
        }
    }

    /** Times the run and returns its line; writes the point into {@code pointDir} first when it is not null. */
    static ObjectNode run(BenchOutput output, Setup setup, MedianTimer timer, Path pointDir)
            throws InterruptedException {
        Network network = Network.of(setup.architecture(), setup.m());
        double[] w0 = Initialization.weights(network, setup.seed());
        double[] x = Initialization.inputs(network, setup.seed(), 1)[0];
        double[] rates = LayerRates.of(setup.architecture(), setup.m());
        String pointFile = null;
        if (pointDir != null) {
            pointFile = pointName(setup);
            writePoint(pointDir.resolve(pointFile), x, w0);
        }
        Trajectory trajectory = new Trajectory(network, new double[][] {x}, new double[] {setup.target()});
        MedianTimer.Timing timing = timer.time(() -> trajectory.run(w0, setup.eta(), rates, setup.steps(),
                setup.optimizer()));
        @SuppressWarnings("unchecked")
        List<Trajectory.Record> records = (List<Trajectory.Record>) timing.lastResult();

        int depth = network.depth();
        ObjectNode line = output.line("trajectory");
        int[] widths = setup.architecture().widthsAt(setup.m());
        BenchOutput.putInts(line, "widths", Arrays.stream(widths).boxed().toList());
        line.put("activation", setup.architecture().activation().spelling());
        line.put("parameterization", setup.architecture().parameterization().spelling());
        line.put("m", setup.m());
        line.put("optimizer", setup.optimizer().spelling());
        line.put("steps", setup.steps());
        line.put("eta", setup.eta());
        line.put("target", setup.target());
        line.put("seed", setup.seed());
        line.put("threads", 1);
        line.put("params", network.layout().total());
        line.put("seconds", timing.medianSeconds());
        line.put("seconds_min", timing.minSeconds());
        line.put("repeats", timing.repeats());
        ArrayNode alpha = line.putArray("multipliers");
        ArrayNode rate = line.putArray("rates");
        for (int l = 1; l <= depth; l++) {
            alpha.add(network.multiplier(l));
            rate.add(rates[l]);
        }
        ArrayNode losses = line.putArray("loss");
        records.forEach(r -> losses.add(r.loss()));
        ArrayNode change = line.putArray("feature_change");
        double[] last = records.get(setup.steps()).featureChange();
        for (int l = 1; l <= depth; l++) {
            change.add(last[l]);
        }
        if (pointFile != null) {
            line.put("point_file", pointFile);
        }
        return line;
    }

    /** {@code trajectory-mup-4-2048-2048-2048-1-seed1.f64}: the point depends on the init's scale, widths and seed. */
    static String pointName(Setup setup) {
        StringBuilder name = new StringBuilder("trajectory-")
                .append(setup.architecture().parameterization().spelling());
        for (int n : setup.architecture().widthsAt(setup.m())) {
            name.append('-').append(n);
        }
        return name.append("-seed").append(setup.seed()).append(".f64").toString();
    }

    /**
     * The input x (n_0 entries), then w0 (W_1..W_L, each n_l x n_{l-1} row-major, as
     * {@link io.multilin.numeric.engine.ParameterLayout} lays them out), float64 little-endian,
     * no header: what {@code numpy.fromfile(path, "<f8")} reads.
     */
    static void writePoint(Path file, double[] x, double[] w0) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
                for (double[] array : new double[][] {x, w0}) {
                    for (double v : array) {
                        if (!buffer.hasRemaining()) {
                            drain(channel, buffer);
                        }
                        buffer.putDouble(v);
                    }
                }
                drain(channel, buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the trajectory's start point to " + file, e);
        }
    }

    private static void drain(FileChannel channel, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
