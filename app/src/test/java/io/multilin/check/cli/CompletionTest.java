package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.fakes.ScriptedSides;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code multilin generate-completion}: a bash (and zsh, through bashcompinit) completion script from picocli. */
class CompletionTest {

    @Test
    void theScriptCompletesTheCommandsAndTheirOptions(@TempDir Path dir) {
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run(new ScriptedSides().sides(), dir, "generate-completion"), cli.err);
        assertTrue(cli.out.contains("complete -F") && cli.out.contains("multilin"), cli.out);
        for (String word : new String[] {"check", "bench", "--max-memory", "--timeout", "--cache", "sweep", "--smoke"}) {
            assertTrue(cli.out.contains(word), word);
        }
    }
}
