package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code multilin check} on a folder of hostile claim files and one valid claim: every hostile
 * file is an error line (file:line), none a stack trace, nothing they ask for is run, the valid
 * claim is still checked, and the exit status is 2 (docs/CLAIMS.md, "Limits").
 */
class HostileFilesCliTest {

    private static final String VALID = CheckCommandTest.BOTTLENECK;

    @Test
    void hostileFilesAreErrorsAndTheValidClaimIsStillChecked(@TempDir Path dir) throws IOException {
        Path claims = Files.createDirectory(dir.resolve("claims"));
        Path sentinel = Files.createDirectory(dir.resolve("sentinel"));
        Files.writeString(claims.resolve("a-valid.yaml"), VALID);
        Map<String, String> hostile = Map.of(
                "tag.yaml", VALID.replace("title: ", "title: !!javax.script.ScriptEngineManager "),
                "laughs.yaml", "a: &a [\"lol\", \"lol\"]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n" + VALID,
                "deep.yaml", "id: " + "[".repeat(200_000) + "\n",
                "code.yaml", VALID.replace("activation: linear", "activation: Run[\"touch " + sentinel + "/x\"]"),
                "jndi.yaml", VALID.replace("widths: [8, m, m, 2, m, 1]", "widths: [8, \"${jndi:ldap://127.0.0.1:1/a}\", 1]"),
                "huge.yaml", VALID.replace("2, m, 1]", "99999999999999999999, m, 1]"));
        for (Map.Entry<String, String> e : hostile.entrySet()) {
            Files.writeString(claims.resolve(e.getKey()), e.getValue());
        }
        Files.write(claims.resolve("latin1.yaml"), VALID.replace("title: One", "title: Erd\u00f6s")
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(claims.resolve("big.yaml"), new byte[2 << 20]);

        CliHarness cli = new CliHarness();
        int code = cli.check(CheckCommandTest.bilinear().sides(), dir, claims.toString());

        assertEquals(2, code, cli.err);
        assertTrue(cli.out.contains("=> one-bottleneck VERIFIED"), cli.out);
        for (String name : List.of("tag.yaml:2", "laughs.yaml:1", "deep.yaml:1", "code.yaml:5", "jndi.yaml:4",
                "huge.yaml:4", "latin1.yaml:2")) {
            assertTrue(cli.err.contains(claims.resolve(name.split(":")[0]) + ":" + name.split(":")[1] + ": "),
                    () -> name + " in\n" + cli.err);
        }
        assertTrue(cli.err.contains(claims.resolve("big.yaml") + ": the file has 2097152 bytes"), cli.err);
        assertFalse(cli.err.contains("Exception") || cli.err.contains("at io.multilin") || cli.err.contains("\tat "),
                cli.err);
        try (var created = Files.list(sentinel)) {
            assertEquals(List.of(), created.toList());
        }
    }
}
