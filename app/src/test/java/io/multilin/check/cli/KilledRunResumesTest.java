package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.sides.real.RealSides;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code multilin check} process, killed with SIGKILL in the middle of a sweep (no
 * shutdown hook runs), leaves its finished cells on disk; the rerun measures only the missing
 * ones. A cell measured again would be written again, to a new file moved into place, so an
 * unchanged file (same inode, same time, same bytes) is a cell that was read, not recomputed.
 */
class KilledRunResumesTest {

    static final String CLAIM = """
            id: killed-midway
            title: A tanh network whose sweep is killed midway
            network: {widths: [4, m, m, 1], activation: tanh, parameterization: ntk}
            sweep: {widths: [64, 128, 256, 512, 1024], seeds: 3}
            assert:
              - linear: true
            """;

    /** Cells on disk when the process is killed: the small widths done, the large ones not. */
    static final int KILL_AFTER = 7;
    static final int CELLS = 15;

    record Snapshot(Object inode, long modified, byte[] bytes) {
        boolean sameAs(Snapshot other) {
            return inode.equals(other.inode) && modified == other.modified && java.util.Arrays.equals(bytes, other.bytes);
        }
    }

    @Test
    void theRerunOfAKilledProcessRecomputesNoFinishedCell(@TempDir Path dir) throws Exception {
        Path claim = Files.writeString(dir.resolve("killed.yaml"), CLAIM);
        Path cache = dir.resolve("cache");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Multilin.class.getName(), "check", claim.toString(), "--cache", cache.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (cells(cache).size() < KILL_AFTER && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        process.destroyForcibly();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        Map<Path, Snapshot> finished = cells(cache);
        assertTrue(finished.size() >= KILL_AFTER && finished.size() < CELLS,
                "killed midway: " + finished.size() + " of " + CELLS + " cells on disk; " + Files.readString(dir.resolve("first.log")));

        CliHarness cli = new CliHarness();
        int code = cli.check(RealSides.create(), dir, claim.toString(), "--cache", cache.toString(), "--threads", "1");
        assertEquals(0, code, cli.out + cli.err);
        assertTrue(cli.out.contains("=> killed-midway VERIFIED"), cli.out);
        Map<Path, Snapshot> after = cells(cache);
        assertEquals(CELLS, after.size(), "every cell on disk after the rerun");
        finished.forEach((file, before) -> assertTrue(before.sameAs(after.get(file)),
                "the finished cell " + file.getFileName() + " was measured again"));
    }

    /** Every cell file under the cache, with what identifies its write. */
    static Map<Path, Snapshot> cells(Path cache) throws IOException {
        Map<Path, Snapshot> result = new TreeMap<>();
        if (!Files.isDirectory(cache)) {
            return result;
        }
        // The running child renames temporary files into cells while we look: a file that
        // vanishes between listing and reading is skipped (Files.walk would throw instead).
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(cache, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(".cell")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException vanished) {
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                result.put(file, new Snapshot(attributes.fileKey(), attributes.lastModifiedTime().toMillis(),
                        Files.readAllBytes(file)));
            } catch (IOException movedMeanwhile) {
                // a cell being replaced at this instant is counted at the next look
            }
        }
        return result;
    }
}
