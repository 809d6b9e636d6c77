package io.multilin.check.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.plan.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every fuzz case must satisfy: the file is written to disk and read by the real parser;
 * within {@link #LIMIT} it is either a valid claim (then planned) or refused with errors that
 * name the file and a line (and the key, when the error is about a key); no other exception
 * escapes; nothing is executed (the sentinel folder hostile text names stays empty; the computer
 * algebra is not even on this module's classpath, so no claim text can reach it here). One oracle
 * serves one jqwik property and counts its cases.
 */
final class FuzzOracle {

    /** Per file, parse and plan; a few milliseconds normally, so only a hang or a loop reaches it. */
    static final Duration LIMIT = Duration.ofSeconds(3);

    /** Hostile text asks for files to be created here (relative to the module, under target/). */
    static final Path SENTINEL = Path.of("target", "fuzz-sentinel").toAbsolutePath();

    /** Whole-file problems that have no line: too large, or unreadable. */
    private static final Pattern NO_LINE = Pattern.compile("^(the file has|the text has|cannot read: (?!the file is"
            + " not UTF-8))");

    /** Errors about one key: they must name it. */
    private static final Pattern ABOUT_A_KEY = Pattern.compile("^(unknown key|duplicate key|missing required key)");

    private static final int MAX_MESSAGE = ClaimError.MAX_MESSAGE + 3;

    private final Path file;
    private final Map<String, Integer> counts = new TreeMap<>();
    /** One thread for all cases of a property (a thread per case would cost more than the parse). */
    private ExecutorService executor = newExecutor();

    FuzzOracle() {
        try {
            Files.createDirectories(SENTINEL);
            this.file = Files.createTempFile("multilin-fuzz-", ".yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one case; returns the parse for further assertions by the property. */
    ParsedClaim check(Hostile h) {
        counts.merge(h.category(), 1, Integer::sum);
        try {
            Files.write(file, h.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Future<ParsedClaim> run = executor.submit(() -> {
            ParsedClaim p = new ClaimParser().parse(file);
            p.claim().flatMap(ClaimKinds::network).ifPresent(Planner::plan);
            return p;
        });
        ParsedClaim parsed;
        try {
            parsed = run.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            throw new AssertionError("no answer within " + LIMIT.toSeconds() + " s for\n" + h.shown());
        } catch (ExecutionException e) {
            throw new AssertionError("an exception escaped for\n" + h.shown(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertEquals(parsed.claim().isPresent(), parsed.errors().isEmpty(), () -> parsed.errors() + "\n" + h.shown());
        long lines = lines(h.bytes());
        for (ClaimError e : parsed.errors()) {
            String where = e + "\n--- for ---\n" + h.shown();
            assertEquals(file.toString(), e.file(), where);
            if (!NO_LINE.matcher(e.message()).find()) {
                assertTrue(e.line() >= 1 && e.line() <= lines + 1, () -> "line out of range: " + where);
            }
            if (ABOUT_A_KEY.matcher(e.message()).find()) {
                assertFalse(e.key().isEmpty(), () -> "no key: " + where);
            }
            assertTrue(e.message().length() <= MAX_MESSAGE, () -> "message not cut: " + where);
            assertFalse(e.message().contains("Exception") || e.message().contains("For input string"),
                    () -> "an exception's words leak into the message: " + where);
        }
        if (h.mustBeRefused() && parsed.claim().isPresent()) {
            fail("accepted, but it must be refused:\n" + h.shown());
        }
        return parsed;
    }

    /** After the property: nothing was created; the counts are saved. */
    void finish() {
        try (Stream<Path> created = Files.list(SENTINEL)) {
            assertEquals(List.of(), created.toList(), "hostile text created files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FuzzCounts.save(counts);
        executor.shutdownNow();
    }

    /** A daemon thread: one stuck in a loop must not keep the test JVM alive. */
    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static long lines(byte[] bytes) {
        long n = 1;
        for (byte b : bytes) {
            n += b == '\n' || b == '\r' ? 1 : 0;
        }
        return n;
    }
}
