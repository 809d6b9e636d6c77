package io.multilin.check.report;

import io.multilin.check.sides.SymbolicSide;
import io.multilin.reports.render.PdfCompiler;
import java.util.List;

/** Report sinks available to the CLI. */
public final class ReportSinks {

    private ReportSinks() {
    }

    /** The sink backed by the reports module: LaTeX (compiled with pdflatex on --pdf) and Markdown. */
    public static ReportSink real(SymbolicSide symbolic) {
        return new ModuleReportSink(new PdfCompiler(), symbolic);
    }

    public static ReportSink none() {
        return request -> List.of();
    }
}
