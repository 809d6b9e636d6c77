package io.multilin.check.testing;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of architectures. Hidden widths are drawn from tokens (wide: m, 2m, m/2,
 * m^1/2; bottlenecks: 2, 3) in a list, so jqwik shrinks towards fewer layers and towards the
 * first token {@code m}: a counterexample shrinks to the shortest network that still fails.
 * Test scope only because proofs-check main has no jqwik dependency (see the report).
 */
public final class ArchitectureArbitraries {

    public static final List<String> WIDE = List.of("m", "2m", "m/2", "m^1/2");
    public static final List<String> NARROW = List.of("2", "3");

    private ArchitectureArbitraries() {
    }

    /** Linear networks of depth 2..maxDepth, ntk or standard coordinates. */
    public static Arbitrary<Architecture> linearNetworks(int maxDepth) {
        return networks(maxDepth, Arbitraries.just(Activation.LINEAR));
    }

    /**
     * Linear networks in ntk coordinates, the setting of the bottleneck papers: in standard
     * coordinates the unit ball is m^{1/2} times larger relative to the init of layers after
     * a wide one, so their degrees are not the number of segments.
     */
    public static Arbitrary<Architecture> linearNtkNetworks(int maxDepth) {
        return Combinators.combine(Arbitraries.integers().between(1, 8),
                hiddenWidths().list().ofMinSize(1).ofMaxSize(maxDepth - 1), Arbitraries.integers().between(1, 3))
                .as((in, hidden, out) -> architecture(in, hidden, out, Activation.LINEAR, new Parameterization.Ntk()));
    }

    public static Arbitrary<Architecture> linearNetworks() {
        return linearNetworks(8);
    }

    /** Networks with a linear or polynomial hidden activation of degree <= 3. */
    public static Arbitrary<Architecture> polynomialNetworks(int maxDepth) {
        Arbitrary<Activation> poly = Arbitraries.doubles().between(-1, 1).ofScale(2).list().ofMinSize(2).ofMaxSize(4)
                .map(c -> (Activation) new Activation.Polynomial(c));
        return networks(maxDepth, Arbitraries.oneOf(Arbitraries.just(Activation.LINEAR), poly));
    }

    public static Arbitrary<Parameterization> parameterizations() {
        return Arbitraries.of(new Parameterization.Ntk(), new Parameterization.Standard());
    }

    /** One hidden width: wide two times in three. */
    public static Arbitrary<String> hiddenWidths() {
        List<String> tokens = new ArrayList<>(WIDE);
        tokens.addAll(NARROW);
        return Arbitraries.of(tokens);
    }

    private static Arbitrary<Architecture> networks(int maxDepth, Arbitrary<Activation> activations) {
        return Combinators.combine(Arbitraries.integers().between(1, 8),
                hiddenWidths().list().ofMinSize(1).ofMaxSize(maxDepth - 1),
                Arbitraries.integers().between(1, 3), activations, parameterizations())
                .as((in, hidden, out, activation, p) -> architecture(in, hidden, out, activation, p));
    }

    /** The smooth hidden activations the rules cover: linear, tanh, sigmoid, softplus and polynomials. */
    public static Arbitrary<Activation> smoothActivations() {
        Arbitrary<Activation> poly = Arbitraries.doubles().between(-1, 1).ofScale(2).list().ofMinSize(2).ofMaxSize(4)
                .map(c -> (Activation) new Activation.Polynomial(c));
        return Arbitraries.oneOf(Arbitraries.of(Activation.LINEAR, new Activation.Tanh(), new Activation.Sigmoid(),
                new Activation.Softplus()), poly);
    }

    /** Every named parameterization: ntk, standard, mean-field and mup. */
    public static Arbitrary<Parameterization> namedParameterizations() {
        return Arbitraries.of(new Parameterization.Ntk(), new Parameterization.Standard(),
                new Parameterization.MeanField("mean-field"), new Parameterization.Mup());
    }

    /**
     * Networks of depth minDepth..maxDepth with inputs 2..maxInputs and one output, any smooth
     * activation, any named parameterization. Half of them have only wide hidden layers: with
     * bottleneck tokens drawn per layer, a deep network would almost never be bottleneck-free.
     */
    public static Arbitrary<Architecture> smoothNetworks(int minDepth, int maxDepth, int maxInputs) {
        Arbitrary<List<String>> wideOnly = Arbitraries.of(WIDE).list().ofMinSize(minDepth - 1).ofMaxSize(maxDepth - 1);
        Arbitrary<List<String>> any = hiddenWidths().list().ofMinSize(minDepth - 1).ofMaxSize(maxDepth - 1);
        return Combinators.combine(Arbitraries.integers().between(2, maxInputs), Arbitraries.oneOf(wideOnly, any),
                smoothActivations(), namedParameterizations())
                .as((in, hidden, activation, p) -> architecture(in, hidden, 1, activation, p));
    }

    static Architecture architecture(int in, List<String> hidden, int out, Activation activation, Parameterization p) {
        List<Width> widths = new ArrayList<>();
        widths.add(new Width.Fixed(in));
        hidden.forEach(h -> widths.add(Width.parse(h)));
        widths.add(new Width.Fixed(out));
        return new Architecture(widths, activation, p);
    }
}
