package io.multilin.reports.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multilin.reports.model.Metadata;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {

    @Test
    void roundTripsTheWholeReport() throws Exception {
        Report report = SampleReports.full();
        JsonRenderer json = new JsonRenderer();
        assertEquals(report, json.read(json.render(report)));
    }

    @Test
    void verdictCellsAndStatusesAreThoseOfTheModel() throws Exception {
        Table summary = SampleReports.summary();
        Report report = new Report("r", Metadata.empty(), List.of(Section.of("s", summary)));
        JsonNode table = new ObjectMapper().readTree(new JsonRenderer().render(report)).get("sections").get(0)
                .get("blocks").get(0);
        assertEquals("table", table.get("type").asText());
        List<String> verdicts = new ArrayList<>();
        table.get("rows").forEach(row -> verdicts.add(row.get(4).asText()));
        assertEquals(summary.rows().stream().map(r -> r.get(4).plain()).toList(), verdicts);
        assertEquals(List.of("VERIFIED", "VERIFIED", "REFUTED", "INCONCLUSIVE", "UNSUPPORTED", "DISAGREEMENT"), verdicts);
        assertEquals("FAIL", table.get("rowStatus").get(2).asText());
    }

    @Test
    void nonFiniteValuesAreKept() throws Exception {
        Plot plot = new Plot("p", "x", "y", true, List.of(new Series("s",
                List.of(Point.of(1, Double.NaN), Point.of(2, Double.POSITIVE_INFINITY)), null, null)));
        Report report = new Report("r", Metadata.empty(), List.of(Section.of("s", plot)));
        String text = new JsonRenderer().render(report);
        assertTrue(text.contains("\"NaN\"") && text.contains("\"Infinity\""), text);
        Point back = ((Plot) new JsonRenderer().read(text).sections().get(0).blocks().get(0)).series().get(0).points().get(0);
        assertTrue(Double.isNaN(back.y()));
    }
}
