package io.multilin.check.adversarial;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Numbers;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Variants as claim files: written as YAML text and read by the real parser (so decimals and
 * fractions are read as a user's file would be), all variants about one network in one claim
 * (each assertion gets its own verdict, and every quantity is derived and measured once), then
 * checked and tallied.
 */
final class VariantClaims {

    private final ClaimChecker checker;

    VariantClaims(ClaimChecker checker) {
        this.checker = checker;
    }

    /** The claim file holding {@code variants}, with the given ball radius and tolerance. */
    static String yaml(Architecture a, double radius, String tolerance, List<Variant> variants) {
        StringBuilder b = new StringBuilder(network(a, radius));
        b.append("assert:\n");
        variants.forEach(v -> b.append("  - ").append(v.text()).append('\n'));
        return b.append("tolerance: ").append(tolerance).append('\n').toString();
    }

    /** Everything before {@code assert:}. */
    static String network(Architecture a, double radius) {
        return "id: near-miss\n"
                + "title: near-miss variants of derived statements\n"
                + "network:\n"
                + "  widths: " + a.widthsSpelling() + "\n"
                + "  activation: " + a.activation().spelling() + "\n"
                + "  output: " + a.output().spelling() + "\n"
                + "  parameterization: " + a.parameterization().spelling() + "\n"
                + (a.parameterization() instanceof Parameterization.Abc abc ? exponents(abc) : "")
                + "ball:\n"
                + "  radius: " + Numbers.format(radius) + "\n";
    }

    /** An abc parameterization's lists, as fractions that read back exactly. */
    private static String exponents(Parameterization.Abc abc) {
        return "  a: " + fractions(abc.a()) + "\n  b: " + fractions(abc.b()) + "\n"
                + abc.c().map(c -> "  c: " + fractions(c) + "\n").orElse("");
    }

    private static String fractions(List<Fraction> values) {
        return values.stream().map(f -> f.getDenominator() == 1 ? Integer.toString(f.getNumerator())
                : f.getNumerator() + "/" + f.getDenominator()).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The network as a one-line name for failure messages. */
    static String name(Architecture a) {
        return a.widthsSpelling() + " " + a.activation().spelling() + "/" + a.output().spelling() + " "
                + a.parameterization().spelling();
    }

    /** Parses the variants as one claim, checks it, and records each assertion's verdict. */
    void check(Architecture a, double radius, double tolerance, List<Variant> variants, Tally tally) {
        List<AssertionResult> verdicts = results(a, radius, tolerance, variants);
        String network = name(a) + " tolerance " + Numbers.format(tolerance);
        for (int i = 0; i < variants.size(); i++) {
            tally.record(network, variants.get(i), verdicts.get(i));
        }
    }

    /** Each variant's verdict, in order: the variants as one claim file, parsed and checked. */
    List<AssertionResult> results(Architecture a, double radius, double tolerance, List<Variant> variants) {
        if (variants.isEmpty()) {
            return List.of();
        }
        String text = yaml(a, radius, Numbers.format(tolerance), variants);
        ParsedClaim parsed = new ClaimParser().parse("near-miss.yaml", text);
        if (parsed.claim().isEmpty()) {
            throw new AssertionError("a generated claim does not parse: " + parsed.errors() + "\n" + text);
        }
        NetworkClaim claim = ClaimKinds.asNetwork(parsed.claim().get());
        if (claim.tolerance() != tolerance || !claim.architecture().equals(a)) {
            throw new AssertionError("the generated claim reads back differently:\n" + text);
        }
        ClaimResult result;
        try {
            result = checker.check(claim);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (result.assertions().size() != variants.size()) {
            throw new AssertionError(result.assertions().size() + " verdicts for " + variants.size() + " variants");
        }
        return result.assertions();
    }
}
