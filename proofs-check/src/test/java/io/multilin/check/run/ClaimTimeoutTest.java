package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The watchdog interrupts only after its deadline, says so, and leaves no interrupt behind. */
class ClaimTimeoutTest {

    @Test
    void theDeadlineInterruptsTheWorkerAndCloseClearsIt() throws Exception {
        try (ClaimTimeout clock = ClaimTimeout.start(Optional.of(Duration.ofMillis(200)))) {
            assertFalse(clock.expired());
            assertThrows(InterruptedException.class, () -> Thread.sleep(60_000));
            assertTrue(clock.expired());
        }
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared on close");
    }

    @Test
    void closingBeforeTheDeadlineCancelsTheWatchdog() throws Exception {
        try (ClaimTimeout clock = ClaimTimeout.start(Optional.of(Duration.ofMillis(300)))) {
            assertFalse(clock.expired());
        }
        Thread.sleep(600);
        assertFalse(Thread.currentThread().isInterrupted(), "a closed clock never interrupts");
    }

    @Test
    void anInterruptFromElsewhereIsKept() {
        try (ClaimTimeout clock = ClaimTimeout.start(Optional.of(Duration.ofMinutes(5)))) {
            Thread.currentThread().interrupt();
        }
        assertTrue(Thread.interrupted(), "Ctrl-C's interrupt survives the clock");
    }

    @Test
    void noLimitNeverExpires() {
        try (ClaimTimeout clock = ClaimTimeout.start(Optional.empty())) {
            assertFalse(clock.expired());
            assertEquals("the claim's time limit (--timeout none) ran out", clock.reason());
        }
    }

    @Test
    void limitsAreSpelledAsTyped() {
        assertEquals("30s", ClaimTimeout.spell(Duration.ofSeconds(30)));
        assertEquals("1m30s", ClaimTimeout.spell(Duration.ofSeconds(90)));
        assertEquals("10m", ClaimTimeout.spell(Duration.ofMinutes(10)));
        assertEquals("1h30m", ClaimTimeout.spell(Duration.ofMinutes(90)));
        assertEquals("2h", ClaimTimeout.spell(Duration.ofHours(2)));
        assertEquals("1s", ClaimTimeout.spell(Duration.ofSeconds(1)));
    }
}
