package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.multilin.check.report.ModuleReportSink;
import io.multilin.check.report.PdfTools;
import io.multilin.check.report.ReportBuilder;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.sides.real.SymbolicAdapter;
import io.multilin.reports.model.Report;
import io.multilin.reports.render.MarkdownRenderer;
import io.multilin.reports.render.PdfCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal table, the JSON and the Markdown report carry the same verdicts; hostile titles stay text. */
class ReportFormatsAgreeTest {

    private static final Pattern VERDICT = Pattern.compile("\\b(VERIFIED|REFUTED|DISAGREEMENT|INCONCLUSIVE|UNSUPPORTED)\\b");

    @Test
    void terminalJsonAndMarkdownAgreeOnEveryVerdict(@TempDir Path dir) throws IOException {
        Path good = CheckCommandTest.write(dir, "a.yaml", CheckCommandTest.BOTTLENECK);
        Path bad = CheckCommandTest.write(dir, "b.yaml", CheckCommandTest.BOTTLENECK
                .replace("id: one-bottleneck", "id: one-bottleneck-linear").replace("linear: false", "linear: true"));
        Path json = dir.resolve("out.json");
        CliHarness cli = new CliHarness();
        cli.check(CheckCommandTest.bilinear().sides(), dir, good.toString(), bad.toString(), "--json", json.toString(),
                "--markdown", dir.resolve("r.md").toString());

        List<String> terminal = new ArrayList<>();
        for (String line : cli.out.split("\n")) {
            // the assertion rows of the table: they start with two spaces and an assertion kind
            if (line.matches("  [a-z-]+ .*") && !line.startsWith("  KIND")) {
                terminal.add(firstVerdict(line));
            }
        }
        List<String> fromJson = new ArrayList<>();
        for (JsonNode claim : CheckCommandTest.json(json).get("claims")) {
            for (JsonNode a : claim.get("assertions")) {
                fromJson.add(a.get("verdict").asText());
            }
        }
        ReportRequest request = cli.reports.get(0);
        Report report = new ReportBuilder(new SymbolicAdapter()).build(request);
        String markdown = new MarkdownRenderer().render(report);
        List<String> fromMarkdown = new ArrayList<>();
        boolean inSummary = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| claim ")) {
                inSummary = true;
                continue;
            }
            if (inSummary && line.matches("\\|[\\s:|-]+\\|")) {
                continue; // the alignment row
            }
            if (inSummary && line.startsWith("|")) {
                String[] cells = line.split("\\|");
                fromMarkdown.add(cells[cells.length - 1].trim());
            } else if (inSummary && !line.startsWith("|")) {
                break;
            }
        }
        assertEquals(List.of("VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "REFUTED"), fromJson);
        assertEquals(fromJson, terminal, cli.out);
        assertEquals(fromJson, fromMarkdown, markdown);
        // every prediction's derivation is in the report, next to the numbers it predicts
        assertTrue(markdown.matches("(?s).*Derivation of \\$\\\\sup[^\n]*scripted rule for \\$\\\\sup.*"), markdown);
    }

    private static String firstVerdict(String line) {
        Matcher m = VERDICT.matcher(line);
        return m.find() ? m.group(1) : "?";
    }

    @Test
    void aHostileTitleIsPrintedAsTextInThePdfAndRunsNothing(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = PdfTools.requiredCompiler();
        Path pwned = dir.resolve("pwned");
        String title = "\\input{/etc/passwd} \\write18{touch " + pwned + "} $ & % _ # ~ { }";
        Path claim = CheckCommandTest.write(dir, "evil.yaml", CheckCommandTest.BOTTLENECK
                .replace("title: One bottleneck makes a deep linear network bilinear",
                        "title: '" + title.replace("'", "''") + "'"));
        Path tex = dir.resolve("report.tex");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Multilin.execute(new Environment(CheckCommandTest.bilinear().sides(), new ModuleReportSink(compiler, new SymbolicAdapter()), o, e,
                    dir, false), "check", claim.toString(), "--report", tex.toString(), "--pdf");
        }
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.exists(pdf), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(pwned), "\\write18 ran");
        String shown = PdfTools.text(pdf);
        assertTrue(shown.contains("\\input{/etc/passwd}"), shown);
        assertTrue(shown.contains("\\write18{touch"), shown);
        assertFalse(shown.contains("root:x:0:0"), "the password file was read into the PDF");
    }
}
