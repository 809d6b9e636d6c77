package io.multilin.check.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The two schemas of docs/: claim files and the {@code --json} output, read once per test class. */
public final class Schemas {

    static final Path DOCS = Path.of("..", "docs");
    public static final String CLAIM = "claim.schema.json";
    public static final String REPORT = "report.schema.json";

    private final Schema schema;

    private Schemas(Schema schema) {
        this.schema = schema;
    }

    public static Schemas of(String name) {
        return new Schemas(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(tree(name)));
    }

    /** The schema document itself, for tests that read its structure. */
    public static JsonNode tree(String name) {
        try {
            return new ObjectMapper().readTree(Files.readString(DOCS.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as "location: message"; empty when the value is valid. */
    public List<String> errors(JsonNode value) {
        return schema.validate(value).stream().map(Error::toString).toList();
    }
}
