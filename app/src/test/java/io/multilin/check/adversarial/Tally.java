package io.multilin.check.adversarial;

import io.multilin.check.adversarial.Variant.Expect;
import io.multilin.check.verdict.Agreement;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdicts a batch of variants got, and every verdict the batch does not allow. What is
 * allowed depends on the mode: symbolically the exact comparison decides everything; with
 * both sides a false variant may also stay INCONCLUSIVE or DISAGREEMENT at small widths.
 */
final class Tally {

    private final String name;
    private final Mode mode;
    /** Verdicts of the variants that must not be VERIFIED: false ones and those without a rule. */
    private final Map<Verdict, Integer> untrue = new EnumMap<>(Verdict.class);
    private final Map<Verdict, Integer> truths = new EnumMap<>(Verdict.class);
    private int falseByDerivation;
    private int unsupportedBesideNoRule;
    private int networks;
    private final List<String> failures = new ArrayList<>();
    /** Each numeric check that contradicted a derivation, once (several variants share a quantity). */
    private final Set<String> contradictions = new LinkedHashSet<>();

    Tally(String name, Mode mode) {
        this.name = name;
        this.mode = mode;
    }

    Mode mode() {
        return mode;
    }

    void record(String network, Variant v, AssertionResult r) {
        Verdict verdict = r.verdict();
        r.checks().stream().filter(c -> c.agreement() == Agreement.CONTRADICTS)
                .forEach(c -> contradictions.add(network + ": " + c.reason()));
        if (v.expect() == Expect.TRUE) {
            truths.merge(verdict, 1, Integer::sum);
        } else {
            untrue.merge(verdict, 1, Integer::sum);
        }
        if (v.isFalse()) {
            falseByDerivation++;
        }
        if (v.expect() == Expect.FALSE_BESIDE_NO_RULE && verdict == Verdict.UNSUPPORTED) {
            unsupportedBesideNoRule++;
        }
        if (!allowed(v.expect()).contains(verdict)) {
            String prefix = verdict == Verdict.VERIFIED && v.expect() != Expect.TRUE ? "SOUNDNESS: " : "";
            failures.add(prefix + network + ": " + v.describe() + " expected " + allowed(v.expect()) + ", got "
                    + r.label() + ": " + r.reason());
        }
    }

    /** Adds one network's counts (once they passed). */
    void absorb(Tally other) {
        other.untrue.forEach((v, n) -> untrue.merge(v, n, Integer::sum));
        other.truths.forEach((v, n) -> truths.merge(v, n, Integer::sum));
        falseByDerivation += other.falseByDerivation;
        unsupportedBesideNoRule += other.unsupportedBesideNoRule;
        networks++;
        failures.addAll(other.failures);
        contradictions.addAll(other.contradictions);
    }

    private Set<Verdict> allowed(Expect expect) {
        boolean symbolic = mode == Mode.SYMBOLIC;
        return switch (expect) {
            case TRUE -> symbolic ? Set.of(Verdict.VERIFIED)
                    : Set.of(Verdict.VERIFIED, Verdict.INCONCLUSIVE, Verdict.DISAGREEMENT);
            case FALSE -> symbolic ? Set.of(Verdict.REFUTED)
                    : Set.of(Verdict.REFUTED, Verdict.INCONCLUSIVE, Verdict.DISAGREEMENT);
            case FALSE_BESIDE_NO_RULE -> symbolic ? Set.of(Verdict.REFUTED)
                    : Set.of(Verdict.REFUTED, Verdict.UNSUPPORTED, Verdict.INCONCLUSIVE, Verdict.DISAGREEMENT);
            case NO_RULE -> Set.of(Verdict.UNSUPPORTED);
        };
    }

    /** Variants that must not be VERIFIED (false by the derivation, or without a rule). */
    int tried() {
        return untrue.values().stream().mapToInt(Integer::intValue).sum();
    }

    int falseByDerivation() {
        return falseByDerivation;
    }

    int untrue(Verdict v) {
        return untrue.getOrDefault(v, 0);
    }

    int truths() {
        return truths.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Each numeric check that contradicted a derivation (a DISAGREEMENT), with its network. */
    Set<String> contradictions() {
        return Collections.unmodifiableSet(contradictions);
    }

    /** The first failures, enough to act on without flooding the report. */
    String failureReport() {
        return failures.size() + " unexpected verdicts, first ones:\n" + String.join("\n",
                failures.subList(0, Math.min(20, failures.size())));
    }

    /** The one-line summary the README quotes. */
    String summary() {
        return name + ": " + networks + " networks, tried " + tried() + " (false by the derivation " + falseByDerivation + ", of which "
                + unsupportedBesideNoRule + " UNSUPPORTED beside a missing rule), REFUTED " + untrue(Verdict.REFUTED)
                + ", UNSUPPORTED " + untrue(Verdict.UNSUPPORTED) + ", INCONCLUSIVE " + untrue(Verdict.INCONCLUSIVE)
                + ", DISAGREEMENT " + untrue(Verdict.DISAGREEMENT) + ", VERIFIED " + untrue(Verdict.VERIFIED)
                + "; true variants " + truths() + " (VERIFIED " + truths.getOrDefault(Verdict.VERIFIED, 0)
                + ", INCONCLUSIVE " + truths.getOrDefault(Verdict.INCONCLUSIVE, 0) + ", DISAGREEMENT "
                + truths.getOrDefault(Verdict.DISAGREEMENT, 0) + ")";
    }
}
