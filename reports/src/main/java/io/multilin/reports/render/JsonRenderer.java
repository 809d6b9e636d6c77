package io.multilin.reports.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.multilin.reports.model.Report;

/**
 * A neutral JSON dump of the report model (blocks tagged by {@code "type"}), readable back into
 * an equal {@link Report}. Non-finite numbers are written as the strings "NaN", "Infinity",
 * "-Infinity". This is not the tool's claims JSON.
 */
public final class JsonRenderer {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Report report) {
        try {
            return mapper.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    public Report read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Report.class);
    }
}
