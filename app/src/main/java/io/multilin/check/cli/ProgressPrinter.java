package io.multilin.check.cli;

import io.multilin.architecture.Quantity;
import io.multilin.check.sides.ProgressListener;
import java.io.PrintStream;

/** Sweep progress on stderr: one updating line on a terminal, one line per finished sweep otherwise. */
final class ProgressPrinter implements ProgressListener {

    private final PrintStream err;
    private final boolean terminal;
    private String lastTraining = "";

    ProgressPrinter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static final int BAR = 24;

    static String bar(int done, int total) {
        int filled = total <= 0 ? 0 : (int) Math.min(BAR, (long) BAR * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "]";
    }

    @Override
    public synchronized void cellDone(Quantity quantity, int done, int total) {
        String line = "  " + bar(done, total) + " " + done + "/" + total + " cells  " + Terminal.clean(quantity.label());
        if (terminal) {
            err.print("\r" + line + (done >= total ? "\n" : ""));
        } else if (done >= total) {
            err.println(line);
        }
        err.flush();
    }

    /** Training: an updating line on a terminal; otherwise a line per stage (seed, depth) and at the end. */
    @Override
    public synchronized void trainingProgress(String label, int done, int total) {
        String line = "  " + Terminal.clean(label) + ": " + done + "/" + total;
        if (terminal) {
            err.print("\r" + line + (done >= total ? "\n" : ""));
        } else if (!label.equals(lastTraining) || done >= total) {
            err.println(line);
        }
        lastTraining = label;
        err.flush();
    }
}
