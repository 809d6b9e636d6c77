package io.multilin.reports.render;

import java.util.ArrayList;
import java.util.List;

/** Reads the parts of a pdflatex log a caller acts on. */
final class LatexLog {

    private LatexLog() {
    }

    /** "Overfull \hbox" lines and LaTeX/package warnings, continuation lines joined. */
    static List<String> warnings(String log) {
        List<String> found = new ArrayList<>();
        String[] lines = log.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("Overfull \\hbox") || line.startsWith("Overfull \\vbox")) {
                found.add(line.strip());
            } else if (line.contains("Warning:") && (line.startsWith("LaTeX") || line.startsWith("Package")
                    || line.startsWith("Class") || line.contains("LaTeX Warning"))) {
                StringBuilder text = new StringBuilder(line.strip());
                // Continuation lines of a package warning start with "(name)" and spaces.
                while (i + 1 < lines.length && lines[i + 1].startsWith("(") && lines[i + 1].length() > 1
                        && !lines[i + 1].startsWith("(/") && !lines[i + 1].startsWith("(./")) {
                    text.append(' ').append(lines[++i].replaceFirst("^\\([^)]*\\)\\s*", ""));
                }
                found.add(text.toString());
            }
        }
        return found;
    }

    /** Error lines: TeX's "! ..." and, with -file-line-error, "file:line: ...". */
    static List<String> errors(String log) {
        List<String> found = new ArrayList<>();
        for (String line : log.split("\\R")) {
            if (line.startsWith("! ") || line.matches("^\\./[^:]+:\\d+: .*")) {
                found.add(line.strip());
            }
        }
        return found;
    }

    static boolean asksForRerun(String log) {
        return log.contains("Rerun to get") || log.contains("Rerun LaTeX") || log.contains("Table widths have changed");
    }
}
