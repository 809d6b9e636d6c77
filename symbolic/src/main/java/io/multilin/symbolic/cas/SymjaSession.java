package io.multilin.symbolic.cas;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One batch of Symja evaluations with a wall-time limit. Symja's engine stops when asked
 * ({@link EvalEngine#stopRequest()}), but {@link ExprEvaluator#eval(IExpr)} then returns the
 * input unevaluated instead of failing; so a watchdog asks it to stop at the limit, and every
 * evaluation checks afterwards whether it was stopped and throws {@link SymjaTimeLimitExceeded}
 * rather than hand back a half-evaluated result.
 */
public final class SymjaSession implements AutoCloseable {

    /** Ample for every derivation multilin runs (seconds at most), even on a loaded machine. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    private final String task;
    private final Duration limit;
    private final ExprEvaluator evaluator;
    private final ScheduledExecutorService watchdog;

    private SymjaSession(String task, Duration limit) {
        SymjaSettings.apply();
        this.task = task;
        this.limit = limit;
        this.evaluator = new ExprEvaluator();
        EvalEngine engine = evaluator.getEvalEngine();
        engine.setFileSystemEnabled(false);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "symja-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.schedule(engine::stopRequest, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A session for {@code task} (named in the error when the limit is reached). */
    public static SymjaSession open(String task, Duration limit) {
        return new SymjaSession(task, limit);
    }

    public static SymjaSession open(String task) {
        return open(task, DEFAULT_LIMIT);
    }

    /** Evaluates {@code expression}; throws when the limit passed or the thread was interrupted. */
    public IExpr eval(IExpr expression) {
        stopIfAsked();
        IExpr result = evaluator.eval(expression);
        stopIfAsked();
        return result;
    }

    /** Symja's engine of this session (for its settings; evaluate through {@link #eval}). */
    public EvalEngine engine() {
        return evaluator.getEvalEngine();
    }

    private void stopIfAsked() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted while Symja computed " + task);
        }
        if (evaluator.getEvalEngine().isStopRequested()) {
            throw new SymjaTimeLimitExceeded(task, limit);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
