package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Assertion;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on one assertion with all its evidence: the findings of each side consulted,
 * and the raw predictions and measurements of every quantity the assertion used.
 */
public record AssertionResult(AssertionPlan plan, Verdict verdict, String reason, Optional<SideFinding> symbolic,
                              Optional<SideFinding> numeric, Map<Quantity, Prediction> predictions,
                              Map<Quantity, Measurement> measurements) {

    public AssertionResult {
        // insertion order is the plan's order, which reports and JSON keep
        predictions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(predictions));
        measurements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measurements));
    }

    public Assertion assertion() {
        return plan.assertion();
    }

    /** The quantity an exponent-valued assertion is about (the last expectation's). */
    public Quantity primaryQuantity() {
        return AssertionJudge.primaryQuantity(plan);
    }
}
