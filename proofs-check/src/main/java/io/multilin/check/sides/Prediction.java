package io.multilin.check.sides;

import io.multilin.architecture.notation.Step;
import io.multilin.architecture.Exponent;
import java.util.List;

/** What the symbolic side says about one quantity: an exact exponent with its derivation, or no rule. */
public sealed interface Prediction {

    /** The exponent with the steps of its derivation (words and math, typeset by the report). */
    record Predicted(Exponent exponent, List<Step> steps) implements Prediction {
        public Predicted {
            steps = List.copyOf(steps);
        }

        /** The steps as the ASCII lines the console and the JSON show. */
        public List<String> derivation() {
            return Step.plain(steps);
        }
    }

    /** No rule applies: the assertion is UNSUPPORTED, never guessed. */
    record NoRule(String reason) implements Prediction {
    }
}
