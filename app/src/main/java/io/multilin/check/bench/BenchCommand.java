package io.multilin.check.bench;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.run.SweepContract;
import io.multilin.check.run.SweepDefaults;
import io.multilin.numeric.bench.StreamBandwidth;
import io.multilin.numeric.bench.Task;
import io.multilin.numeric.sweep.SweepPlan;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code multilin bench}: the tool's performance as JSON lines on stdout. Without a task it runs
 * the suite that bench/compare.sh puts beside PyTorch, JAX and SymPy; {@code --smoke} runs the
 * same tasks at small sizes (seconds, for CI: it shows the tasks still run, not how fast).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures multilin's own performance; prints one JSON object per line, each with a \"task\".",
            "Without a task: the suite compared with PyTorch, JAX and SymPy by bench/compare.sh."})
public final class BenchCommand implements Callable<Integer> {

    /** The architecture of bench/bench_sympy.py's largest case within a few seconds, and the acceptance case. */
    static final List<String> EXPAND_SUITE = List.of("8,16,16,32,1", "16,32,32,32,1");

    @Option(names = "--smoke", description = "Every task at small sizes, once (for CI)")
    boolean smoke;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the numeric kernels (default: all cores)")
    Integer threads;

    @Option(names = "--point-dir", paramLabel = "DIR", description = "Write each trajectory's input and w0 here"
            + " (float64 files for bench/bench_dynamics_torch.py and bench_dynamics_jax.py)")
    Path pointDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        BenchOutput output = new BenchOutput(out);
        MedianTimer timer = smoke ? new MedianTimer(0, 1) : new MedianTimer(3, 7);
        for (String widths : smoke ? List.of("2,3,3,1", "4,4,4,4,1") : EXPAND_SUITE) {
            Architecture architecture = new NetworkOptions().architecture(widths, "linear");
            output.emit(ExpandBench.run(output, architecture, architecture.widthsAt(1), timer));
        }
        int stream = smoke ? 1 << 16 : StreamBandwidth.DEFAULT_LENGTH;
        try (KernelBenches kernels = usable(() -> new KernelBenches(output, threadCount(), stream))) {
            kernels.stream(smoke ? 1 : 7);
            int repeats = smoke ? 1 : 5;
            Activation tanh = new Activation.Tanh();
            for (int[] widths : smoke ? new int[][] {{4, 32, 32, 1}} : KERNEL_SUITE) {
                kernels.kernel(new Task.Forward(), widths, tanh, repeats);
                kernels.kernel(new Task.Taylor(4), widths, tanh, repeats);
                kernels.kernel(new Task.Hvp(), widths, tanh, repeats);
                if (widths[0] == 16 || smoke) {
                    kernels.kernel(new Task.Lanczos(30), widths, tanh, smoke ? 1 : 3);
                }
            }
        }
        Architecture coordinateCheck = new NetworkOptions().architecture(smoke ? "4,16x2,1" : TRAJECTORY_SUITE, "tanh",
                new Parameterization.Mup());
        for (String optimizer : List.of("gd", "adam")) {
            TrajectoryBench.Setup setup = new TrajectoryBench.Setup(coordinateCheck,
                    TrajectoryBench.widthParameter(coordinateCheck, 1), smoke ? 2 : 5, GradientSteps.DEFAULT_LR,
                    GradientSteps.DEFAULT_TARGET, 1, TrajectoryBench.optimizer(optimizer));
            output.emit(TrajectoryBench.run(output, setup, timer, pointDir));
        }
        return 0;
    }

    /** The coordinate check bench/bench_dynamics_torch.py and bench_dynamics_jax.py repeat: 5 steps, muP tanh. */
    static final String TRAJECTORY_SUITE = "4,2048x3,1";

    /** The networks of bench/bench_torch.py and bench/bench_jax.py: depth 6, ntk tanh. */
    static final int[][] KERNEL_SUITE = {
        {16, 256, 256, 256, 256, 256, 1}, {16, 1024, 1024, 1024, 1024, 1024, 1},
        {16, 2048, 2048, 2048, 2048, 2048, 1}, {4, 2048, 2048, 2048, 2048, 2048, 1},
    };

    private int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    @Command(name = "stream", mixinStandardHelpOptions = true,
            description = "The memory bandwidth of this machine (read and triad), with the kernels' threads")
    int stream(@Option(names = "--repeats", paramLabel = "N", defaultValue = "7") int repeats) {
        try (KernelBenches kernels = usable(() -> new KernelBenches(new BenchOutput(out), threadCount(),
                StreamBandwidth.DEFAULT_LENGTH))) {
            kernels.stream(Math.max(1, repeats));
        }
        return 0;
    }

    @Command(name = "forward", mixinStandardHelpOptions = true,
            description = "One forward pass f(w; x), beside the memory bandwidth measured with it")
    int forward(@Mixin NetworkOptions network, @Option(names = "--repeats", defaultValue = "5") int repeats) {
        return kernel(new Task.Forward(), network, repeats);
    }

    @Command(name = "taylor", mixinStandardHelpOptions = true,
            description = "Taylor mode: the coefficients of f(w + t u) in t to an order, in one pass")
    int taylor(@Mixin NetworkOptions network, @Option(names = "--order", defaultValue = "4") int order,
               @Option(names = "--repeats", defaultValue = "5") int repeats) {
        return kernel(usable(() -> new Task.Taylor(order)), network, repeats);
    }

    @Command(name = "hvp", mixinStandardHelpOptions = true, description = "One Hessian-vector product H v")
    int hvp(@Mixin NetworkOptions network, @Option(names = "--repeats", defaultValue = "5") int repeats) {
        return kernel(new Task.Hvp(), network, repeats);
    }

    @Command(name = "lanczos", mixinStandardHelpOptions = true,
            description = "The Hessian norm by a fixed number of Lanczos steps (range coordinates)")
    int lanczos(@Mixin NetworkOptions network, @Option(names = "--iterations", defaultValue = "30") int iterations,
                @Option(names = "--repeats", defaultValue = "3") int repeats) {
        return kernel(usable(() -> new Task.Lanczos(iterations)), network, repeats);
    }

    private int kernel(Task task, NetworkOptions network, int repeats) {
        Architecture architecture = usable(() -> network.architecture("16,2048x5,1", "tanh"));
        int[] widths = usable(() -> network.concreteWidths(architecture));
        try (KernelBenches kernels = usable(() -> new KernelBenches(new BenchOutput(out), threadCount(),
                StreamBandwidth.DEFAULT_LENGTH))) {
            kernels.kernel(task, widths, architecture.activation(), Math.max(1, repeats));
        }
        return 0;
    }

    @Command(name = "trajectory", mixinStandardHelpOptions = true,
            description = {"Gradient steps as a dynamics claim (or a muP coordinate check) takes them: loss and every"
                + " layer's RMS feature change per step, from the seeded w0 at the seeded input",
                "Prints the losses and the last step's feature changes beside the time (one thread)."})
    int trajectory(@Mixin NetworkOptions network,
                   @Option(names = "--parameterization", paramLabel = "NAME", defaultValue = "mup",
                           description = "ntk, standard, mean-field, integrable or mup (default ${DEFAULT-VALUE})")
                   String parameterization,
                   @Option(names = "--optimizer", paramLabel = "gd|adam", defaultValue = "gd",
                           description = "gd or adam (beta 0.9, 0.999, epsilon 1e-8); default ${DEFAULT-VALUE}")
                   String optimizer,
                   @Option(names = "--steps", defaultValue = "5", description = "Steps (default ${DEFAULT-VALUE})")
                   int steps,
                   @Option(names = "--eta", defaultValue = "" + GradientSteps.DEFAULT_LR,
                           description = "Base rate; layer l steps at eta m^-c_l (default ${DEFAULT-VALUE})") double eta,
                   @Option(names = "--target", defaultValue = "" + GradientSteps.DEFAULT_TARGET,
                           description = "Target y of 1/2 (f - y)^2 (default ${DEFAULT-VALUE})") double target,
                   @Option(names = "--seed", defaultValue = "1", description = "Seed of w0 and x (default ${DEFAULT-VALUE})")
                   long seed,
                   @Mixin TimingOptions timing,
                   @Option(names = "--point-dir", paramLabel = "DIR",
                           description = "Write the input and w0 here (float64, for the Python peers)") Path points)
            throws InterruptedException {
        TrajectoryBench.Setup setup = usable(() -> {
            Architecture architecture = network.architecture(TRAJECTORY_SUITE, "tanh",
                    Parameterization.parse(parameterization));
            return new TrajectoryBench.Setup(architecture, TrajectoryBench.widthParameter(architecture, network.m),
                    steps, eta, target, seed, TrajectoryBench.optimizer(optimizer));
        });
        MedianTimer timer = usable(timing::timer);
        BenchOutput output = new BenchOutput(out);
        output.emit(TrajectoryBench.run(output, setup, timer, points));
        return 0;
    }

    @Command(name = "expand", mixinStandardHelpOptions = true,
            description = "Exact expansion of the first output in the weights, with degrees per layer and segment")
    int expand(@Mixin NetworkOptions network, @Mixin TimingOptions timing) throws InterruptedException {
        BenchOutput output = new BenchOutput(out);
        Architecture architecture = usable(() -> network.architecture("16,32,32,32,1", "linear"));
        int[] widths = usable(() -> network.concreteWidths(architecture));
        if (!(architecture.activation() instanceof Activation.Linear
                || architecture.activation() instanceof Activation.Polynomial)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "expand needs a linear or poly(...) activation"
                    + " (an exact polynomial), not " + architecture.activation().spelling());
        }
        output.emit(ExpandBench.run(output, architecture, widths, timing.timer()));
        return 0;
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = "Every quantity of a claim swept cell by cell: time, peak heap and estimate per width")
    int sweep(@Parameters(paramLabel = "CLAIM.yaml") Path file,
              @Option(names = "--widths", split = ",", paramLabel = "M,...",
                      description = "Widths of m (default: the claim's sweep, else the default sweep)") List<Long> widths,
              @Option(names = "--seeds", paramLabel = "N", description = "Seeds per width (default: the claim's, else 3)")
              Integer seeds,
              @Option(names = "--estimate-only", description = "Print the planner's memory and work estimate per cell;"
                      + " run nothing") boolean estimateOnly) throws Exception {
        ParsedClaim parsed = new ClaimParser().parse(file);
        if (parsed.claim().isEmpty()) {
            for (ClaimError e : parsed.errors()) {
                err.println(e.format());
            }
            return 2;
        }
        NetworkClaim claim = parsed.claim().get().accept(new Claim.Cases<NetworkClaim>() {
            @Override
            public NetworkClaim network(NetworkClaim c) {
                return c;
            }

            @Override
            public NetworkClaim training(TrainingClaim c) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": a training claim has no width"
                        + " sweep; bench sweep takes a network claim");
            }
        });
        List<Long> ms = widths != null ? widths : claim.sweep().flatMap(s -> s.widths())
                .orElseGet(() -> SweepContract.defaultWidths(claim.architecture()));
        int seedCount = seeds != null ? seeds : claim.seeds(SweepDefaults.SEEDS);
        SweepPlan plan = usable(() -> new SweepPlan(ms.stream().mapToLong(Long::longValue).toArray(), seedCount,
                SweepDefaults.SEED));
        BenchOutput output = new BenchOutput(out);
        if (estimateOnly) {
            new SweepBench(output).estimate(claim, plan);
            return 0;
        }
        double total = new SweepBench(output).run(claim, plan);
        var line = output.line("sweep-total");
        line.put("claim", claim.id());
        line.put("seconds", total);
        output.emit(line);
        return 0;
    }

    /** Runs a parse of the command line's values; a bad value is the user's error, exit 2 with the message. */
    private <T> T usable(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
