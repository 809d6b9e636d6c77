package io.multilin.check.testing;

import io.multilin.architecture.Architecture;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Scale;
import io.multilin.check.claim.SweepOverride;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of claims about generated networks (free text includes hostile characters). */
public final class ClaimArbitraries {

    private ClaimArbitraries() {
    }

    public static Arbitrary<NetworkClaim> claims() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("-", p));
        Arbitrary<String> titles = Arbitraries.strings().all().excludeChars('\uFEFF').ofMinLength(1)
                .ofMaxLength(40).filter(t -> !t.isBlank());
        // a full check (docs/CLAIMS.md): at least 5 increasing widths spanning at least 16x
        Arbitrary<Optional<SweepOverride>> sweeps = Combinators.combine(Arbitraries.longs().between(8, 256),
                Arbitraries.integers().between(5, 7), Arbitraries.integers().between(1, 5))
                .as((first, count, seeds) -> new SweepOverride(Optional.of(java.util.stream.LongStream.range(0, count)
                        .map(i -> first << i).boxed().toList()), OptionalInt.of(seeds))).optional();
        Arbitrary<Double> tolerances = Arbitraries.of(0.05, 0.1, 0.15, 0.2, 0.25);
        return Combinators.combine(ids, titles, ArchitectureArbitraries.polynomialNetworks(6), sweeps, tolerances)
                .flatAs((id, title, architecture, sweep, tolerance) -> assertions(architecture).map(a ->
                        new NetworkClaim(id, title, Optional.of("generated"), "generated.yaml", architecture, 1.0, a,
                                sweep, tolerance)));
    }

    static Arbitrary<List<NetworkAssertion>> assertions(Architecture architecture) {
        int segments = architecture.segments().count();
        Arbitrary<Scale> scales = Arbitraries.oneOf(
                Arbitraries.of(-1.5, -1.0, -0.5, -0.25, 0.0, 0.5).map(e -> (Scale) new Scale.Exponent(io.multilin.check.fakes.Exact.e(e))),
                Arbitraries.just(new Scale.OrderOne()), Arbitraries.just(new Scale.Vanishes()));
        Arbitrary<Integer> segment = Arbitraries.integers().between(1, segments);
        Arbitrary<NetworkAssertion> one = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 6).map(d -> new NetworkAssertion.MultilinearDegree(d, 0)),
                Arbitraries.integers().between(0, 6).map(d -> new NetworkAssertion.TaylorDegree(d, 0)),
                Arbitraries.of(true, false).map(b -> new NetworkAssertion.Linear(b, 0)),
                Arbitraries.of(true, false).map(b -> new NetworkAssertion.TangentKernel(b, 0)),
                scales.map(s -> new NetworkAssertion.HessianNorm(s, 0)),
                Combinators.combine(segment, segment, scales).as((r, c, s) -> new NetworkAssertion.HessianBlock(r, c, s, 0)));
        return one.list().ofMinSize(1).ofMaxSize(4);
    }
}
