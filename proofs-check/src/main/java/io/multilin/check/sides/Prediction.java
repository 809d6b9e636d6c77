package io.multilin.check.sides;

import io.multilin.architecture.Exponent;
import java.util.List;

/** What the symbolic side says about one quantity: an exact exponent with its derivation, or no rule. */
public sealed interface Prediction {

    record Predicted(Exponent exponent, List<String> derivation) implements Prediction {
        public Predicted {
            derivation = List.copyOf(derivation);
        }
    }

    /** No rule applies: the assertion is UNSUPPORTED, never guessed. */
    record NoRule(String reason) implements Prediction {
    }
}
