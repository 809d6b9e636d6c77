package io.multilin.symbolic.scaling;

import io.multilin.architecture.notation.Step;
import java.util.List;

/**
 * A symbolic prediction, or the honest statement that no rule applies (docs/MEANING.md section 3:
 * UNSUPPORTED, never a guess). A derived value carries its derivation as {@link Step}s of words and
 * math, for reports.
 */
public sealed interface Outcome<T> permits Outcome.Derived, Outcome.Unsupported {

    /** A value with the steps of its derivation: words and math, typeset by reports. */
    record Derived<T>(T value, List<Step> steps) implements Outcome<T> {
        public Derived {
            steps = List.copyOf(steps);
        }

        /** The steps as the ASCII lines the console and the JSON show. */
        public List<String> derivation() {
            return Step.plain(steps);
        }
    }

    record Unsupported<T>(String reason) implements Outcome<T> {
    }

    static <T> Outcome<T> derived(T value, List<Step> steps) {
        return new Derived<>(value, steps);
    }

    static <T> Outcome<T> unsupported(String reason) {
        return new Unsupported<>(reason);
    }
}
