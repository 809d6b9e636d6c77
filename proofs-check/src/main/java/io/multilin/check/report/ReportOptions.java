package io.multilin.check.report;

import java.nio.file.Path;
import java.util.Optional;

/** Which reports the user asked for: LaTeX (optionally compiled to PDF) and Markdown. */
public record ReportOptions(Optional<Path> latex, boolean pdf, Optional<Path> markdown) {

    public boolean any() {
        return latex.isPresent() || markdown.isPresent();
    }
}
