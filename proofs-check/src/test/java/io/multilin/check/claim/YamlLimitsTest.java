package io.multilin.check.claim;

import static io.multilin.check.claim.ClaimParserErrorsTest.assertError;
import static io.multilin.check.claim.ClaimParserErrorsTest.errors;
import static io.multilin.check.claim.ClaimParserErrorsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of docs/CLAIMS.md ("Limits"): each refused with the file, the line and the key. */
class YamlLimitsTest {

    private static final String VALID = """
            id: a
            title: t
            network:
              widths: [8, m, 1]
              parameterization: ntk
            assert:
              - linear: false
            """;

    @Test
    void explicitTagsAreRefusedWhereverTheyAre() {
        assertError(only(VALID.replace("title: t", "title: !!python/object/apply:os.system [\"rm\"]")),
                2, "title", "YAML tags are not allowed");
        assertError(only(VALID.replace("id: a", "id: !!str a")), 1, "id", "found '!!str'");
        assertError(only(VALID.replace("parameterization: ntk", "parameterization: !foo ntk")),
                5, "network.parameterization", "found '!foo'");
        assertError(only(VALID.replace("widths: [8, m, 1]", "widths: [8, !!int 3, 1]")),
                4, "network.widths[1]", "found '!!int'");
        assertError(only(VALID.replace("network:", "network: !!map")), 3, "network", "YAML tags");
        assertError(only(VALID.replace("  - linear: false", "  - !!str linear: false")),
                7, "assert[1].linear", "YAML tags");
        assertError(only("%TAG !e! tag:example.com,2000:\n---\n" + VALID.replace("id: a", "id: !e!x a")),
                3, "id", "YAML tags");
    }

    @Test
    void anchorsAliasesAndMergeKeysAreRefused() {
        List<ClaimError> e = errors(VALID.replace("title: t", "title: &t t\nsource: *t"));
        assertEquals(2, e.size(), e::toString);
        assertError(e.get(0), 2, "title", "YAML anchors (&t)");
        assertError(e.get(1), 3, "source", "YAML aliases (*t)");
        List<ClaimError> merge = errors(VALID.replace("network:\n", "base: &b {parameterization: ntk}\nnetwork:\n  <<: *b\n"));
        assertTrue(merge.stream().anyMatch(x -> x.key().equals("network.<<") && x.message().contains("merge keys")),
                merge::toString);
    }

    @Test
    void aBillionLaughsEndsAtTheFirstAnchor() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [*").append(p);
            b.append((", *" + p).repeat(8)).append("]\n");
        }
        List<ClaimError> e = errors(b.toString());
        assertError(e.get(0), 1, "a", "YAML anchors (&a)");
        assertEquals(YamlGuard.MAX_ERRORS + 1, e.size(), "the list of problems is bounded");
    }

    @Test
    void deepNestingIsRefusedBeforeComposing() {
        assertError(only("id: " + "[".repeat(100_000)), 1, "id" + "[0]".repeat(YamlGuard.MAX_DEPTH - 1),
                "nesting deeper than " + YamlGuard.MAX_DEPTH);
        StringBuilder block = new StringBuilder("a:\n");
        for (int depth = 1; depth <= 100; depth++) {
            block.append(" ".repeat(depth)).append("b:\n");
        }
        assertError(only(block.toString()), YamlGuard.MAX_DEPTH + 1, "a" + ".b".repeat(YamlGuard.MAX_DEPTH - 1),
                "nesting deeper");
    }

    @Test
    void nestedDuplicateKeysAreErrors() {
        assertError(only(VALID.replace("parameterization: ntk", "parameterization: ntk\n  widths: [8, m, 1]")),
                6, "network.widths", "duplicate key 'widths'");
    }

    @Test
    void filesOverOneMebibyteAreRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, VALID + "# " + "x".repeat(ClaimSource.MAX_BYTES));
        ClaimError e = new ClaimParser().parse(big).errors().get(0);
        assertEquals(big.toString(), e.file());
        assertTrue(e.message().contains("the file has " + Files.size(big) + " bytes, more than the limit of 1048576"),
                e::message);
        ClaimError text = only(VALID + "# " + "x".repeat(ClaimSource.MAX_BYTES));
        assertTrue(text.message().contains("more than the limit"), text::message);
    }

    @Test
    void nonUtf8BytesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, VALID.replace("title: t", "title: t\nsource: Erd\u00f6s").getBytes(StandardCharsets.ISO_8859_1));
        ClaimError e = new ClaimParser().parse(latin1).errors().get(0);
        assertEquals(latin1.toString(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.message().contains("not UTF-8") && e.message().contains("0xf6"), e::message);
        Path utf16 = dir.resolve("utf16.yaml");
        Files.write(utf16, ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_16));
        assertEquals(1, new ClaimParser().parse(utf16).errors().get(0).line());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Path bom = dir.resolve("bom.yaml");
        Files.writeString(bom, "\uFEFF" + VALID);
        ParsedClaim parsed = new ClaimParser().parse(bom);
        assertTrue(parsed.claim().isPresent(), parsed.errors()::toString);
    }
}
