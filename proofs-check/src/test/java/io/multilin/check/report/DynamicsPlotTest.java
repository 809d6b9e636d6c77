package io.multilin.check.report;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.DynamicsRegime;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Scale;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.WidthPoint;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Judgement;
import io.multilin.check.verdict.NetworkClaimResult;
import io.multilin.check.verdict.SideFinding;
import io.multilin.check.verdict.Verdict;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Figure;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dynamics assertion is one plot: a feature or output change has one series per step, in step
 * order, each with its own fitted and predicted slope; a regime has one series per layer at its
 * last step; the coordinate check puts every claim's regime plot in one figure.
 */
class DynamicsPlotTest {

    private static final List<Long> WIDTHS = List.of(64L, 128L, 256L, 512L);
    private static final double TARGET = 1.0;
    private static final double LR = 0.1;

    @Test
    void aFeatureChangeIsOnePlotWithOneSeriesPerStepInStepOrder() {
        GradientSteps steps = new GradientSteps(List.of(1, 3, 5), TARGET, LR);
        NetworkAssertion.FeatureChange claimed = new NetworkAssertion.FeatureChange(2, steps,
                new Scale.Exponent(Exponent.of(-1, 2)), 7);
        // measured out of step order: the plot must still list the steps in order
        double[] slopes = {-0.45, -0.52, -0.49};
        int[] order = {5, 1, 3};
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        Map<Quantity, Prediction> predictions = new LinkedHashMap<>();
        for (int i = 0; i < order.length; i++) {
            Quantity q = new Quantity.FeatureChange(2, order[i], TARGET, LR);
            measurements.put(q, sweep(q, 0.1 * order[i], slopes[i]));
            predictions.put(q, new Prediction.Predicted(Exponent.of(-1, 2), List.of()));
        }
        AssertionResult result = result(claimed, Verdict.VERIFIED, Optional.empty(), predictions, measurements);

        DynamicsPlot.Drawn drawn = DynamicsPlot.of(result, "").orElseThrow();

        Plot plot = drawn.plot().orElseThrow();
        assertEquals(List.of("t = 1", "t = 3", "t = 5"), plot.series().stream().map(Series::label).toList());
        assertEquals(List.of(-0.52, -0.49, -0.45), plot.series().stream().map(s -> s.fit().slope()).toList());
        assertEquals(List.of("slope \u22120.520", "slope \u22120.490", "slope \u22120.450"),
                plot.series().stream().map(s -> s.fit().label()).toList());
        for (Series s : plot.series()) {
            assertEquals(-0.5, s.predicted().slope(), 1e-12);
            assertEquals("predicted \u22121/2", s.predicted().label());
            assertEquals(WIDTHS.size(), s.points().size());
            assertTrue(s.points().stream().noneMatch(p -> p.hasSpread()), "several steps: medians only, no bars");
        }
        assertTrue(plot.logLog());
        assertEquals("RMS(z_2(w_t) \u2212 z_2(w_0)) at t = 1, 3, 5: VERIFIED", plot.title().plain());
        assertEquals(measurements.keySet(), drawn.covered());
        assertTrue(drawn.unplotted().isEmpty());
        assertTrue(drawn.note().isEmpty());
    }

    @Test
    void aRegimeIsOnePlotOfEveryLayerAtItsLastStepAndStandsForEveryStep() {
        AssertionResult result = regime("lazy", Verdict.VERIFIED);

        DynamicsPlot.Drawn drawn = DynamicsPlot.of(result, "ntk-claim: ").orElseThrow();

        Plot plot = drawn.plot().orElseThrow();
        assertEquals(List.of("layer 1", "layer 2", "layer 3 (output)"), plot.series().stream().map(Series::label).toList());
        // each layer's own slope at step 2 (the layer times 0.1 below), not another step's
        List<Double> slopes = plot.series().stream().map(s -> s.fit().slope()).toList();
        assertEquals(3, slopes.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(0.1 * (i + 1 - 5), slopes.get(i), 1e-12);
        }
        // the symbolic side found the claimed regime, the numeric one none: only the latter is named
        assertEquals("ntk-claim: regime lazy at t = 2: VERIFIED (measured undecided)", plot.title().plain());
        assertEquals(6, drawn.covered().size(), "both steps of every layer are the regime's");
        assertTrue(drawn.note().orElseThrow().text().plain().contains("every claimed step (1, 2)"));
    }

    @Test
    void aStepWithoutAFitIsListedNotDrawn() {
        GradientSteps steps = new GradientSteps(List.of(1, 2), TARGET, LR);
        NetworkAssertion.OutputChange claimed = new NetworkAssertion.OutputChange(steps, new Scale.OrderOne(), 3);
        Quantity fitted = new Quantity.OutputChange(1, TARGET, LR);
        Quantity floor = new Quantity.OutputChange(2, TARGET, LR);
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        measurements.put(fitted, sweep(fitted, 0.3, 0.0));
        measurements.put(floor, Measurement.invalid(floor, "NaN at m = 512"));

        DynamicsPlot.Drawn drawn = DynamicsPlot.of(result(claimed, Verdict.INCONCLUSIVE, Optional.empty(), Map.of(),
                measurements), "").orElseThrow();

        Plot plot = drawn.plot().orElseThrow();
        assertEquals(List.of("t = 1"), plot.series().stream().map(Series::label).toList());
        assertTrue(plot.series().get(0).points().get(0).hasSpread(), "a plot of one series keeps its bars");
        assertEquals(List.of(floor), drawn.unplotted());
        assertTrue(plot.title().plain().endsWith(": INCONCLUSIVE"), plot.title().plain());
    }

    /** A claim's section draws one plot per dynamics assertion, not one per step, and other quantities as before. */
    @Test
    void aClaimSectionDrawsOnePlotPerDynamicsAssertion() {
        AssertionResult regime = regime("lazy", Verdict.VERIFIED);
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        Quantity init = new Quantity.OutputScale();
        measurements.put(init, sweep(init, 1.0, 0.0));
        measurements.putAll(regime.measurements());
        List<RichText> unplotted = new ArrayList<>();
        List<Block> notes = new ArrayList<>();

        List<Block> plots = ClaimSection.plots(List.of(regime), measurements, regime.predictions(), unplotted, notes);

        assertEquals(2, plots.size(), "the init scale's own plot and the regime's, not one per layer and step");
        assertEquals(1, ((Plot) plots.get(0)).series().size());
        assertEquals(3, ((Plot) plots.get(1)).series().size());
        assertTrue(unplotted.isEmpty());
        assertEquals(1, notes.size());
    }

    @Test
    void theCoordinateCheckIsOneFigureWithEveryClaimsRegime() {
        List<ClaimResult> claims = List.of(claim("mup-claim", regime("feature-learning", Verdict.VERIFIED)),
                claim("ntk-claim", regime("lazy", Verdict.REFUTED)));

        Section section = ReportBuilder.coordinateCheck(claims).orElseThrow();

        Figure figure = (Figure) section.blocks().get(0);
        assertEquals(List.of("mup-claim: regime feature-learning at t = 2: VERIFIED (derived lazy, measured undecided)",
                        "ntk-claim: regime lazy at t = 2: REFUTED (measured undecided)"),
                figure.panels().stream().map(p -> p.title().plain()).toList());
        assertTrue(figure.caption().plain().contains("Flat (slope 0)"));
        assertFalse(ReportBuilder.coordinateCheck(List.of()).isPresent(), "no regime claim, no figure");
    }

    /** A regime over steps 1 and 2 of three layers; layer l's change has slope 0.1 (l - 5) at step 2. */
    private static AssertionResult regime(String claimed, Verdict verdict) {
        GradientSteps steps = new GradientSteps(List.of(1, 2), TARGET, LR);
        NetworkAssertion.Regime assertion = new NetworkAssertion.Regime(DynamicsRegime.parse(claimed).orElseThrow(),
                steps, 9);
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        Map<Quantity, Prediction> predictions = new LinkedHashMap<>();
        for (int layer = 1; layer <= 3; layer++) {
            for (int t = 1; t <= 2; t++) {
                Quantity q = new Quantity.FeatureChange(layer, t, TARGET, LR);
                measurements.put(q, sweep(q, 0.01 * layer * t, t == 2 ? 0.1 * (layer - 5) : -0.5));
                predictions.put(q, new Prediction.Predicted(layer == 3 ? Exponent.of(0, 1) : Exponent.of(-1, 2), List.of()));
            }
        }
        SideFinding symbolic = new SideFinding(Judgement.supports("regime lazy"), Optional.empty(), Optional.of("lazy"));
        return result(assertion, verdict, Optional.of(symbolic), predictions, measurements);
    }

    private static AssertionResult result(NetworkAssertion assertion, Verdict verdict, Optional<SideFinding> symbolic,
                                          Map<Quantity, Prediction> predictions, Map<Quantity, Measurement> measurements) {
        // the numeric side found no class: the title says "undecided" for it
        Optional<SideFinding> numeric = Optional.of(new SideFinding(Judgement.undecided("open"), Optional.empty(),
                Optional.empty()));
        return new AssertionResult(assertion, List.of(), verdict, Step.of("why"), symbolic, numeric, predictions,
                measurements);
    }

    /** A sweep whose medians follow {@code scale * (m/64)^slope}, fitted with that slope, seeds spread by 10%. */
    private static Measurement sweep(Quantity q, double scale, double slope) {
        List<WidthPoint> points = new ArrayList<>();
        for (long m : WIDTHS) {
            double y = scale * Math.pow(m / 64.0, slope);
            points.add(new WidthPoint(m, List.of(0.9 * y, y, 1.1 * y), y, 0.9 * y, 1.1 * y, 1e-14, false, "gradient"));
        }
        Fit fit = new Fit(slope, slope - 0.05, slope + 0.05, 0.99, WIDTHS.size(), WIDTHS, 3, 0.95);
        return new Measurement(q, points, Optional.of(fit), false, Optional.empty());
    }

    private static ClaimResult claim(String id, AssertionResult regime) {
        Architecture arch = new Architecture(List.of("4", "m", "m", "1").stream().map(Width::parse).toList(),
                new Activation.Tanh(), new Parameterization.Ntk());
        NetworkClaim claim = new NetworkClaim(id, "a claim", Optional.empty(), id + ".yaml", arch,
                NetworkClaim.DEFAULT_RADIUS, List.of((NetworkAssertion) regime.assertion()), Optional.empty(),
                Claim.DEFAULT_TOLERANCE);
        return new NetworkClaimResult(claim, List.of(regime));
    }
}
