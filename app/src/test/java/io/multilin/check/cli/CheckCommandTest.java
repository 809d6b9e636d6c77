package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.ScriptedSides;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.schema.ReportSchema;
import io.multilin.check.sides.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end, with scripted sides standing in for the symbolic and numeric modules. */
class CheckCommandTest {

    static final String BOTTLENECK = """
            id: one-bottleneck
            title: One bottleneck makes a deep linear network bilinear
            network:
              widths: [8, m, m, 2, m, 1]
              activation: linear
              parameterization: ntk
            assert:
              - multilinear-degree: 2
              - hessian-norm: {exponent: -0.5}
              - linear: false
            """;

    static final Quantity BLOCK1 = new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3));
    static final Quantity BLOCK2 = new Quantity.HessianBlock(List.of(4, 5), List.of(4, 5));
    static final Quantity MIXED = new Quantity.MixedDerivative(List.of(List.of(1, 2, 3), List.of(4, 5)));

    /** A bilinear network: within-segment curvature ~ m^-1/2, cross-segment order one. */
    static ScriptedSides bilinear() {
        return new ScriptedSides().exponent(BLOCK1, -1, 2).exponent(BLOCK2, -1, 2).exponent(MIXED, 0, 1)
                .exponent(new Quantity.HessianNorm(), -1, 2).exponent(new Quantity.TaylorResidual(1), 0, 1);
    }

    final CliHarness cli = new CliHarness();

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    static JsonNode json(Path file) throws IOException {
        return ReportSchema.valid(new ObjectMapper().readTree(file.toFile()));
    }

    @Test
    void verifiedClaimExitsZeroAndWritesTheJsonOfClaimsFormat(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "bottleneck.yaml", BOTTLENECK);
        Path out = dir.resolve("out.json");
        int code = cli.check(bilinear().sides(), dir, claim.toString(), "--json", out.toString());
        assertEquals(0, code, cli.out + cli.err);
        assertTrue(cli.out.contains("=> one-bottleneck VERIFIED"), cli.out);
        assertTrue(cli.out.contains("1 claim (1 VERIFIED), 3 assertions (3 VERIFIED), 0 files with errors"), cli.out);

        JsonNode root = json(out);
        assertFalse(root.has("mode"));
        assertEquals(0, root.get("errors").size());
        JsonNode c = root.get("claims").get(0);
        assertEquals("one-bottleneck", c.get("id").asText());
        assertEquals(claim.toString(), c.get("file").asText());
        assertEquals("VERIFIED", c.get("verdict").asText());
        JsonNode degree = c.get("assertions").get(0);
        assertEquals("multilinear-degree", degree.get("kind").asText());
        assertEquals(2, degree.get("claimed").asInt());
        assertTrue(degree.get("symbolic").get("prediction").isInt());
        assertEquals(2, degree.get("symbolic").get("prediction").asInt());
        assertEquals(2, degree.get("numeric").get("estimate").asInt());
        assertEquals(3, degree.get("numeric").get("quantities").size());

        JsonNode hessian = c.get("assertions").get(1);
        assertEquals("hessian-norm", hessian.get("kind").asText());
        assertEquals(-0.5, hessian.get("claimed").get("exponent").asDouble());
        assertTrue(hessian.get("symbolic").get("prediction").isNumber());
        assertEquals(-0.5, hessian.get("symbolic").get("prediction").asDouble());
        assertEquals("-1/2", hessian.get("symbolic").get("exact").asText());
        JsonNode numeric = hessian.get("numeric");
        assertEquals(-0.5, numeric.get("slope").asDouble(), 0.05);
        assertEquals(2, numeric.get("ci95").size());
        assertTrue(numeric.get("ci95").get(0).asDouble() < numeric.get("ci95").get(1).asDouble());
        assertTrue(numeric.get("r2").asDouble() > 0.9);
        assertEquals(Synthetic.WIDTHS.size(), numeric.get("widths").size());
        assertEquals(Synthetic.WIDTHS.size(), numeric.get("medians").size());
        assertEquals("rank-one-chain", numeric.get("probe").get(0).asText());

        JsonNode linear = c.get("assertions").get(2);
        assertTrue(linear.get("claimed").isBoolean());
        assertFalse(linear.get("symbolic").get("prediction").asBoolean());
        assertTrue(linear.get("numeric").get("estimate").isBoolean());
        assertFalse(linear.get("numeric").get("estimate").asBoolean());
        assertEquals(1, cli.reports.size());
    }

    @Test
    void refutedAndDisagreeingClaimsExitOne(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "c.yaml", BOTTLENECK.replace("linear: false", "linear: true"));
        assertEquals(1, cli.check(bilinear().sides(), dir, claim.toString()));
        assertTrue(cli.out.contains("REFUTED"), cli.out);
        assertTrue(cli.out.contains("sup |f - T_1|: slope"), cli.out);

        ScriptedSides disagreeing = bilinear().measure(new Quantity.HessianNorm(), q -> Synthetic.powerLaw(q, 0));
        assertEquals(1, cli.check(disagreeing.sides(), dir, claim.toString()));
        assertTrue(cli.out.contains("DISAGREEMENT"), cli.out);
    }

    @Test
    void unsupportedAndInconclusiveExitOne(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "c.yaml", BOTTLENECK);
        ScriptedSides noRule = bilinear().predict(new Quantity.HessianNorm(), new Prediction.NoRule("no rule for ||H||"));
        assertEquals(1, cli.check(noRule.sides(), dir, claim.toString()));
        assertTrue(cli.out.contains("UNSUPPORTED"), cli.out);
        ScriptedSides nan = bilinear().measure(new Quantity.HessianNorm(), Synthetic::withNaN);
        assertEquals(1, cli.check(nan.sides(), dir, claim.toString()));
        assertTrue(cli.out.contains("INCONCLUSIVE"), cli.out);
        assertTrue(cli.out.contains("NaN"), cli.out);
    }

    @Test
    void aDirectoryWithOneBrokenFileChecksTheValidOneAndExitsTwo(@TempDir Path dir) throws IOException {
        Path claims = Files.createDirectory(dir.resolve("claims"));
        write(claims, "a-good.yaml", BOTTLENECK);
        write(claims, "b-broken.yml", "id: broken\ntitle: t\nnetwork: {widths: [2, m, 1], parameterization: ntk}\n"
                + "assert:\n  - hessian-norm: {exponent: fast}\n");
        write(claims, "notes.txt", "not a claim");
        Path out = dir.resolve("out.json");
        int code = cli.check(bilinear().sides(), dir, claims.toString(), "--json", out.toString());
        assertEquals(2, code);
        assertTrue(cli.out.contains("=> one-bottleneck VERIFIED"), cli.out);
        String expected = claims.resolve("b-broken.yml") + ":5: assert[1].hessian-norm.exponent: expected an exponent";
        assertTrue(cli.err.contains(expected), cli.err);
        assertFalse(cli.err.contains("Exception"), cli.err);
        JsonNode root = json(out);
        assertEquals(1, root.get("claims").size());
        JsonNode error = root.get("errors").get(0);
        assertEquals(claims.resolve("b-broken.yml").toString(), error.get("file").asText());
        assertEquals(5, error.get("line").asInt());
        assertEquals("assert[1].hessian-norm.exponent", error.get("key").asText());
        assertTrue(error.get("message").asText().startsWith("expected an exponent"));
    }

    @Test
    void withoutArgumentsTheBundledLibraryIsChecked(@TempDir Path home) throws IOException {
        write(Files.createDirectory(home.resolve("claims")), "x.yaml", BOTTLENECK);
        assertEquals(0, cli.check(bilinear().sides(), home));
        assertTrue(cli.out.contains("one-bottleneck"));
    }

    @Test
    void onlySymbolicNeverMeasures(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "c.yaml", BOTTLENECK);
        Path out = dir.resolve("out.json");
        ScriptedSides sides = bilinear();
        assertEquals(0, cli.check(sides.sides(), dir, claim.toString(), "--only", "symbolic", "--json", out.toString()));
        assertTrue(sides.measured().isEmpty());
        JsonNode root = json(out);
        assertEquals("symbolic", root.get("mode").asText());
        assertFalse(root.get("claims").get(0).get("assertions").get(0).has("numeric"));

        ScriptedSides noRules = new ScriptedSides();
        noRules.measure(BLOCK1, q -> Synthetic.powerLaw(q, -0.5)).measure(BLOCK2, q -> Synthetic.powerLaw(q, -0.5))
                .measure(MIXED, q -> Synthetic.powerLaw(q, 0)).measure(new Quantity.HessianNorm(),
                        q -> Synthetic.powerLaw(q, -0.5)).measure(new Quantity.TaylorResidual(1), q -> Synthetic.powerLaw(q, 0));
        assertEquals(0, cli.check(noRules.sides(), dir, claim.toString(), "--only", "numeric", "--json", out.toString()));
        assertEquals("numeric", json(out).get("mode").asText());
        assertEquals(1, cli.check(noRules.sides(), dir, claim.toString()));   // no symbolic rules: UNSUPPORTED
    }

    @Test
    void eachQuantityIsMeasuredOnce(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "c.yaml", BOTTLENECK + "  - linear: false\n");
        ScriptedSides sides = bilinear();
        cli.check(sides.sides(), dir, claim.toString());
        assertEquals(5, sides.measured().size());
        assertEquals(5, sides.measured().stream().distinct().count());
    }

    @Test
    void unusableArgumentsExitTwoWithOneMessage(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "c.yaml", BOTTLENECK);
        for (List<String> args : List.of(List.of("check", "--only", "both", claim.toString()),
                List.of("check", "--threads", "0", claim.toString()), List.of("check", "--seed", "x"),
                List.of("check", "--frobnicate"), List.of("check", "--pdf", claim.toString()), List.of("launch"),
                List.of("check", dir.resolve("missing.yaml").toString()))) {
            String[] full = args.toArray(String[]::new);
            assertEquals(2, cli.run(bilinear().sides(), dir, full), args::toString);
            assertFalse(cli.err.contains("Exception") || cli.err.contains("\tat "), cli.err);
            assertTrue(cli.err.startsWith("multilin: ") || cli.err.contains("no such file"), cli.err);
        }
    }

    @Test
    void reportOptionsReachTheSinkAndUnwritableOutputsExitTwo(@TempDir Path dir) throws IOException {
        Path claim = write(dir, "c.yaml", BOTTLENECK);
        assertEquals(0, cli.check(bilinear().sides(), dir, claim.toString(), "--report", "r.tex", "--pdf",
                "--markdown", "r.md", "--seed", "42", "--threads", "3"));
        var request = cli.reports.get(0);
        assertEquals(Path.of("r.tex"), request.options().latex().orElseThrow());
        assertTrue(request.options().pdf());
        assertEquals(Path.of("r.md"), request.options().markdown().orElseThrow());
        assertEquals(42, request.metadata().sweep().baseSeed());
        assertEquals(3, request.metadata().sweep().threads());
        assertEquals(1, request.results().size());

        Path unwritable = dir.resolve("no-such-dir").resolve("out.json");
        assertEquals(2, cli.check(bilinear().sides(), dir, claim.toString(), "--json", unwritable.toString()));
        assertTrue(cli.err.contains("multilin: cannot write " + unwritable), cli.err);
        assertTrue(cli.out.contains("=> one-bottleneck VERIFIED"), "results are still printed");
    }

    @Test
    void helpAndVersion(@TempDir Path dir) {
        assertEquals(0, cli.run(bilinear().sides(), dir, "--version"));
        assertTrue(cli.out.startsWith("multilin "), cli.out);
        assertEquals(0, cli.run(bilinear().sides(), dir, "check", "--help"));
        assertTrue(cli.out.contains("--only") && cli.out.contains("FILE_OR_DIR"), cli.out);
    }

    @Test
    void hostileFreeTextIsCarriedAsPlainTextAndPrintedHarmlessly(@TempDir Path dir) throws IOException {
        String hostile = "\\input{/etc/passwd} $ & % _ # ~ { } \u001b]0;owned\u0007\u001b[2J\u001b[31mred\u202e";
        String yaml = BOTTLENECK.replace("title: One bottleneck makes a deep linear network bilinear",
                "title: \"" + hostile.replace("\\", "\\\\").replace("\u001b", "\\e").replace("\u0007", "\\a")
                        .replace("\u202e", "\\u202e") + "\"");
        Path claim = write(dir, "c.yaml", yaml);
        Path out = dir.resolve("out.json");
        assertEquals(0, cli.check(bilinear().sides(), dir, claim.toString(), "--json", out.toString()));
        assertTrue(cli.out.contains("\\input{/etc/passwd} $ & % _ # ~ { }"), cli.out);
        assertTrue(cli.out.codePoints().noneMatch(cp -> cp == 0x1b || cp == 0x07 || cp == 0x202e), "control chars");
        assertEquals(hostile, json(out).get("claims").get(0).get("title").asText());
        assertEquals(hostile, cli.reports.get(0).results().get(0).claim().title());
    }
}
