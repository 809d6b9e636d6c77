package io.multilin.check.report;

import java.io.IOException;

/**
 * Writes the reports a run asked for (LaTeX/PDF, Markdown). Implemented with the reports
 * module; free text in the request (titles, sources, reasons) is raw and must be escaped by
 * the renderer.
 */
public interface ReportSink {

    /** @return human-readable notes about what was written (paths), for stderr */
    java.util.List<String> write(ReportRequest request) throws IOException;
}
