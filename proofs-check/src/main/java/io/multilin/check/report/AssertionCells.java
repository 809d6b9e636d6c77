package io.multilin.check.report;

import io.multilin.architecture.Exponent;
import io.multilin.check.claim.Assertion;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.SideFinding;
import java.util.Locale;
import java.util.Optional;

/** The predicted and measured cells of the verdict table (also used by the report builder). */
public final class AssertionCells {

    private AssertionCells() {
    }

    public static String predicted(AssertionResult r) {
        if (r.symbolic().isEmpty()) {
            return "(skipped)";
        }
        Optional<String> summary = summary(r.assertion(), r.symbolic().get());
        if (summary.isPresent()) {
            return summary.get();
        }
        return predictedExponent(r).map(Exponent::spelling).orElse("no rule");
    }

    /** The predicted exponent when the cell shows one (an exponent-valued assertion with a rule). */
    public static Optional<Exponent> predictedExponent(AssertionResult r) {
        if (r.symbolic().isEmpty() || summary(r.assertion(), r.symbolic().get()).isPresent()) {
            return Optional.empty();
        }
        return r.predictions().get(r.primaryQuantity()) instanceof Prediction.Predicted p
                ? Optional.of(p.exponent()) : Optional.empty();
    }

    public static String measured(AssertionResult r) {
        if (r.numeric().isEmpty()) {
            return "(skipped)";
        }
        SideFinding finding = r.numeric().get();
        Optional<String> summary = summary(r.assertion(), finding);
        if (summary.isPresent()) {
            return summary.get();
        }
        Measurement m = r.measurements().get(r.primaryQuantity());
        if (m == null || m.problem().isPresent()) {
            return "invalid";
        }
        if (m.fallsToFloor()) {
            return "falls to floor";
        }
        return m.fit().map(AssertionCells::slope).orElse("no fit");
    }

    /** Counts (degrees, ranks) and values (yes/no, a slope in L); empty for exponent-valued assertions. */
    private static Optional<String> summary(Assertion a, SideFinding finding) {
        return switch (a.kind().answer()) {
            case COUNT -> Optional.of(finding.degree().map(String::valueOf).orElse("?"));
            case VALUE -> Optional.of(finding.value().orElse("?"));
            case EXPONENT -> Optional.empty();
        };
    }

    public static String slope(Fit fit) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", fit.slope(), fit.ci95Low(), fit.ci95High());
    }
}
