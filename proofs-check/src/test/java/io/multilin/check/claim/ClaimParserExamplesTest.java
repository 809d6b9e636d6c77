package io.multilin.check.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

class ClaimParserExamplesTest {

    /** Every key and every assertion kind of docs/CLAIMS.md in one file: it must parse, true or not. */
    static final String FORMAT_EXAMPLE = """
            id: zhu2022-one-bottleneck            # required; lower-case letters, digits and '-'
            title: One bottleneck makes a deep linear network bilinear in its weights   # required
            source: Zhu, Pandit, Belkin (2022), arXiv:2206.15058                        # optional
            network:
              widths: [8, m, m, 2, m, m, 1]       # required; fixed integers or expressions in m:
                                                  #   m, 3m, m/2, m^1/2, 2m^3/4
              activation: linear                  # linear | relu | tanh | sigmoid | softplus | gelu
                                                  #   | poly(c0, c1, c2, ...)  (c0 + c1 z + c2 z^2 + ...)
              output: linear                      # output nonlinearity, same names; default linear
              parameterization: ntk               # ntk | standard | mean-field | integrable | mup
                                                  #   | abc  (then a:, b:, c: lists, one entry per layer)
            ball:
              radius: 1.0                         # default 1.0
            assert:                               # required, at least one
              - multilinear-degree: 2
              - taylor-degree: 2
              - linear: false
              - hessian-norm: {exponent: -0.5}    # or {order: one} or {vanishes: true}
              - hessian-block: {segments: [1, 2], order: one}     # segments are numbered from 1
              - tangent-kernel: constant          # or: varies
              - init-scale: {of: output, exponent: -1.5}          # of: output | layer 3
              - one-step-change: {exponent: -2, loss: mse, target: 1.0, lr: 0.01}   # needs c: for abc
              - stationary-at-init: true
            sweep:                                # optional; the tool picks sound defaults
              widths: [256, 512, 1024, 2048, 4096]
              seeds: 3
            tolerance: 0.15                       # optional; exponent tolerance
            """;

    static NetworkClaim parse(String text) {
        ParsedClaim parsed = new ClaimParser().parse("claim.yaml", text);
        assertTrue(parsed.errors().isEmpty(), () -> "unexpected errors " + parsed.errors());
        return ClaimKinds.asNetwork(parsed.claim().orElseThrow());
    }

    @Test
    void theFormatExampleParsesIntoEveryAssertionKind() {
        NetworkClaim claim = parse(FORMAT_EXAMPLE);
        assertEquals("zhu2022-one-bottleneck", claim.id());
        assertEquals("Zhu, Pandit, Belkin (2022), arXiv:2206.15058", claim.source().orElseThrow());
        assertEquals("[8, m, m, 2, m, m, 1]", claim.architecture().widthsSpelling());
        assertEquals(2, claim.architecture().segments().count());
        assertInstanceOf(Parameterization.Ntk.class, claim.architecture().parameterization());
        assertEquals(1.0, claim.radius());
        assertEquals(0.15, claim.tolerance());
        assertEquals(List.of(256L, 512L, 1024L, 2048L, 4096L), claim.sweep().orElseThrow().widths().orElseThrow());
        assertEquals(3, claim.sweep().orElseThrow().seeds().getAsInt());
        List<NetworkAssertion> a = claim.assertions();
        assertEquals(new NetworkAssertion.MultilinearDegree(2, 15), a.get(0));
        assertEquals(new NetworkAssertion.TaylorDegree(2, 16), a.get(1));
        assertEquals(new NetworkAssertion.Linear(false, 17), a.get(2));
        assertEquals(new NetworkAssertion.HessianNorm(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), 18), a.get(3));
        assertEquals(new NetworkAssertion.HessianBlock(1, 2, new Scale.OrderOne(), 19), a.get(4));
        assertEquals(new NetworkAssertion.TangentKernel(true, 20), a.get(5));
        assertEquals(new NetworkAssertion.InitScale(OptionalInt.empty(), io.multilin.check.fakes.Exact.e(-1.5), 21), a.get(6));
        assertEquals(new NetworkAssertion.OneStepChange(io.multilin.check.fakes.Exact.e(-2), 1.0, 0.01, 22), a.get(7));
        assertEquals(new NetworkAssertion.StationaryAtInit(true, 23), a.get(8));
        assertEquals(List.of("multilinear-degree", "taylor-degree", "linear", "hessian-norm", "hessian-block",
                "tangent-kernel", "init-scale", "one-step-change", "stationary-at-init"),
                a.stream().map(x -> x.kind().key()).toList());
    }

    @Test
    void widthExpressionsActivationsAndDefaults() {
        NetworkClaim claim = parse("""
                id: widths-2
                title: every width form
                network:
                  widths: [3, m, 3m, m/2, m^1/2, 2m^3/4, 1]
                  activation: poly(0, 1, 0.5)
                  output: tanh
                  parameterization: mean-field
                assert:
                  - hessian-norm: {vanishes: true}
                  - init-scale: {of: layer 3, exponent: 0}
                """);
        List<Width> widths = claim.architecture().widths();
        assertEquals(new Width.Scaling(new Fraction(3), Fraction.ONE), widths.get(2));
        assertEquals(new Width.Scaling(new Fraction(1, 2), Fraction.ONE), widths.get(3));
        assertEquals(new Width.Scaling(Fraction.ONE, new Fraction(1, 2)), widths.get(4));
        assertEquals(new Width.Scaling(new Fraction(2), new Fraction(3, 4)), widths.get(5));
        assertEquals(new Activation.Polynomial(List.of(0.0, 1.0, 0.5)), claim.architecture().activation());
        assertInstanceOf(Activation.Tanh.class, claim.architecture().output());
        assertEquals(NetworkClaim.DEFAULT_RADIUS, claim.radius());
        assertEquals(Claim.DEFAULT_TOLERANCE, claim.tolerance());
        assertTrue(claim.sweep().isEmpty());
        assertEquals(new NetworkAssertion.HessianNorm(new Scale.Vanishes(), 9), claim.assertions().get(0));
        assertEquals(new NetworkAssertion.InitScale(OptionalInt.of(3), io.multilin.check.fakes.Exact.e(0), 10), claim.assertions().get(1));
    }

    @Test
    void abcListsTakeFractionsAndDecimals() {
        NetworkClaim claim = parse("""
                id: abc-net
                title: abc
                network:
                  widths: [4, m, m, 1]
                  parameterization: abc
                  a: [0, 1/2, 1/2]
                  b: [0.5, 0, 0]
                  c: [-1, -2, -1]
                assert:
                  - stationary-at-init: false
                  - one-step-change: {exponent: 0}
                """);
        Parameterization.Abc abc = assertInstanceOf(Parameterization.Abc.class, claim.architecture().parameterization());
        assertEquals(List.of(Fraction.ZERO, new Fraction(1, 2), new Fraction(1, 2)), abc.a());
        assertEquals(List.of(new Fraction(1, 2), Fraction.ZERO, Fraction.ZERO), abc.b());
        assertEquals(List.of(new Fraction(-1), new Fraction(-2), new Fraction(-1)), abc.c().orElseThrow());
        assertEquals(new NetworkAssertion.OneStepChange(io.multilin.check.fakes.Exact.e(0), 1.0, 1.0, 11), claim.assertions().get(1));
    }

    @Test
    void freeTextIsKeptVerbatim() {
        String hostile = "\\input{/etc/passwd} $ & % _ # ~ { } \u001b[31mred\u001b[0m";
        NetworkClaim claim = parse("id: hostile\ntitle: \"" + hostile.replace("\\", "\\\\").replace("\u001b", "\\e")
                + "\"\nnetwork: {widths: [2, m, 1], parameterization: ntk}\nassert: [{linear: true}]\n");
        assertEquals(hostile, claim.title());
    }
}
