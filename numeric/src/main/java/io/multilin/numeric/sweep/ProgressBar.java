package io.multilin.numeric.sweep;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr: {@code "\r[#####     ] 12/30 cells  label  1m05s"} redrawn in
 * place on a terminal, or plain lines (a bounded number of them) when stderr is redirected, so
 * logs stay readable. Each update is written with a single {@code print} call under a lock, and
 * a finished bar always ends its line, so output that follows starts on a fresh line.
 */
public final class ProgressBar implements SweepProgress {

    private static final int BAR_CELLS = 20;
    /** Redraw a terminal bar at most this often (the final state is always drawn). */
    private static final long REDRAW_NANOS = 100_000_000L;
    /** A redirected bar prints about this many lines per sweep. */
    private static final int PLAIN_LINES = 10;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoClock;

    private long startNanos;
    private long lastDrawNanos;
    private int lastLength;
    private boolean lineOpen;

    public ProgressBar(PrintStream out, boolean terminal, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.startNanos = nanoClock.getAsLong();
    }

    /** A bar on {@code System.err}, redrawn in place only when there is a console. */
    public static ProgressBar onStderr() {
        return new ProgressBar(System.err, System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void started(int totalCells, String label) {
        startNanos = nanoClock.getAsLong();
        lastDrawNanos = Long.MIN_VALUE;
        lastLength = 0;
        if (!terminal) {
            out.println(label + ": " + totalCells + " cells");
            out.flush();
        }
    }

    @Override
    public synchronized void cellDone(int doneCells, int totalCells, String label) {
        long now = nanoClock.getAsLong();
        if (terminal) {
            boolean last = doneCells >= totalCells;
            if (last || lastDrawNanos == Long.MIN_VALUE || now - lastDrawNanos >= REDRAW_NANOS) {
                String line = render(doneCells, totalCells, label, now);
                // Blank out what remains of a longer previous line.
                String pad = " ".repeat(Math.max(0, lastLength - line.length()));
                out.print("\r" + line + pad);
                out.flush();
                lastLength = line.length();
                lastDrawNanos = now;
                lineOpen = true;
            }
        } else {
            int step = Math.max(1, (totalCells + PLAIN_LINES - 1) / PLAIN_LINES);
            if (doneCells % step == 0 || doneCells >= totalCells) {
                out.println(render(doneCells, totalCells, label, now));
                out.flush();
            }
        }
    }

    @Override
    public synchronized void finished(int doneCells, int totalCells, boolean completed) {
        String tail = completed ? "" : "stopped at " + doneCells + "/" + totalCells + " cells";
        if (terminal && lineOpen) {
            out.println(completed ? "" : "  " + tail);
        } else if (!completed) {
            out.println(tail);
        }
        out.flush();
        lineOpen = false;
    }

    String render(int doneCells, int totalCells, String label, long now) {
        int filled = totalCells == 0 ? BAR_CELLS : (int) ((long) BAR_CELLS * doneCells / totalCells);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_CELLS - filled) + "] " + doneCells + "/" + totalCells
                + " cells  " + label + "  " + elapsed(now - startNanos);
    }

    /** {@code 4.2s} below a minute, {@code 3m07s} below an hour, {@code 1h02m} above. */
    static String elapsed(long nanos) {
        double seconds = Math.max(0, nanos) / 1e9;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long whole = (long) seconds;
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", whole / 3600, (whole % 3600) / 60);
    }
}
