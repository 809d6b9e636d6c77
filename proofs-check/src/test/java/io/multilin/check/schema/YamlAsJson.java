package io.multilin.check.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A claim file as the JSON value a schema-aware editor validates. Editors read YAML 1.2 with
 * its core schema (a plain {@code 0.5} is a number, {@code -1/2} a string, {@code true} a
 * boolean), so the tests do too; the parser instead reads every scalar as text, which is why
 * docs/claim.schema.json accepts numbers both as YAML numbers and as text.
 */
public final class YamlAsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private YamlAsJson() {
    }

    /** Empty when the text is not one YAML document that a core-schema reader accepts. */
    public static Optional<JsonNode> read(String yaml) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        try {
            return Optional.of(MAPPER.valueToTree(new Load(settings).loadFromString(yaml)));
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
