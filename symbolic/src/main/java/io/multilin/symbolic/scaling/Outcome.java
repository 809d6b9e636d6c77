package io.multilin.symbolic.scaling;

import java.util.List;

/**
 * A symbolic prediction, or the honest statement that no rule applies (docs/MEANING.md section 3:
 * UNSUPPORTED, never a guess). A derived value carries its derivation, in plain words, for
 * reports.
 */
public sealed interface Outcome<T> permits Outcome.Derived, Outcome.Unsupported {

    record Derived<T>(T value, List<String> derivation) implements Outcome<T> {
        public Derived {
            derivation = List.copyOf(derivation);
        }
    }

    record Unsupported<T>(String reason) implements Outcome<T> {
    }

    static <T> Outcome<T> derived(T value, List<String> derivation) {
        return new Derived<>(value, derivation);
    }

    static <T> Outcome<T> unsupported(String reason) {
        return new Unsupported<>(reason);
    }
}
