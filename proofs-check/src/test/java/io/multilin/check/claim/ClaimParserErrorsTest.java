package io.multilin.check.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimParserErrorsTest {

    private static final String GOOD_NETWORK = """
            network:
              widths: [8, m, m, 2, m, m, 1]
              parameterization: ntk
            """;

    static List<ClaimError> errors(String text) {
        ParsedClaim parsed = new ClaimParser().parse("bad.yaml", text);
        assertTrue(parsed.claim().isEmpty(), "expected the claim to be rejected");
        return parsed.errors();
    }

    static ClaimError only(String text) {
        List<ClaimError> errors = errors(text);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    static void assertError(ClaimError e, int line, String key, String fragment) {
        assertEquals("bad.yaml", e.file());
        assertEquals(line, e.line(), () -> "line of " + e);
        assertEquals(key, e.key(), () -> "key of " + e);
        assertTrue(e.message().contains(fragment), () -> "'" + e.message() + "' should mention '" + fragment + "'");
    }

    @Test
    void unknownKeysAreErrorsAtTheirLine() {
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - linear: true\ncolour: blue\n"),
                8, "colour", "unknown key 'colour'");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  parameterization: ntk\n  bias: true\n"
                + "assert: [{linear: true}]\n"), 6, "network.bias", "expected one of widths");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - hessian-norm: {exponent: 1, colour: 2}\n"),
                7, "assert[1].hessian-norm.colour", "unknown key");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - linearity: true\n"),
                7, "assert[1].linearity", "expected one of multilinear-degree");
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - linear: maybe\n"),
                7, "assert[1].linear", "expected true or false");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - taylor-degree: two\n"),
                7, "assert[1].taylor-degree", "expected a degree");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert: linear\n"), 6, "assert", "expected a list");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert: [{linear: true}]\nball: {radius: -1}\n"),
                7, "ball.radius", "expected a positive number");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert: [{linear: true}]\ntolerance: 0.3\n"),
                7, "tolerance", "expected a number in (0, 0.25]");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert: [{linear: true}]\ntolerance: [1]\n"),
                7, "tolerance", "expected a positive number");
        assertError(only("id: a\ntitle: [x]\n" + GOOD_NETWORK + "assert: [{linear: true}]\n"),
                2, "title", "found a list");
    }

    @Test
    void badWidthsAndActivationsNameTheEntry() {
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m^2, 1]\n  parameterization: ntk\n"
                + "assert: [{linear: true}]\n"), 4, "network.widths[1]", "0 < p <= 1");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, exp(m), 1]\n  parameterization: ntk\n"
                + "assert: [{linear: true}]\n"), 4, "network.widths[1]", "is not a width");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [m, m, 1]\n  parameterization: ntk\n"
                + "assert: [{linear: true}]\n"), 4, "network.widths", "fixed integer input and output");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  activation: swish\n"
                + "  parameterization: ntk\nassert: [{linear: true}]\n"), 5, "network.activation", "unknown activation");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  activation: poly(1, __import__)\n"
                + "  parameterization: ntk\nassert: [{linear: true}]\n"), 5, "network.activation", "is not a number");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  parameterization: lecun\n"
                + "assert: [{linear: true}]\n"), 5, "network.parameterization", "unknown parameterization");
    }

    @Test
    void networkDependentRanges() {
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - hessian-block: {segments: [1, 3], order: one}\n"),
                7, "assert[1].hessian-block.segments", "segment 3 does not exist: the network has 2 segments");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - init-scale: {of: layer 7, exponent: 0}\n"),
                7, "assert[1].init-scale.of", "layers 1..6");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  parameterization: abc\n  a: [0, 1]\n"
                + "  b: [0, 0]\nassert:\n  - one-step-change: {exponent: 0}\n"), 9, "assert[1].one-step-change", "'c:'");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  parameterization: abc\n  a: [0, 1, 2]\n"
                + "  b: [0, 0]\nassert: [{linear: true}]\n"), 6, "network.a", "one entry per layer (2), found 3");
        assertError(only("id: a\ntitle: t\n" + GOOD_NETWORK + "assert:\n  - hessian-norm: {exponent: 1, order: one}\n"),
                7, "assert[1].hessian-norm", "exactly one of exponent, order or vanishes");
    }

    @Test
    void yamlSyntaxErrorsAndEmptyFiles() {
        ClaimError syntax = only("id: a\ntitle: t\nnetwork: {widths: [2, m, 1]\nassert: []\n");
        assertTrue(syntax.line() >= 3, () -> "line of " + syntax);
        assertTrue(syntax.message().startsWith("YAML syntax error"), syntax::message);
        assertError(only(""), 1, "", "the file is empty");
        assertError(only("# only a comment\n"), 1, "", "the file is empty");
        assertError(only("just text\n"), 1, "", "expected a claim");
    }

    @Test
    void allErrorsOfAFileAreCollected() {
        List<ClaimError> errors = errors("""
                id: Not_An_Id
                network:
                  widths: [2, m, 1]
                  parameterization: ntk
                assert:
                  - linear: yes
                  - tangent-kernel: sometimes
                sweep: {widths: [64, 128], seeds: 0}
                """);
        assertEquals(List.of("id", "title", "assert[1].linear", "assert[2].tangent-kernel", "sweep.widths", "sweep.seeds"),
                errors.stream().map(ClaimError::key).toList());
        assertEquals(List.of(1, 1, 6, 7, 8, 8), errors.stream().map(ClaimError::line).toList());
        assertEquals("bad.yaml:1: title: missing required key 'title'", errors.get(1).format());
    }

    @Test
    void missingNetworkKeysAreNamedByTheirWholePath() {
        assertError(only("id: a\ntitle: t\nnetwork:\n  parameterization: ntk\nassert: [{linear: true}]\n"),
                4, "network.widths", "missing required key 'network.widths'");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\nassert: [{linear: true}]\n"),
                4, "network.parameterization", "missing required key 'network.parameterization'");
        assertError(only("id: a\ntitle: t\nnetwork:\n  widths: [2, m, 1]\n  parameterization: abc\n  b: [0, 0]\n"
                        + "assert: [{linear: true}]\n"),
                5, "network.a", "missing required key 'network.a'");
    }

    @Test
    void duplicateKeysAreErrors() {
        assertError(only("id: a\nid: b\ntitle: t\n" + GOOD_NETWORK + "assert: [{linear: true}]\n"),
                2, "id", "duplicate key");
    }

    @Test
    void unreadableFilesAreErrorsNotExceptions(@TempDir Path dir) throws IOException {
        ParsedClaim missing = new ClaimParser().parse(dir.resolve("missing.yaml"));
        assertEquals(0, missing.errors().get(0).line());
        assertTrue(missing.errors().get(0).message().startsWith("cannot read"));
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(new ClaimParser().parse(binary).errors().get(0).message().contains("not UTF-8"));
    }
}
