package io.multilin.check.verdict;

import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Step;
import java.util.List;

/**
 * How far a verdict reaches. A verdict from a sweep below the contract (fewer than 5 widths,
 * less than 16x, or widths not 8x the fixed hidden widths) or from the numeric side alone is
 * never printed as a plain VERIFIED or REFUTED: its label says what it rests on.
 */
public sealed interface Scope {

    /** Appended to the verdict's name wherever it is printed; empty for a full check. */
    String qualifier();

    /** The qualifier with its math (the widths of a quick check), for the report. */
    default Step qualifierStep() {
        return Step.of(qualifier());
    }

    /** Both sides, or the symbolic side alone, at a sweep that meets the contract. */
    record Full() implements Scope {
        @Override public String qualifier() { return ""; }
    }

    /** {@code --only numeric}: the claim compared with the measurement by the tolerance. */
    record NumericOnly() implements Scope {
        @Override public String qualifier() { return " (numeric only)"; }
    }

    /** A sweep below the contract; {@code why} says which rule it misses. */
    record QuickCheck(List<Long> widths, String why) implements Scope {
        public QuickCheck {
            widths = List.copyOf(widths);
        }

        @Override public String qualifier() {
            return qualifierStep().plain();
        }

        @Override public Step qualifierStep() {
            return Step.of(" (quick check: ", Notate.widths(widths), ", " + why + ")");
        }
    }
}
