/**
 * The command line (docs/CLAIMS.md, the command): {@code multilin check} and its output on
 * the terminal. The entry point of the pipeline claim -> plan -> symbolic | numeric -> verdict
 * -> report, and the place that wires its steps together.
 * <ul>
 *   <li>{@link io.multilin.check.cli.Multilin}: the picocli main class; verbs are subcommands,
 *       one class each ({@link io.multilin.check.cli.CheckCommand}, and
 *       {@link io.multilin.check.bench.BenchCommand} from its own package);</li>
 *   <li>{@link io.multilin.check.cli.CheckCommand}: reads the options (files or the bundled
 *       {@code claims/}, {@code --only}, {@code --seed}, {@code --threads},
 *       {@code --max-memory}, {@code --timeout}, {@code --cache}, the report paths), runs the
 *       check, prints a verdict table per claim and a summary, writes the JSON and reports, and
 *       returns the exit status: 0 when every assertion is VERIFIED, 1 otherwise, 2 for
 *       unusable arguments or invalid claim files;</li>
 *   <li>{@link io.multilin.check.cli.Environment}: what a command runs against (sides, report
 *       sink, streams, home, cell cache), real in {@code main} and fake in tests;</li>
 *   <li>{@link io.multilin.check.cli.Terminal}: strips control and invisible format characters
 *       from free text, so that a claim file cannot drive the terminal;
 *       {@link io.multilin.check.cli.VersionInfo}: the version from the jar manifest.</li>
 * </ul>
 * Being the top of the tool (the app module), it may depend on every package of proofs-check
 * (claims, run, sides, verdicts, JSON, reports) and on bench; nothing else may depend on it. It
 * reaches the symbolic and numeric modules only through the ports, backed by
 * {@link io.multilin.check.sides.real.RealSides}, and the reports module only through
 * {@link io.multilin.check.report.ReportSink}.
 */
package io.multilin.check.cli;
