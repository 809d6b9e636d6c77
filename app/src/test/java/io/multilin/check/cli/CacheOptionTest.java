package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.sides.real.RealSides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache DIR} keeps finished cells where a rerun finds them; {@code --no-cache} keeps none. */
class CacheOptionTest {

    final CliHarness cli = new CliHarness();

    @Test
    void cellsAreKeptAndReadBackWithTheSameVerdict(@TempDir Path dir) throws IOException {
        Path claim = Files.writeString(dir.resolve("wide.yaml"), """
                id: wide
                title: A wide linear network is linear
                network: {widths: [4, m, m, 1], activation: linear, parameterization: ntk}
                assert:
                  - linear: true
                sweep: {widths: [16, 32, 64, 128, 256]}
                """);
        Path cache = dir.resolve("cells");
        assertEquals(0, cli.check(RealSides.create(), dir, claim.toString(), "--cache", cache.toString(), "--threads", "1"),
                cli.out);
        String first = cli.out;
        long kept;
        try (Stream<Path> files = Files.walk(cache)) {
            kept = files.filter(f -> f.toString().endsWith(".cell")).count();
        }
        assertTrue(kept >= 15, "5 widths x 3 seeds of sup |f - T_1| at least: " + kept);
        assertEquals(0, cli.check(RealSides.create(), dir, claim.toString(), "--cache", cache.toString(), "--threads", "1"));
        assertEquals(first, cli.out, "the rerun reads the same cells and prints the same table");
    }

    @Test
    void cacheAndNoCacheExcludeEachOther(@TempDir Path dir) {
        assertEquals(2, cli.check(RealSides.create(), dir, "--cache", dir.toString(), "--no-cache"));
        assertTrue(cli.err.contains("exclude each other"), cli.err);
    }
}
