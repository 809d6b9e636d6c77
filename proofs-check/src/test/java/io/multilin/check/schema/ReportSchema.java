package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Called by every test that writes {@code --json} output (JsonReportTest, CheckCommandTest,
 * TrainingClaimEndToEndTest): what they wrote must match docs/report.schema.json.
 */
public final class ReportSchema {

    private static final Schemas SCHEMA = Schemas.of(Schemas.REPORT);

    private ReportSchema() {
    }

    public static List<String> errors(JsonNode report) {
        return SCHEMA.errors(report);
    }

    /** Returns the report, so that a reading test can validate and go on in one expression. */
    public static JsonNode valid(JsonNode report) {
        assertEquals(List.of(), errors(report), "the --json output does not match docs/report.schema.json");
        return report;
    }
}
