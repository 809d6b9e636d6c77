package io.multilin.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.Scale;

/** The claimed value of an assertion, as it was written in the claim file. */
final class ClaimedJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimedJson() {
    }

    static JsonNode of(Assertion assertion) {
        if (assertion instanceof Assertion.MultilinearDegree d) {
            return F.numberNode(d.degree());
        }
        if (assertion instanceof Assertion.TaylorDegree d) {
            return F.numberNode(d.degree());
        }
        if (assertion instanceof Assertion.Linear l) {
            return F.booleanNode(l.linear());
        }
        if (assertion instanceof Assertion.StationaryAtInit s) {
            return F.booleanNode(s.stationary());
        }
        if (Assertion.trainedRank(assertion).isPresent()) {
            return F.numberNode(Assertion.trainedRank(assertion).getAsInt());
        }
        if (assertion instanceof Assertion.TangentKernel k) {
            return F.textNode(k.constant() ? "constant" : "varies");
        }
        ObjectNode node = F.objectNode();
        if (assertion instanceof Assertion.SmallSingularValues v) {
            scale(node, v.scale());
        } else if (assertion instanceof Assertion.HessianNorm h) {
            scale(node, h.scale());
        } else if (assertion instanceof Assertion.HessianBlock b) {
            node.putArray("segments").add(b.rowSegment()).add(b.columnSegment());
            scale(node, b.scale());
        } else if (assertion instanceof Assertion.InitScale i) {
            node.put("of", i.layer().isPresent() ? "layer " + i.layer().getAsInt() : "output");
            exponent(node, i.exponent());
        } else if (assertion instanceof Assertion.OneStepChange o) {
            exponent(node, o.exponent());
            node.put("loss", "mse");
            node.put("target", o.target());
            node.put("lr", o.lr());
        }
        return node;
    }

    private static void scale(ObjectNode node, Scale scale) {
        if (scale instanceof Scale.Exponent e) {
            exponent(node, e.value());
        } else if (scale instanceof Scale.Bound b) {
            node.put("bound", b.value());
        } else if (scale instanceof Scale.OrderOne) {
            node.put("order", "one");
        } else {
            node.put("vanishes", scale instanceof Scale.Vanishes);
        }
    }

    /** A claimed exponent: a number, and its exact spelling when it is not an integer. */
    private static void exponent(ObjectNode node, io.multilin.architecture.Exponent e) {
        node.put("exponent", e.approximately().orElseThrow());
        node.put("exponentExact", e.text());
    }

    /** Degree and yes/no kinds carry integer / as-written predictions; all others an exponent. */
    static boolean isDegree(Assertion a) {
        return a instanceof Assertion.MultilinearDegree || a instanceof Assertion.TaylorDegree;
    }

    static boolean isYesNo(Assertion a) {
        return a instanceof Assertion.Linear || a instanceof Assertion.StationaryAtInit
                || a instanceof Assertion.TangentKernel;
    }

    /** A yes/no value spelled as in claim files, as JSON (true/false are booleans). */
    static JsonNode yesNo(String value) {
        return switch (value) {
            case "true" -> F.booleanNode(true);
            case "false" -> F.booleanNode(false);
            default -> F.textNode(value);
        };
    }
}
