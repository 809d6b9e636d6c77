package io.multilin.check.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The wall-time limit of one claim ({@code --timeout}). A watchdog thread interrupts the thread
 * checking the claim at the deadline and records that it did, so that the checker can tell a
 * timeout (finish the claim: what was not measured is INCONCLUSIVE, and the run goes on with
 * the next claim) from Ctrl-C (stop the run). Closing it before the deadline cancels the
 * watchdog; closing it after clears the interrupt the watchdog set, and only that one.
 */
public final class ClaimTimeout implements AutoCloseable {

    private final Optional<Duration> limit;
    private final Thread worker;
    private final Thread watchdog;
    private boolean expired;
    private boolean closed;

    private ClaimTimeout(Optional<Duration> limit) {
        this.limit = limit;
        this.worker = Thread.currentThread();
        this.watchdog = limit.map(this::watch).orElse(null);
    }

    /** Starts the clock for the calling thread; an empty limit never expires. */
    public static ClaimTimeout start(Optional<Duration> limit) {
        limit.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("a time limit must be positive, got " + d);
            }
        });
        return new ClaimTimeout(limit);
    }

    private Thread watch(Duration duration) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException cancelled) {
                return;
            }
            synchronized (this) {
                if (!closed) {
                    expired = true;
                    worker.interrupt();
                }
            }
        }, "multilin-claim-timeout");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Whether the deadline passed while the claim was being checked. */
    public synchronized boolean expired() {
        return expired;
    }

    /** Why a quantity was not measured, or measured only in part. */
    public String reason() {
        return "the claim's time limit (--timeout " + limit.map(ClaimTimeout::spell).orElse("none") + ") ran out";
    }

    /** {@code 90s}, {@code 10m}, {@code 1h30m}: how the limit was given, not ISO-8601. */
    static String spell(Duration d) {
        long s = d.getSeconds();
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append(s % 3600 / 60).append('m');
        }
        if (s % 60 != 0 || b.length() == 0) {
            b.append(String.format(Locale.ROOT, "%ds", s % 60));
        }
        return b.toString();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
        if (expired()) {
            // the interrupt was the watchdog's, consumed by stopping the claim's sweeps
            Thread.interrupted();
        }
    }
}
