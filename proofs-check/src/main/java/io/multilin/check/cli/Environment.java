package io.multilin.check.cli;

import io.multilin.check.report.ReportSink;
import io.multilin.check.sides.Sides;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command runs against: the sides, the report sink, the output streams and the home
 * directory holding the bundled claims. Tests pass fakes; {@link Multilin#main} the real ones.
 */
public record Environment(Sides sides, ReportSink reports, PrintStream out, PrintStream err, Path home,
                          boolean interactive) {
}
