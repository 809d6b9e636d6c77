package io.multilin.check.report;

import io.multilin.check.sides.SymbolicSide;
import io.multilin.reports.model.Report;
import io.multilin.reports.render.CompileResult;
import io.multilin.reports.render.LatexRenderer;
import io.multilin.reports.render.MarkdownDocument;
import io.multilin.reports.render.MarkdownRenderer;
import io.multilin.reports.render.PdfCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the LaTeX (and PDF) and Markdown reports with the reports module. */
public final class ModuleReportSink implements ReportSink {

    private final ReportBuilder builder;
    private final PdfCompiler compiler;

    /** @param symbolic the symbolic port the report's small-instance expansions come from */
    public ModuleReportSink(PdfCompiler compiler, SymbolicSide symbolic) {
        this.compiler = compiler;
        this.builder = new ReportBuilder(symbolic);
    }

    @Override
    public List<String> write(ReportRequest request) throws IOException {
        List<String> notes = new ArrayList<>();
        if (!request.options().any()) {
            return notes;
        }
        Report report = builder.build(request);
        if (request.options().latex().isPresent()) {
            Path tex = request.options().latex().get();
            writeText(tex, new LatexRenderer().render(report));
            notes.add("wrote " + tex);
            if (request.options().pdf()) {
                notes.add(compile(tex));
            }
        }
        if (request.options().markdown().isPresent()) {
            Path md = request.options().markdown().get();
            String stem = md.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            MarkdownDocument document = new MarkdownRenderer().renderWithPlots(report, stem);
            writeText(md, document.markdown());
            Path folder = md.toAbsolutePath().getParent();
            for (MarkdownDocument.Attachment a : document.attachments()) {
                writeText(folder.resolve(a.fileName()), a.content()); // plots, linked relatively from the Markdown
            }
            notes.add("wrote " + md + (document.attachments().isEmpty() ? ""
                    : " and " + document.attachments().size() + " SVG plots next to it"));
        }
        return notes;
    }

    private String compile(Path tex) throws IOException {
        if (!compiler.available()) {
            return "no PDF: " + PdfCompiler.INSTALL_HINT;
        }
        CompileResult result = compiler.compile(tex);
        if (result.compiled()) {
            return "wrote " + result.pdf() + (result.warnings().isEmpty() ? "" : " (" + result.warnings().size()
                    + " LaTeX warnings)");
        }
        return "no PDF: " + result.message() + (result.errors().isEmpty() ? "" : ": " + String.join("; ", result.errors()));
    }

    private static void writeText(Path path, String text) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
