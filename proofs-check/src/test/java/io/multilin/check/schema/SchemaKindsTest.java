package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.AssertionKind;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.TrainingAssertion;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A new {@link AssertionKind} must get a branch in docs/claim.schema.json (CONTRIBUTING.md, "A
 * new assertion kind"), or editors would flag valid claims: the kinds the schema knows are
 * exactly the kinds, and every kind has its record.
 */
class SchemaKindsTest {

    @Test
    void theSchemaHasOneBranchPerAssertionKind() throws ReflectiveOperationException {
        Set<String> kinds = new TreeSet<>();
        for (AssertionKind kind : AssertionKind.values()) {
            kinds.add(kind.key());
        }
        JsonNode defs = Schemas.tree(Schemas.CLAIM).get("$defs");
        Set<String> inSchema = new TreeSet<>();
        defs.get("networkAssertion").get("properties").fieldNames().forEachRemaining(inSchema::add);
        defs.get("trainingAssertion").get("properties").fieldNames().forEachRemaining(inSchema::add);
        assertEquals(kinds, inSchema, "assertion kinds vs. of docs/claim.schema.json");
    }

    /** Every kind has exactly one record, in the family the kind names. */
    @Test
    void everyKindHasOneRecordInItsFamily() throws ReflectiveOperationException {
        List<AssertionKind> ofRecords = new ArrayList<>();
        for (Class<?> type : NetworkAssertion.class.getPermittedSubclasses()) {
            AssertionKind kind = ((Assertion) instantiate(type)).kind();
            assertEquals(AssertionKind.Family.NETWORK, kind.family(), type.getName());
            ofRecords.add(kind);
        }
        for (Class<?> type : TrainingAssertion.class.getPermittedSubclasses()) {
            AssertionKind kind = ((Assertion) instantiate(type)).kind();
            assertEquals(AssertionKind.Family.TRAINING, kind.family(), type.getName());
            ofRecords.add(kind);
        }
        assertEquals(new TreeSet<>(List.of(AssertionKind.values())), new TreeSet<>(ofRecords));
        assertEquals(AssertionKind.values().length, ofRecords.size(), "one record per kind");
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
