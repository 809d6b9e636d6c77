package io.multilin.symbolic.scaling;

import io.multilin.architecture.notation.Step;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A symbolic prediction, or the honest statement that no rule applies (docs/MEANING.md section 3:
 * UNSUPPORTED, never a guess). A derived value carries its derivation as {@link Step}s of words and
 * math, for reports.
 */
public sealed interface Outcome<T> permits Outcome.Derived, Outcome.Unsupported {

    /**
     * The one way to look inside: each case has its function, so no caller downcasts and a new
     * case would not compile until every fold handles it.
     */
    <R> R fold(BiFunction<? super T, List<Step>, ? extends R> derived, Function<String, ? extends R> unsupported);

    /** The derived value through {@code next}, which may itself find no rule; the reason is kept. */
    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> next) {
        return fold((value, steps) -> next.apply(value), Outcome::unsupported);
    }

    /** The derived value transformed, with the same steps. */
    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        return fold((value, steps) -> derived(f.apply(value), steps), Outcome::unsupported);
    }

    /** A value with the steps of its derivation: words and math, typeset by reports. */
    record Derived<T>(T value, List<Step> steps) implements Outcome<T> {
        public Derived {
            steps = List.copyOf(steps);
        }

        /** The steps as the ASCII lines the console and the JSON show. */
        public List<String> derivation() {
            return Step.plain(steps);
        }

        @Override
        public <R> R fold(BiFunction<? super T, List<Step>, ? extends R> derived,
                          Function<String, ? extends R> unsupported) {
            return derived.apply(value, steps);
        }
    }

    record Unsupported<T>(String reason) implements Outcome<T> {
        @Override
        public <R> R fold(BiFunction<? super T, List<Step>, ? extends R> derived,
                          Function<String, ? extends R> unsupported) {
            return unsupported.apply(reason);
        }
    }

    static <T> Outcome<T> derived(T value, List<Step> steps) {
        return new Derived<>(value, steps);
    }

    static <T> Outcome<T> unsupported(String reason) {
        return new Unsupported<>(reason);
    }
}
