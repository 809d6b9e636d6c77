package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.multilin.check.claim.ClaimsDocExamplesTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every claim file the project ships (claims/ and its subfolders, the example project's) and every YAML example of the
 * claim pages validates against docs/claim.schema.json, and each file names the schema on its
 * first line so that editors validate it too.
 */
class BundledClaimsSchemaTest {

    /** The library, and the claims of the stand-alone example project. */
    static final List<Path> FOLDERS = List.of(Path.of("..", "claims"),
            Path.of("..", "examples", "claims-as-tests", "src", "test", "resources", "claims"));
    static final String MODELINE = "# yaml-language-server: $schema=";

    static List<Path> bundled() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                        .forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void everyBundledClaimValidatesAndNamesTheSchema() throws IOException {
        Schemas schema = Schemas.of(Schemas.CLAIM);
        List<Path> files = bundled();
        assertTrue(files.size() >= 40, "bundled claims found: " + files.size());
        for (Path file : files) {
            String text = Files.readString(file);
            JsonNode value = YamlAsJson.read(text).orElseThrow(() -> new AssertionError("not YAML: " + file));
            assertEquals(List.of(), schema.errors(value), file.toString());
            Path relative = file.getParent().relativize(Schemas.DOCS.resolve(Schemas.CLAIM));
            assertEquals(MODELINE + relative.toString().replace('\\', '/'), text.lines().findFirst().orElse(""),
                    file + ": the first line should name the schema");
        }
    }

    @Test
    void everyExampleOfTheClaimPagesValidates() throws IOException {
        Schemas schema = Schemas.of(Schemas.CLAIM);
        List<ClaimsDocExamplesTest.Example> all = new ArrayList<>(ClaimsDocExamplesTest.examples("CLAIMS.md"));
        all.addAll(ClaimsDocExamplesTest.examples("TRAINING-CLAIMS.md"));
        assertTrue(all.size() >= 10, "examples found: " + all.size());
        for (ClaimsDocExamplesTest.Example e : all) {
            JsonNode value = YamlAsJson.read(e.text()).orElseThrow(() -> new AssertionError("not YAML: " + e.where()));
            assertEquals(List.of(), schema.errors(value), e.where());
        }
    }
}
