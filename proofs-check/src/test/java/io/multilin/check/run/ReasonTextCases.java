package io.multilin.check.run;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.sides.CellCost;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.sides.SymbolicSide;
import io.multilin.check.sides.WidthPoint;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Representative verdicts, each from a whole claim check with scripted sides: the verdict
 * reasons of docs/VERDICTS.md (VERIFIED, both kinds of REFUTED, INCONCLUSIVE after more seeds
 * and a refused raise, DISAGREEMENT, UNSUPPORTED, numeric only, a quick check).
 */
public final class ReasonTextCases {

    /** The claim template: one network assertion, {@code %s} its body. */
    private static final String CLAIM = """
            id: reasons
            title: reasons
            network:
              widths: [4, m, m, 1]
              activation: tanh
              parameterization: ntk
            assert:
              - %s
            """;

    private ReasonTextCases() {
    }

    /** A fit with every seed above the floor at every width, at 97.5% (the level of a second look). */
    record Slope(double slope, double lo, double hi) {
        Measurement at(Quantity q, List<Long> widths) {
            List<WidthPoint> points = new ArrayList<>();
            for (long m : widths) {
                points.add(new WidthPoint(m, List.of(1.0, 1.0, 1.0), 1.0, 1.0, 1.0, Synthetic.FLOOR, false, "gradient"));
            }
            return new Measurement(q, points, Optional.of(new Fit(slope, lo, hi, 0.99, points.size(), widths, 3,
                    0.975)), false, Optional.empty());
        }
    }

    /**
     * A side that measures {@code slope} at the widths asked; a costly one's cell at m = 1024 takes
     * a quarter of the heap, so no raise to larger widths is affordable.
     */
    static NumericSide numeric(Slope slope, boolean costly) {
        return new NumericSide() {
            @Override
            public Measurement measure(Architecture architecture, Quantity quantity, NumericSettings settings) {
                return slope.at(quantity, settings.widths());
            }

            @Override
            public Optional<CellCost> cost(Architecture architecture, Quantity quantity, long m) {
                return Optional.of(new CellCost((costly ? Runtime.getRuntime().maxMemory() / 4096 : 8) * m, m));
            }
        };
    }

    static SymbolicSide derived(Exponent e) {
        return (architecture, quantity) -> new Prediction.Predicted(e, List.of(Step.of("rule")));
    }

    static AssertionResult check(String assertion, SymbolicSide symbolic, NumericSide numeric, Mode mode,
                                 SweepDefaults defaults) throws InterruptedException {
        return new ClaimChecker(new Sides(symbolic, numeric), mode, defaults, ProgressListener.NONE)
                .check(claim(assertion)).assertions().get(0);
    }

    /** The claim of the cases, with one assertion. */
    public static NetworkClaim claim(String assertion) {
        return ClaimKinds.asNetwork(new ClaimParser().parse("r.yaml", String.format(CLAIM, assertion)).claim()
                .orElseThrow());
    }

    static AssertionResult check(String assertion, SymbolicSide symbolic, NumericSide numeric, Mode mode)
            throws InterruptedException {
        // no widths given: the contract's, which may be raised when a measurement stays undecided
        return check(assertion, symbolic, numeric, mode, SweepDefaults.of(1, 1));
    }

    public static final Quantity H = new Quantity.HessianNorm();
    static final Exponent HALF = Exponent.of(-1, 2);

    /**
     * The cases, in this order: VERIFIED; REFUTED where only the exact derivation separates the
     * claim; REFUTED where the measurement alone excludes it too; INCONCLUSIVE after more seeds
     * and a refused raise; DISAGREEMENT after a refused raise; UNSUPPORTED; numeric only for an
     * exponent, order one and vanishing; a quick check.
     */
    public static List<AssertionResult> all() throws InterruptedException {
        Slope near = new Slope(-0.502, -0.592, -0.412);
        List<AssertionResult> r = new ArrayList<>();
        r.add(check("hessian-norm: {exponent: -1/2}", derived(HALF), numeric(near, false), Mode.BOTH));
        r.add(check("hessian-norm: {exponent: -2/5}", derived(HALF), numeric(near, false), Mode.BOTH));
        r.add(check("hessian-norm: {exponent: -1}", derived(HALF), numeric(near, false), Mode.BOTH));
        r.add(check("hessian-norm: {exponent: -1/2}", derived(HALF), numeric(new Slope(-0.5, -1.4, 0.4), true),
                Mode.BOTH));
        r.add(check("hessian-norm: {exponent: -1/2}", derived(HALF), numeric(new Slope(0.01, -0.03, 0.05), true),
                Mode.BOTH));
        r.add(check("hessian-norm: {exponent: -1/2}", (a, q) -> new Prediction.NoRule("no rule for tanh here"),
                numeric(near, false), Mode.BOTH));
        r.add(check("hessian-norm: {exponent: -1/2}", derived(HALF), numeric(near, false), Mode.NUMERIC));
        r.add(check("hessian-norm: {order: one}", derived(HALF), numeric(new Slope(0.02, -0.05, 0.09), false),
                Mode.NUMERIC));
        r.add(check("hessian-norm: {vanishes: true}", derived(HALF), numeric(near, false), Mode.NUMERIC));
        r.add(check("hessian-norm: {exponent: -1/2}", derived(HALF), numeric(near, false), Mode.BOTH,
                new SweepDefaults(List.of(64L, 128L, 256L), 3, 1, 1)));
        return r;
    }
}
