package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.ScriptedSides;
import io.multilin.check.sides.Measurement;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --timeout} bounds each claim: a claim whose sweep does not finish in time is
 * INCONCLUSIVE with the limit in its reason, never VERIFIED, and the run goes on to the next
 * claim (a timeout is not Ctrl-C).
 */
class TimeoutTest {

    static final String SLOW = """
            id: slow
            title: A claim whose Hessian sweep never ends
            network: {widths: [4, m, m, 1], activation: linear, parameterization: ntk}
            assert:
              - hessian-norm: {exponent: -0.5}
            """;

    static final String QUICK = """
            id: quick
            title: A claim measured at once
            network: {widths: [4, m, m, 1], activation: linear, parameterization: ntk}
            assert:
              - linear: false
            """;

    final CliHarness cli = new CliHarness();

    /** A numeric side that blocks on the Hessian norm until interrupted, as a real sweep stops between cells. */
    static Measurement blockUntilInterrupted(Quantity q) {
        try {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            return Measurement.invalid(q, "slept through");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Measurement.invalid(q, "interrupted after 2 of 15 cells");
        }
    }

    @Test
    void aClaimOverItsTimeIsInconclusiveAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        ScriptedSides sides = new ScriptedSides().exponent(new Quantity.TaylorResidual(1), 0, 1)
                .exponent(new Quantity.HessianNorm(), -1, 2)
                .measure(new Quantity.HessianNorm(), TimeoutTest::blockUntilInterrupted);
        Path slow = CheckCommandTest.write(dir, "a-slow.yaml", SLOW);
        Path quick = CheckCommandTest.write(dir, "b-quick.yaml", QUICK);
        long start = System.nanoTime();
        int code = cli.check(sides.sides(), dir, slow.toString(), quick.toString(), "--timeout", "1s");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, code, cli.out + cli.err);
        assertTrue(seconds < 60, "the watchdog stopped the blocked sweep (" + seconds + " s)");
        assertTrue(cli.out.contains("=> slow INCONCLUSIVE"), cli.out);
        assertTrue(cli.out.contains("the claim's time limit (--timeout 1s) ran out: interrupted after 2 of 15 cells"),
                cli.out);
        assertTrue(cli.out.contains("=> quick VERIFIED"), cli.out);
        assertFalse(cli.out.contains("INTERRUPTED"), cli.out);
        assertTrue(cli.out.contains("2 claims (1 INCONCLUSIVE, 1 VERIFIED)"), cli.out);
    }

    @Test
    void aClaimWithinItsTimeIsUntouched(@TempDir Path dir) throws IOException {
        ScriptedSides sides = new ScriptedSides().exponent(new Quantity.TaylorResidual(1), 0, 1);
        Path quick = CheckCommandTest.write(dir, "quick.yaml", QUICK);
        assertEquals(0, cli.check(sides.sides(), dir, quick.toString(), "--timeout", "10m"), cli.out + cli.err);
        assertTrue(cli.out.contains("=> quick VERIFIED"), cli.out);
    }

    @Test
    void aMalformedTimeIsAnArgumentError(@TempDir Path dir) {
        for (String bad : new String[] {"soon", "0s", "-5", "10 minutes", ""}) {
            assertEquals(2, cli.check(new ScriptedSides().sides(), dir, "--timeout", bad), bad);
            assertTrue(cli.err.contains("--timeout expects a time such as 90s, 10m or 1h30m"), cli.err);
        }
    }

    @Test
    void timesParseAsWritten() {
        assertEquals(Duration.ofSeconds(90), TimeLimit.parse("90s").orElseThrow());
        assertEquals(Duration.ofSeconds(90), TimeLimit.parse("90").orElseThrow());
        assertEquals(Duration.ofMinutes(10), TimeLimit.parse("10m").orElseThrow());
        assertEquals(Duration.ofMinutes(90), TimeLimit.parse("1h30m").orElseThrow());
        assertEquals(Duration.ofSeconds(3723), TimeLimit.parse("1h2m3s").orElseThrow());
        assertTrue(TimeLimit.parse("1.5h").isEmpty());
        assertTrue(TimeLimit.parse("m").isEmpty());
    }
}
