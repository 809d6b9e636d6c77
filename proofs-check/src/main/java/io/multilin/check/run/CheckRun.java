package io.multilin.check.run;

import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.verdict.ClaimResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@code check} run: expand the arguments, parse every file (collecting all errors), check
 * the valid claims in order. Stops at an interrupt and keeps what was finished.
 */
public final class CheckRun {

    /** What a run produced; {@code interrupted} when Ctrl-C stopped it early. */
    public record Outcome(List<ClaimResult> results, List<ClaimError> errors, boolean interrupted) {
        public Outcome {
            results = List.copyOf(results);
            errors = List.copyOf(errors);
        }
    }

    private CheckRun() {
    }

    public static Outcome run(List<Path> arguments, ClaimChecker checker, Consumer<ClaimResult> onResult) {
        ClaimFiles.Found found = ClaimFiles.collect(arguments);
        List<ClaimError> errors = new ArrayList<>(found.errors());
        List<Claim> claims = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        ClaimParser parser = new ClaimParser();
        for (Path file : found.files()) {
            ParsedClaim parsed = parser.parse(file);
            errors.addAll(parsed.errors());
            parsed.claim().ifPresent(claim -> {
                String previous = seenIds.putIfAbsent(claim.id(), claim.file());
                if (previous != null) {
                    errors.add(new ClaimError(claim.file(), 1, "id", "duplicate id '" + claim.id() + "': already used by "
                            + previous));
                } else {
                    claims.add(claim);
                }
            });
        }
        List<ClaimResult> results = new ArrayList<>();
        for (Claim claim : claims) {
            try {
                ClaimResult result = checker.check(claim);
                results.add(result);
                onResult.accept(result);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(results, errors, true);
            }
        }
        return new Outcome(results, errors, false);
    }
}
