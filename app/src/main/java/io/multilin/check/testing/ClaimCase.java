package io.multilin.check.testing;

import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.claim.SweepOverride;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.real.RealSides;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One claim file as a test: {@link #check()} passes when every assertion is VERIFIED and
 * otherwise throws an {@link AssertionError} carrying each failing assertion's verdict and
 * reason. Only JDK types in the signature, so any test framework can run it; with JUnit 5:
 * {@code DynamicTest.dynamicTest(c.name(), c::check)}.
 */
public record ClaimCase(String name, Path file, ClaimTestOptions options) {

    /** Parses and checks the claim; parse errors are failures too (naming file and line). */
    public ClaimResult run() {
        Claim claim = claim();
        ClaimChecker checker = new ClaimChecker(RealSides.create(), options.mode(), defaults(), ProgressListener.NONE);
        try {
            return checker.check(withOverride(claim));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while checking " + file, e);
        }
    }

    /** Passes silently when the claim is VERIFIED. */
    public void check() {
        ClaimResult result = run();
        if (result.verdict() != Verdict.VERIFIED) {
            throw new AssertionError(failure(result));
        }
    }

    /** The validated claim in the file. */
    public Claim claim() {
        ParsedClaim parsed = new ClaimParser().parse(file);
        if (parsed.claim().isEmpty()) {
            throw new AssertionError("invalid claim file " + file + ":\n" + parsed.errors().stream()
                    .map(ClaimCase::spell).collect(Collectors.joining("\n")));
        }
        return parsed.claim().get();
    }

    /** The text of a failure: the claim's verdict, then every assertion that is not VERIFIED. */
    public static String failure(ClaimResult result) {
        StringBuilder b = new StringBuilder("claim ").append(result.claim().id()).append(" (")
                .append(result.claim().file()).append("): ").append(result.label());
        for (AssertionResult a : result.assertions()) {
            if (a.verdict() != Verdict.VERIFIED) {
                b.append("\n  ").append(a.assertion().kind().key()).append(' ').append(a.assertion().claimedText())
                        .append(" (line ").append(a.assertion().line()).append("): ").append(a.label())
                        .append(" - ").append(a.reason());
            }
        }
        return b.toString();
    }

    private SweepDefaults defaults() {
        // no widths given: every claim gets its own (contract defaults, raised when undecided)
        return new SweepDefaults(options.widths(),
                options.seeds().orElse(SweepDefaults.SEEDS), options.baseSeed(), options.threads());
    }

    /** The options' sweep replaces the claim's own, part by part. */
    private Claim withOverride(Claim claim) {
        if (options.widths().isEmpty() && options.seeds().isEmpty()) {
            return claim;
        }
        Optional<SweepOverride> sweep = claim.sweep().map(s -> new SweepOverride(
                options.widths().isPresent() ? Optional.empty() : s.widths(),
                options.seeds().isPresent() ? java.util.OptionalInt.empty() : s.seeds()));
        return claim.withSweep(sweep);
    }

    private static String spell(ClaimError e) {
        return "  " + e.file() + ":" + e.line() + (e.key().isEmpty() ? "" : " " + e.key()) + ": " + e.message();
    }
}
