package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.sides.real.RealSides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep that would not fit {@code --max-memory} is refused with its estimate: a verdict, not a crash. */
class MaxMemoryTest {

    final CliHarness cli = new CliHarness();

    @Test
    void aSweepOverTheBudgetIsRefusedWithTheEstimate(@TempDir Path dir) throws IOException {
        Path claim = Files.writeString(dir.resolve("wide.yaml"), """
                id: wide
                title: A wide linear network
                network: {widths: [4, m, m, 1], activation: linear, parameterization: ntk}
                assert:
                  - linear: true
                """);
        // the real numeric side prices a cell at m = 1024 (weights alone are 8 MB) before running it
        int code = cli.check(RealSides.create(), dir, claim.toString(), "--max-memory", "1m", "--threads", "1");
        assertEquals(1, code, cli.out + cli.err);
        assertTrue(cli.out.contains("INCONCLUSIVE") && cli.out.contains("refused before running m = [64, 128, 256,"
                + " 512, 1024]") && cli.out.contains("GB at once"), cli.out);
    }

    @Test
    void aMalformedSizeIsAnArgumentError(@TempDir Path dir) {
        assertEquals(2, cli.check(RealSides.create(), dir, "--max-memory", "lots"));
        assertTrue(cli.err.contains("--max-memory expects a size such as 512m or 6g"), cli.err);
    }
}
