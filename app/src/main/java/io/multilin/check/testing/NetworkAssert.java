package io.multilin.check.testing;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Scale;
import io.multilin.check.claim.SweepOverride;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.real.RealSides;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fluent assertions about one architecture, decided exactly as a claim file would be: each
 * call builds a one-assertion claim and runs the checker. Symbolic by default (fast, the
 * rules alone); {@link #measuredToo} adds the numeric side on a sweep, so the assertion then
 * needs both sides to agree. Failures are {@link AssertionError}s with the verdict's reason.
 * <pre>{@code
 * assertThat("8, m, 2, m, 1").isMultilinearOfDegree(2).hasTaylorDegree(2);
 * }</pre>
 */
public final class NetworkAssert {

    private final Architecture architecture;
    private final Mode mode;
    private final List<Long> widths;
    private final int seeds;

    private NetworkAssert(Architecture architecture, Mode mode, List<Long> widths, int seeds) {
        this.architecture = architecture;
        this.mode = mode;
        this.widths = widths;
        this.seeds = seeds;
    }

    public static NetworkAssert assertThat(Architecture architecture) {
        return new NetworkAssert(architecture, Mode.SYMBOLIC, SweepDefaults.WIDTHS, SweepDefaults.SEEDS);
    }

    /** A linear ntk network with these widths, written as in claim files: {@code "8, m, 2, m, 1"}. */
    public static NetworkAssert assertThat(String widths) {
        return assertThat(architecture(widths, "linear", "ntk"));
    }

    /** An architecture from claim-file spellings of its widths, hidden activation and parameterization. */
    public static Architecture architecture(String widths, String activation, String parameterization) {
        List<Width> parsed = Arrays.stream(widths.replace("[", "").replace("]", "").split(","))
                .map(Width::parse).toList();
        return new Architecture(parsed, Activation.parse(activation), Parameterization.parse(parameterization));
    }

    /** Also measure, on these widths and seeds: the assertion then holds only if both sides verify it. */
    public NetworkAssert measuredToo(List<Long> widths, int seeds) {
        return new NetworkAssert(architecture, Mode.BOTH, List.copyOf(widths), seeds);
    }

    public NetworkAssert isMultilinearOfDegree(int degree) {
        return holds(new NetworkAssertion.MultilinearDegree(degree, 0));
    }

    public NetworkAssert hasTaylorDegree(int degree) {
        return holds(new NetworkAssertion.TaylorDegree(degree, 0));
    }

    public NetworkAssert isLinear() {
        return holds(new NetworkAssertion.Linear(true, 0));
    }

    public NetworkAssert isNotLinear() {
        return holds(new NetworkAssertion.Linear(false, 0));
    }

    /** {@code sup ||H|| ~ m^exponent}. */
    public NetworkAssert hasHessianExponent(double exponent) {
        Exponent exact = io.multilin.check.claim.Numbers.exponent(Double.toString(exponent)).orElseThrow(
                () -> new IllegalArgumentException(exponent + " is not an exponent that can be read exactly"));
        return holds(new NetworkAssertion.HessianNorm(new Scale.Exponent(exact), 0));
    }

    /** {@code sup ||H|| ~ m^(numerator/denominator)}, exactly. */
    public NetworkAssert hasHessianExponent(int numerator, int denominator) {
        return holds(new NetworkAssertion.HessianNorm(new Scale.Exponent(Exponent.of(numerator, denominator)), 0));
    }

    /** The Hessian block between two segments (1-based) is of order one. */
    public NetworkAssert hasOrderOneHessianBlock(int rowSegment, int columnSegment) {
        return holds(new NetworkAssertion.HessianBlock(rowSegment, columnSegment, new Scale.OrderOne(), 0));
    }

    /** The verdict the checker reaches on one assertion about this network (for custom checks). */
    public ClaimResult verdictOn(NetworkAssertion assertion) {
        NetworkClaim claim = new NetworkClaim("network-assert", "assertThat(" + architecture.widthsSpelling() + ")",
                Optional.empty(), "<assertThat>", architecture, NetworkClaim.DEFAULT_RADIUS, List.of(assertion),
                Optional.of(new SweepOverride(Optional.of(widths), java.util.OptionalInt.of(seeds))),
                Claim.DEFAULT_TOLERANCE);
        ClaimChecker checker = new ClaimChecker(RealSides.create(), mode,
                new SweepDefaults(widths, seeds, SweepDefaults.SEED, 1), ProgressListener.NONE);
        try {
            return checker.check(claim);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private NetworkAssert holds(NetworkAssertion assertion) {
        ClaimResult result = verdictOn(assertion);
        if (result.verdict() != Verdict.VERIFIED) {
            throw new AssertionError("expected " + architecture.widthsSpelling() + " ("
                    + architecture.activation().spelling() + ", " + architecture.parameterization().spelling()
                    + ") to satisfy " + assertion.kind().key() + ": " + assertion.claimedText() + " ("
                    + mode.name().toLowerCase(java.util.Locale.ROOT) + ")\n" + ClaimCase.failure(result));
        }
        return this;
    }
}
