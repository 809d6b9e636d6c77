package io.multilin.check.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The claim format's pages teach by example: every YAML block of docs/CLAIMS.md and
 * docs/TRAINING-CLAIMS.md is a claim file the parser accepts, and together they show every
 * assertion kind (every {@link AssertionKind}), so a reader can write a valid
 * claim of each kind from the docs alone. The schema tests validate the same examples.
 */
public class ClaimsDocExamplesTest {

    static final Path DOCS = Path.of("..", "docs");
    static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    public record Example(String where, String text) {
    }

    public static List<Example> examples(String page) throws IOException {
        String text = Files.readString(DOCS.resolve(page));
        List<Example> result = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(text);
        while (m.find()) {
            int line = text.substring(0, m.start()).split("\n", -1).length;
            result.add(new Example("docs/" + page + ":" + line, m.group(1)));
        }
        return result;
    }

    @Test
    void everyExampleParsesAndTheyShowEveryAssertionKind() throws IOException {
        List<Example> all = new ArrayList<>(examples("CLAIMS.md"));
        all.addAll(examples("TRAINING-CLAIMS.md"));
        assertTrue(all.size() >= 10, "examples found: " + all.size());
        Set<String> shown = new TreeSet<>();
        ClaimParser parser = new ClaimParser();
        for (Example e : all) {
            ParsedClaim parsed = parser.parse(e.where(), e.text());
            assertEquals(List.of(), parsed.errors(), e.where());
            assertTrue(parsed.claim().isPresent(), e.where());
            parsed.claim().get().assertions().forEach(a -> shown.add(a.kind().key()));
        }
        Set<String> kinds = new TreeSet<>();
        Arrays.stream(AssertionKind.values()).forEach(k -> kinds.add(k.key()));
        assertEquals(kinds, shown, "assertion kinds without an example in the docs");
    }
}
