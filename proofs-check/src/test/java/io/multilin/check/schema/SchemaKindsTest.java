package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.multilin.check.claim.Assertion;
import java.lang.reflect.RecordComponent;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A new record of the sealed {@link Assertion} must get a branch in docs/claim.schema.json
 * (CONTRIBUTING.md, "A new assertion kind"), or editors would flag valid claims: the kinds the
 * schema knows are exactly the kinds the records report.
 */
class SchemaKindsTest {

    @Test
    void theSchemaHasOneBranchPerAssertionKind() throws ReflectiveOperationException {
        Set<String> kinds = new TreeSet<>();
        for (Class<?> type : Assertion.class.getPermittedSubclasses()) {
            kinds.add(((Assertion) instantiate(type)).kind());
        }
        JsonNode defs = Schemas.tree(Schemas.CLAIM).get("$defs");
        Set<String> inSchema = new TreeSet<>();
        defs.get("networkAssertion").get("properties").fieldNames().forEachRemaining(inSchema::add);
        defs.get("trainingAssertion").get("properties").fieldNames().forEachRemaining(inSchema::add);
        assertEquals(kinds, inSchema, "assertion kinds of the records vs. of docs/claim.schema.json");
    }

    /** kind() is a constant of each record, so any component values do. */
    private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = zero(types[i]);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object zero(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        return type == OptionalInt.class ? OptionalInt.empty() : null;
    }
}
