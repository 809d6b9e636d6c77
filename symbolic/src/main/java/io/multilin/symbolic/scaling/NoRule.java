package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The family for networks no rule covers yet: every answer is Unsupported, with the reason. */
record NoRule(int depth, String reason) implements RuleFamily {

    @Override
    public Map<Set<Integer>, Outcome<Exponent>> groupExponents() {
        Map<Set<Integer>, Outcome<Exponent>> map = new LinkedHashMap<>();
        if (depth <= GroupTable.MAX_DEPTH) {
            for (int mask = 1; mask < (1 << depth); mask++) {
                map.put(Collections.unmodifiableSet(GroupTable.layerSet(mask)), Outcome.unsupported(reason));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Outcome<Exponent> exponent(Quantity quantity) {
        return Outcome.unsupported(reason);
    }

    @Override
    public Outcome<Integer> taylorDegree() {
        return Outcome.unsupported(reason);
    }

    @Override
    public Outcome<MultilinearStructure> multilinearStructure() {
        return Outcome.unsupported(reason);
    }
}
