package io.multilin.check.cli;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.json.JsonReport;
import io.multilin.check.report.ReportOptions;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.RunMetadata;
import io.multilin.check.run.CheckRun;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code multilin check}: parses the arguments, runs the check, prints and writes the results. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = {"Checks claim files: symbolic prediction and numeric measurement of each assertion.",
            "Exit status: 0 all VERIFIED; 1 any REFUTED, DISAGREEMENT, INCONCLUSIVE or UNSUPPORTED;",
            "2 unusable arguments or invalid claim files (the valid ones are still checked)."})
public final class CheckCommand implements Callable<Integer> {

    /** Where the main job (no files, no report option) writes its report. */
    static final String DEFAULT_REPORT = "multilin-report.tex";

    /** Which side {@code --only} keeps. */
    enum Only { symbolic, numeric }

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "0..*",
            description = "Claim files, or directories whose *.yaml/*.yml files are checked (default: the bundled claims,"
                    + " reported in " + DEFAULT_REPORT + " and its PDF)")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the results as JSON")
    private Path json;

    @Option(names = "--report", paramLabel = "OUT.tex", description = "Write a LaTeX report")
    private Path report;

    @Option(names = "--pdf", description = "Also compile the LaTeX report to PDF")
    private boolean pdf;

    @Option(names = "--markdown", paramLabel = "OUT.md", description = "Write a Markdown report")
    private Path markdown;

    @Option(names = "--only", paramLabel = "SIDE", description = "Consult one side only: ${COMPLETION-CANDIDATES}")
    private Only only;

    @Option(names = "--seed", paramLabel = "N", description = "Base seed of every random stream (default ${DEFAULT-VALUE})")
    private long seed = SweepDefaults.SEED;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for sweeps (default: all cores)")
    private Integer threads;

    @Option(names = "--max-memory", paramLabel = "SIZE", description = "Memory the sweeps may plan for, e.g. 512m"
            + " or 6g (default: the JVM's maximum heap); a sweep whose cells would need more is refused with the"
            + " estimate")
    private String maxMemory;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep finished cells in DIR, so that an"
            + " interrupted run resumes (default: the user's cache folder, ~/.cache/multilin)")
    private Path cache;

    @Option(names = "--no-cache", description = "Keep no cells on disk")
    private boolean noCache;

    @Option(names = "--timeout", paramLabel = "TIME", description = "Wall time each claim may take, e.g. 90s, 10m"
            + " or 1h30m; what is not measured in time is INCONCLUSIVE and the run goes on (default: no limit)")
    private String timeout;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    CheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and 1024, got " + threads);
        }
        if (pdf && report == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pdf needs --report OUT.tex");
        }
        Mode mode = only == null ? Mode.BOTH : only == Only.symbolic ? Mode.SYMBOLIC : Mode.NUMERIC;
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SweepDefaults sweep = SweepDefaults.of(seed, threadCount);
        if (maxMemory != null) {
            sweep = sweep.withMaxMemory(MemorySize.parse(maxMemory).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--max-memory expects a size such as 512m or 6g, got '" + maxMemory + "'")));
        }
        List<Path> arguments = inputs.isEmpty() ? List.of(environment.home().resolve("claims")) : inputs;
        if (inputs.isEmpty() && report == null && markdown == null) {
            // the main job: the bundled library checked and reported in the working folder
            report = Path.of(DEFAULT_REPORT);
            pdf = true;
        }
        ProgressListener progress = new ProgressPrinter(environment.err(), environment.interactive());
        if (noCache && cache != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache and --no-cache exclude each other");
        }
        Optional<Path> cells = noCache ? Optional.empty() : Optional.ofNullable(cache).or(environment::defaultCache);
        Sides sides = cells.map(environment.sides()::withCache).orElse(environment.sides());
        Optional<Duration> limit = Optional.empty();
        if (timeout != null) {
            limit = Optional.of(TimeLimit.parse(timeout).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--timeout expects a time such as 90s, 10m or 1h30m, got '" + timeout + "'")));
        }
        ClaimChecker checker = new ClaimChecker(sides, mode, sweep, progress, limit);
        VerdictTable table = new VerdictTable(environment.out());

        Instant started = Instant.now();
        Thread worker = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            worker.interrupt();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "multilin-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            CheckRun.Outcome outcome = CheckRun.run(arguments, checker, table::claim);
            Thread.interrupted(); // the interrupt was consumed by stopping; printing must not be cut short
            return finish(outcome, mode, sweep, started);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for the output above
            }
        }
    }

    private int finish(CheckRun.Outcome outcome, Mode mode, SweepDefaults sweep, Instant started) {
        List<ClaimError> errors = outcome.errors();
        for (ClaimError e : errors) {
            environment.err().println(Terminal.clean(e.format()));
        }
        RunMetadata metadata = new RunMetadata(VersionInfo.version(), mode, sweep, started,
                Duration.between(started, Instant.now()), outcome.interrupted());
        ReportRequest request = new ReportRequest(outcome.results(), errors, metadata,
                new ReportOptions(Optional.ofNullable(report), pdf, Optional.ofNullable(markdown)));
        boolean writeFailed = false;
        if (json != null) {
            try {
                JsonReport.write(request, json);
            } catch (IOException e) {
                environment.err().println("multilin: cannot write " + Terminal.clean(json.toString()) + ": "
                        + Terminal.clean(String.valueOf(e.getMessage())));
                writeFailed = true;
            }
        }
        try {
            environment.reports().write(request).forEach(note -> environment.err().println("multilin: "
                    + Terminal.clean(note)));
        } catch (IOException e) {
            environment.err().println("multilin: cannot write the report: " + Terminal.clean(String.valueOf(e.getMessage())));
            writeFailed = true;
        }
        if (outcome.interrupted()) {
            environment.err().println("multilin: interrupted; the claims finished before the interrupt are shown");
        }
        new VerdictTable(environment.out()).summary(outcome.results(), errors, outcome.interrupted());
        environment.out().flush();
        if (!errors.isEmpty() || writeFailed) {
            return Multilin.USAGE;
        }
        boolean allVerified = !outcome.interrupted()
                && outcome.results().stream().allMatch(r -> r.verdict() == Verdict.VERIFIED);
        return allVerified ? 0 : 1;
    }
}
