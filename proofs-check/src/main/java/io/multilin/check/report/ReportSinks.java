package io.multilin.check.report;

import java.util.List;

/** Report sinks available to the CLI. */
public final class ReportSinks {

    private ReportSinks() {
    }

    /** The sink backed by the reports module; until it is wired, says so instead of writing. */
    public static ReportSink real() {
        return request -> request.options().any()
                ? List.of("report writing is not wired yet: no LaTeX/PDF/Markdown report was written")
                : List.of();
    }

    public static ReportSink none() {
        return request -> List.of();
    }
}
