package io.multilin.check.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.check.testing.ArchitectureArbitraries;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * The degree property catches a broken rule, and jqwik's own shrinkers (driven here directly,
 * greedy: take the first shrink candidate that still fails, until none does) reduce the
 * counterexample to a network of at most 4 layers. jqwik examples, not JUnit tests: generators
 * need the jqwik engine's thread.
 */
class BrokenRuleTest {

    static final Arbitrary<Architecture> NETWORKS = ArchitectureArbitraries.linearNtkNetworks(12);

    @Example
    void theRealRuleSatisfiesTheProperty() {
        assertTrue(firstFailure(Predictors.REAL).isEmpty());
    }

    @Example
    void aBottleneckCountedAsWideIsCaughtAndShrunk() {
        assertCaughtAndShrunk(Predictors.LAST_BOTTLENECK_AS_WIDE);
    }

    @Example
    void aChainThatDropsTheFirstLayerIsCaughtAndShrunk() {
        assertCaughtAndShrunk(Predictors.DROPS_FIRST_LAYER);
    }

    private static void assertCaughtAndShrunk(ToIntFunction<Architecture> predictor) {
        Shrinkable<Architecture> failing = firstFailure(predictor).orElseThrow(
                () -> new AssertionError("the mutated rule passed 500 generated networks"));
        Predicate<Architecture> fails = a -> predictor.applyAsInt(a) != a.bottlenecks().size() + 1;
        Architecture original = failing.value();
        Shrinkable<Architecture> shrunk = shrink(failing, fails);
        Architecture minimal = shrunk.value();
        System.out.println("counterexample " + original.widthsSpelling() + " shrunk to " + minimal.widthsSpelling());
        assertTrue(fails.test(minimal));
        assertTrue(minimal.depth() <= 4, "shrunk only to " + minimal.widthsSpelling());
    }

    private static Optional<Shrinkable<Architecture>> firstFailure(ToIntFunction<Architecture> predictor) {
        RandomGenerator<Architecture> generator = NETWORKS.generator(1000);
        Random random = new Random(20240605L);
        for (int i = 0; i < 500; i++) {
            Shrinkable<Architecture> s = generator.next(random);
            Architecture a = s.value();
            if (predictor.applyAsInt(a) != a.bottlenecks().size() + 1) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Shrinkable<Architecture> shrink(Shrinkable<Architecture> start, Predicate<Architecture> fails) {
        Shrinkable<Architecture> current = start;
        for (int step = 0; step < 10_000; step++) {
            Optional<Shrinkable<Architecture>> next = current.shrink().limit(500).filter(s -> fails.test(s.value()))
                    .findFirst();
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }
}
