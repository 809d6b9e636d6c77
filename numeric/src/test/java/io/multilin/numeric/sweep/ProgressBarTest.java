package io.multilin.numeric.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void terminalBarRedrawsInPlaceAndEndsItsLine() {
        ProgressBar bar = new ProgressBar(out, true, clock::get);
        bar.started(30, "sup ||H||");
        clock.set(2_500_000_000L);
        bar.cellDone(12, 30, "sup ||H||  m=256 seed#1");
        String first = text();
        assertEquals("\r[########            ] 12/30 cells  sup ||H||  m=256 seed#1  2.5s", first);
        clock.set(2_550_000_000L);
        bar.cellDone(13, 30, "x");
        assertEquals(first, text(), "redraws are throttled to one per 100 ms");
        clock.set(65_000_000_000L);
        bar.cellDone(30, 30, "q");
        bar.finished(30, 30, true);
        String all = text();
        assertTrue(all.contains("\r[####################] 30/30 cells  q  1m05s"), all);
        assertTrue(all.endsWith("\n"));
        assertEquals(1, all.chars().filter(c -> c == '\n').count());
        // the shorter last line blanks out the rest of the longer earlier one
        String last = all.substring(all.lastIndexOf('\r'), all.length() - 1);
        assertEquals(first.length(), last.length());
    }

    @Test
    void redirectedOutputIsABoundedNumberOfPlainLines() {
        ProgressBar bar = new ProgressBar(out, false, clock::get);
        bar.started(100, "q");
        for (int i = 1; i <= 100; i++) {
            bar.cellDone(i, 100, "q  m=" + i);
        }
        bar.finished(100, 100, true);
        String all = text();
        assertFalse(all.contains("\r"));
        String[] lines = all.split("\n");
        assertEquals(11, lines.length);
        assertEquals("q: 100 cells", lines[0]);
        assertTrue(lines[10].startsWith("[####################] 100/100 cells  q  m=100"), lines[10]);
    }

    @Test
    void aStoppedSweepSaysWhereItStopped() {
        ProgressBar bar = new ProgressBar(out, true, clock::get);
        bar.started(10, "q");
        bar.cellDone(3, 10, "q");
        bar.finished(3, 10, false);
        assertTrue(text().endsWith("  stopped at 3/10 cells\n"), text());
    }

    @Test
    void elapsedTimeFormats() {
        assertEquals("0.0s", ProgressBar.elapsed(0));
        assertEquals("59.9s", ProgressBar.elapsed(59_940_000_000L));
        assertEquals("3m07s", ProgressBar.elapsed(187_000_000_000L));
        assertEquals("1h02m", ProgressBar.elapsed(3_720_000_000_000L));
    }
}
