package io.multilin.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.Scale;
import io.multilin.check.claim.TrainingAssertion;

/** The claimed value of an assertion, as it was written in the claim file. */
final class ClaimedJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimedJson() {
    }

    static JsonNode of(Assertion assertion) {
        return assertion.accept(NETWORK, TRAINING);
    }

    private static final NetworkAssertion.Cases<JsonNode> NETWORK = new NetworkAssertion.Cases<>() {
        @Override
        public JsonNode multilinearDegree(NetworkAssertion.MultilinearDegree a) {
            return F.numberNode(a.degree());
        }

        @Override
        public JsonNode taylorDegree(NetworkAssertion.TaylorDegree a) {
            return F.numberNode(a.degree());
        }

        @Override
        public JsonNode linear(NetworkAssertion.Linear a) {
            return F.booleanNode(a.linear());
        }

        @Override
        public JsonNode stationaryAtInit(NetworkAssertion.StationaryAtInit a) {
            return F.booleanNode(a.stationary());
        }

        @Override
        public JsonNode tangentKernel(NetworkAssertion.TangentKernel a) {
            return F.textNode(a.constant() ? "constant" : "varies");
        }

        @Override
        public JsonNode hessianNorm(NetworkAssertion.HessianNorm a) {
            return scale(F.objectNode(), a.scale());
        }

        @Override
        public JsonNode hessianBlock(NetworkAssertion.HessianBlock a) {
            ObjectNode node = F.objectNode();
            node.putArray("segments").add(a.rowSegment()).add(a.columnSegment());
            return scale(node, a.scale());
        }

        @Override
        public JsonNode initScale(NetworkAssertion.InitScale a) {
            ObjectNode node = F.objectNode();
            node.put("of", a.layer().isPresent() ? "layer " + a.layer().getAsInt() : "output");
            exponent(node, a.exponent());
            return node;
        }

        @Override
        public JsonNode oneStepChange(NetworkAssertion.OneStepChange a) {
            ObjectNode node = F.objectNode();
            exponent(node, a.exponent());
            node.put("loss", "mse");
            node.put("target", a.target());
            node.put("lr", a.lr());
            return node;
        }

        @Override
        public JsonNode featureChange(NetworkAssertion.FeatureChange a) {
            ObjectNode node = F.objectNode();
            node.put("layer", a.layer());
            return scale(steps(node, a.steps()), a.scale());
        }

        @Override
        public JsonNode outputChange(NetworkAssertion.OutputChange a) {
            return scale(steps(F.objectNode(), a.steps()), a.scale());
        }

        @Override
        public JsonNode lossChange(NetworkAssertion.LossChange a) {
            return scale(steps(F.objectNode(), a.steps()), a.scale());
        }

        @Override
        public JsonNode regime(NetworkAssertion.Regime a) {
            return steps(F.objectNode().put("is", a.regime().spelling()), a.steps());
        }
    };

    private static ObjectNode steps(ObjectNode node, GradientSteps steps) {
        steps.steps().forEach(node.putArray("steps")::add);
        return node.put("target", steps.target()).put("lr", steps.lr()).put("optimizer", steps.optimizer().spelling())
                .put("firstLrExponent", steps.setup().exponentText()).put("batch", steps.batch());
    }

    private static final TrainingAssertion.Cases<JsonNode> TRAINING = new TrainingAssertion.Cases<>() {
        @Override
        public JsonNode learnedRank(TrainingAssertion.LearnedRank a) {
            return F.numberNode(a.rank());
        }

        @Override
        public JsonNode representationRank(TrainingAssertion.RepresentationRank a) {
            return F.numberNode(a.rank());
        }

        @Override
        public JsonNode jacobianRank(TrainingAssertion.JacobianRank a) {
            return F.numberNode(a.rank());
        }

        @Override
        public JsonNode smallSingularValues(TrainingAssertion.SmallSingularValues a) {
            return scale(F.objectNode(), a.scale());
        }
    };

    private static ObjectNode scale(ObjectNode node, Scale scale) {
        return scale.accept(new Scale.Cases<>() {
            @Override
            public ObjectNode exponent(Scale.Exponent s) {
                ClaimedJson.exponent(node, s.value());
                return node;
            }

            @Override
            public ObjectNode orderOne(Scale.OrderOne s) {
                return node.put("order", "one");
            }

            @Override
            public ObjectNode vanishes(Scale.Vanishes s) {
                return node.put("vanishes", true);
            }

            @Override
            public ObjectNode doesNotVanish(Scale.DoesNotVanish s) {
                return node.put("vanishes", false);
            }

            @Override
            public ObjectNode bound(Scale.Bound s) {
                return node.put("bound", s.value());
            }
        });
    }

    /** A claimed exponent: a number, and its exact spelling when it is not an integer. */
    private static void exponent(ObjectNode node, io.multilin.architecture.Exponent e) {
        node.put("exponent", e.approximately().orElseThrow());
        node.put("exponentExact", e.text());
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
