package io.multilin.reports.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs pdflatex on a .tex file in a fresh temporary folder, with shell escape off, paranoid
 * file access (openin_any=p, openout_any=p: no absolute paths, no parent folders, no dot files)
 * and a timeout, then copies the PDF next to the .tex. Never throws for a missing TeX
 * installation: the result says how to install it.
 */
public final class PdfCompiler {

    public static final String INSTALL_HINT = "pdflatex is not on the PATH; on Debian install TeX Live with: "
            + "apt-get install --no-install-recommends texlive-latex-base texlive-latex-recommended texlive-pictures";
    private static final int MAX_RUNS = 3;

    private final Duration timeout;
    private final String executable;

    /** pdflatex from the PATH, at most two minutes per run. */
    public PdfCompiler() {
        this(Duration.ofMinutes(2));
    }

    public PdfCompiler(Duration timeout) {
        this(timeout, "pdflatex");
    }

    /** {@code executable}: the pdflatex command name or path (tests use a missing one). */
    public PdfCompiler(Duration timeout, String executable) {
        this.timeout = timeout;
        this.executable = executable;
    }

    /** Whether the pdflatex executable can be found. */
    public boolean available() {
        return locate() != null;
    }

    public CompileResult compile(Path texFile) throws IOException {
        Path pdflatex = locate();
        if (pdflatex == null) {
            return new CompileResult(CompileResult.Outcome.NOT_INSTALLED, null, List.of(), List.of(), INSTALL_HINT);
        }
        Path work = Files.createTempDirectory("multilin-latex-");
        try {
            String name = texFile.getFileName().toString();
            String base = name.endsWith(".tex") ? name.substring(0, name.length() - 4) : name;
            Files.copy(texFile, work.resolve("report.tex"));
            String log = "";
            for (int run = 1; run <= MAX_RUNS; run++) {
                int exit = runOnce(pdflatex, work);
                log = readLog(work.resolve("report.log"));
                if (exit == Integer.MIN_VALUE) {
                    return new CompileResult(CompileResult.Outcome.TIMED_OUT, null, LatexLog.warnings(log),
                            LatexLog.errors(log), "pdflatex did not finish within " + timeout.toSeconds() + " s");
                }
                if (exit != 0) {
                    List<String> errors = LatexLog.errors(log);
                    return new CompileResult(CompileResult.Outcome.FAILED, null, LatexLog.warnings(log), errors,
                            "pdflatex failed (exit " + exit + ")" + (errors.isEmpty() ? "" : ": " + errors.get(0)));
                }
                if (!LatexLog.asksForRerun(log)) {
                    break;
                }
            }
            Path produced = work.resolve("report.pdf");
            if (!Files.exists(produced)) {
                return new CompileResult(CompileResult.Outcome.FAILED, null, LatexLog.warnings(log), LatexLog.errors(log),
                        "pdflatex produced no PDF");
            }
            Path target = texFile.toAbsolutePath().resolveSibling(base + ".pdf");
            Files.copy(produced, target, StandardCopyOption.REPLACE_EXISTING);
            return new CompileResult(CompileResult.Outcome.COMPILED, target, LatexLog.warnings(log), LatexLog.errors(log),
                    "wrote " + target);
        } finally {
            deleteTree(work);
        }
    }

    /** Exit code, or Integer.MIN_VALUE after a timeout. */
    private int runOnce(Path pdflatex, Path work) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(pdflatex.toString(), "-no-shell-escape", "-interaction=nonstopmode",
                "-halt-on-error", "-file-line-error", "report.tex");
        pb.directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.put("openin_any", "p");
        env.put("openout_any", "p");
        env.put("shell_escape", "f");
        env.remove("TEXMFOUTPUT");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectErrorStream(true);
        Process process = pb.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                return Integer.MIN_VALUE;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for pdflatex", e);
        }
    }

    private Path locate() {
        if (executable.contains(File.separator)) {
            Path p = Path.of(executable);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, executable);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String readLog(Path log) throws IOException {
        // TeX writes the log in the input's bytes; ISO-8859-1 reads any byte sequence.
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
