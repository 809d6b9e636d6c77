package io.multilin.check.cli;

import io.multilin.check.report.ReportSink;
import io.multilin.check.sides.Sides;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a command runs against: the sides, the report sink, the output streams, the home
 * directory holding the bundled claims, and where measured cells are kept unless the command
 * line says otherwise. Tests pass fakes (and no cell cache); {@link Multilin#main} the real ones.
 */
public record Environment(Sides sides, ReportSink reports, PrintStream out, PrintStream err, Path home,
                          boolean interactive, Optional<Path> defaultCache) {

    public Environment(Sides sides, ReportSink reports, PrintStream out, PrintStream err, Path home,
                       boolean interactive) {
        this(sides, reports, out, err, home, interactive, Optional.empty());
    }

    /** The user's cache folder for multilin: {@code $XDG_CACHE_HOME/multilin}, else {@code ~/.cache/multilin}. */
    static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("multilin");
    }
}
