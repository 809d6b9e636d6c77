package io.multilin.check.report;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.verdict.ClaimResult;
import java.util.List;

/** Everything a report is built from: the results with their evidence, the errors, the run's facts. */
public record ReportRequest(List<ClaimResult> results, List<ClaimError> errors, RunMetadata metadata,
                            ReportOptions options) {

    public ReportRequest {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }
}
