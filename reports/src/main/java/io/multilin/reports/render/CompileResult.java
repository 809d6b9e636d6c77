package io.multilin.reports.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PdfCompiler#compile} did. {@code pdf} is null unless the outcome is COMPILED;
 * {@code warnings} holds the log's "Overfull \hbox" lines and LaTeX/package warnings,
 * {@code errors} its "!" error lines; {@code message} is one human sentence (for NOT_INSTALLED,
 * how to install TeX Live on Debian).
 */
public record CompileResult(Outcome outcome, Path pdf, List<String> warnings, List<String> errors, String message) {

    public enum Outcome { COMPILED, NOT_INSTALLED, FAILED, TIMED_OUT }

    public CompileResult {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    public boolean compiled() {
        return outcome == Outcome.COMPILED;
    }
}
