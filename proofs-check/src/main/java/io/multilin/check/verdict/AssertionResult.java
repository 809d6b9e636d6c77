package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Assertion;
import io.multilin.check.plan.Expectation;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on one assertion with all its evidence: the expectations on quantities it was
 * compiled to (none for a training assertion, which is judged on its runs), the findings of each
 * side consulted, the numeric checks of the derivation, the raw predictions and measurements of
 * every quantity the assertion used, and the scope the verdict reaches.
 */
public record AssertionResult(Assertion assertion, List<Expectation> expectations, Verdict verdict, Step because,
                              Optional<SideFinding> symbolic, Optional<SideFinding> numeric,
                              List<DerivationCheck> checks, Scope scope, Map<Quantity, Prediction> predictions,
                              Map<Quantity, Measurement> measurements) {

    public AssertionResult {
        expectations = List.copyOf(expectations);
        checks = List.copyOf(checks);
        // insertion order is the plan's order, which reports and JSON keep
        predictions = Collections.unmodifiableMap(new LinkedHashMap<>(predictions));
        measurements = Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
    }

    /** Without numeric checks of a derivation, at full scope (one side alone, or tests). */
    public AssertionResult(Assertion assertion, List<Expectation> expectations, Verdict verdict, Step because,
                           Optional<SideFinding> symbolic, Optional<SideFinding> numeric,
                           Map<Quantity, Prediction> predictions, Map<Quantity, Measurement> measurements) {
        this(assertion, expectations, verdict, because, symbolic, numeric, List.of(), new Scope.Full(), predictions,
                measurements);
    }

    /** The reason as the console and the JSON print it; the report typesets {@link #because()}. */
    public String reason() {
        return because.plain();
    }

    /** The verdict as printed: its name and, for quick or one-sided checks, what it rests on. */
    public String label() {
        return labelStep().plain();
    }

    /** The label with its math, for the report. */
    public Step labelStep() {
        return Step.of(verdict.name(), scope.qualifierStep());
    }

    /**
     * The quantity an exponent-valued assertion is about (the last expectation's); only network
     * assertions whose kind answers an exponent have one.
     */
    public Quantity primaryQuantity() {
        return AssertionJudge.primaryQuantity(expectations);
    }
}
