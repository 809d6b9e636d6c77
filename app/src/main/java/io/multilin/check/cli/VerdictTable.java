package io.multilin.check.cli;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.report.AssertionCells;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Verdict;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable output on stdout: one block per claim, then a summary line. */
final class VerdictTable {

    private static final String ROW = "  %-20s %-30s %-16s %-22s %-13s %s%n";

    private final PrintStream out;

    VerdictTable(PrintStream out) {
        this.out = out;
    }

    void claim(ClaimResult result) {
        out.printf("%s  %s  (%s)%n", Terminal.clean(result.claim().id()), Terminal.clean(result.claim().title()),
                Terminal.clean(result.claim().file()));
        out.printf(ROW, "KIND", "CLAIMED", "PREDICTED", "MEASURED", "VERDICT", "REASON");
        for (AssertionResult r : result.assertions()) {
            out.printf(ROW, r.assertion().kind().key(), cut(r.assertion().claimedText(), 30), cut(AssertionCells.predicted(r), 16),
                    cut(AssertionCells.measured(r), 22), r.label(), Terminal.clean(r.reason()));
        }
        out.printf("  => %s %s%n%n", Terminal.clean(result.claim().id()), result.label());
    }

    void summary(List<ClaimResult> results, List<ClaimError> errors, boolean interrupted) {
        Map<Verdict, Integer> claims = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> assertions = new EnumMap<>(Verdict.class);
        for (ClaimResult r : results) {
            claims.merge(r.verdict(), 1, Integer::sum);
            r.assertions().forEach(a -> assertions.merge(a.verdict(), 1, Integer::sum));
        }
        long badFiles = errors.stream().map(ClaimError::file).distinct().count();
        out.printf("%s%d claim%s (%s), %d assertion%s (%s), %d file%s with errors%n",
                interrupted ? "INTERRUPTED: " : "", results.size(), plural(results.size()), counts(claims),
                assertions.values().stream().mapToInt(Integer::intValue).sum(),
                plural(assertions.values().stream().mapToInt(Integer::intValue).sum()), counts(assertions),
                badFiles, plural(badFiles));
    }

    private static String counts(Map<Verdict, Integer> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name())
                .collect(Collectors.joining(", "));
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private static String cut(String text, int width) {
        String clean = Terminal.clean(text);
        return clean.length() <= width ? clean : clean.substring(0, width - 3) + "...";
    }
}
