package io.multilin.check.sides.real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.testing.NetworkAssert;
import io.multilin.numeric.fit.PointValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished cells kept on disk: exact round trip, reuse by another run, damaged entries measured again. */
class DiskCellsTest {

    @TempDir
    Path dir;

    private static final PointValue VALUE = new PointValue(0.1 + 0.2, 1e-17 / 3, "+chain{1,3}",
            List.of("init", "+gradient", "+chain{1,3}"), List.of("chain{9}: budget"), false);

    @Test
    void aCellComesBackBitForBit() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiskCells first = new DiskCells((m, seed) -> {
            calls.incrementAndGet();
            return VALUE;
        }, dir);
        assertEquals(VALUE, first.measure(64, -7L));
        DiskCells second = new DiskCells((m, seed) -> {
            throw new AssertionError("a kept cell is not measured again");
        }, dir);
        assertEquals(VALUE, second.measure(64, -7L));
        assertEquals(1, calls.get());
    }

    @Test
    void aDamagedOrTruncatedCellIsMeasuredAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiskCells cells = new DiskCells((m, seed) -> {
            calls.incrementAndGet();
            return VALUE;
        }, dir);
        cells.measure(128, 3);
        Path file = onlyFile();
        String text = Files.readString(file);
        Files.writeString(file, text.replace("0.30000000000000004", "0.30000000000000005"));
        assertEquals(VALUE, cells.measure(128, 3), "the checksum no longer matches: measured again");
        assertEquals(2, calls.get());
        Files.writeString(file, text.substring(0, text.length() / 2));
        assertEquals(VALUE, cells.measure(128, 3));
        assertEquals(3, calls.get());
        assertEquals(text, Files.readString(file), "the entry was rewritten whole");
    }

    @Test
    void runsSharingTheFolderAtOnceNeverSeeAPartialCell() throws Exception {
        // four runs race on the same 32 cells: each gets the right values, no write fails, every file ends whole
        int writers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
                DiskCells cells = new DiskCells((m, seed) -> valueOf(m, seed), dir);
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (long m = 1; m <= 32; m++) {
                            assertEquals(valueOf(m, 9), cells.measure(m, 9));
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        DiskCells reader = new DiskCells((m, seed) -> {
            throw new AssertionError("every cell is on disk, whole");
        }, dir);
        for (long m = 1; m <= 32; m++) {
            assertEquals(valueOf(m, 9), reader.measure(m, 9));
        }
    }

    private static PointValue valueOf(long m, long seed) {
        return new PointValue(Math.sqrt(m) + seed, 1e-12, "probe" + m, List.of("init", "probe" + m), List.of(), true);
    }

    @Test
    void nonFiniteValuesAreNeverKept() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        DiskCells cells = new DiskCells((m, seed) -> {
            calls.incrementAndGet();
            return new PointValue(Double.NaN, 0, "gradient");
        }, dir);
        cells.measure(64, 1);
        cells.measure(64, 1);
        assertEquals(2, calls.get());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anotherRunWithMoreSeedsMeasuresOnlyTheNewCells() {
        AtomicInteger calls = new AtomicInteger();
        NumericAdapter.CellFactory factory = (architecture, quantity, radius) -> (m, seed) -> {
            calls.incrementAndGet();
            return new PointValue(Math.pow(m, -0.5) * (1 + (seed & 7) / 100.0), 1e-15, "gradient");
        };
        Architecture a = NetworkAssert.architecture("4, m, m, 1", "linear", "ntk");
        Quantity q = new Quantity.HessianNorm();
        NumericSettings three = new NumericSettings(List.of(64L, 128L, 256L, 512L, 1024L), 3, 5, 1, 1.0,
                ProgressListener.NONE);
        NumericSide first = new NumericAdapter(factory).withCache(dir);
        Measurement before = first.measure(a, q, three);
        assertEquals(15, calls.get());
        // a new adapter stands for a new process: it knows only what is on disk
        NumericSide second = new NumericAdapter(factory).withCache(dir);
        Measurement again = second.measure(a, q, three);
        assertEquals(15, calls.get(), "every finished cell was read back");
        assertEquals(before.fit(), again.fit());
        second.measure(a, q, three.withSeeds(6, 0.9875));
        assertEquals(30, calls.get(), "only the 15 cells of the new seeds were measured");
    }

    @Test
    void sweepKeysAreStableTextNotIdentities() {
        Architecture a = NetworkAssert.architecture("4, m, 2, m, 1", "tanh", "mup");
        String key = SweepKey.of(a, new Quantity.HessianBlock(List.of(1, 2), List.of(3, 4)), 1.0);
        assertEquals(key, SweepKey.of(NetworkAssert.architecture("4, m, 2, m, 1", "tanh", "mup"),
                new Quantity.HessianBlock(List.of(1, 2), List.of(3, 4)), 1.0));
        assertFalse(key.equals(SweepKey.of(a, new Quantity.HessianBlock(List.of(1, 2), List.of(3, 4)), 2.0)));
        assertFalse((a + "").contains("@"), "every component prints its values: " + a);
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size());
            assertTrue(all.get(0).toString().endsWith(".cell"));
            return all.get(0);
        }
    }
}
