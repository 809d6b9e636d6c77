package io.multilin.check.report;

import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.WidthPoint;
import io.multilin.reports.model.FitLine;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.SlopeLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The log-log plot of one measured quantity against the width: the seed medians with their
 * spread, the fitted line and the predicted slope drawn through the centre of the fitted points,
 * so a reader sees at a glance whether the two slopes agree. {@link DynamicsPlot} draws several
 * such series in one plot.
 */
final class QuantityPlot {

    /** How a series names its lines: alone under a plot ("fit: slope ..."), or in a legend line after its label. */
    enum Labels {
        ALONE("fit: slope ", "predicted: slope "),
        IN_LEGEND("slope ", "predicted ");

        private final String fit;
        private final String predicted;

        Labels(String fit, String predicted) {
            this.fit = fit;
            this.predicted = predicted;
        }
    }

    private QuantityPlot() {
    }

    static Optional<Plot> of(RichText label, Measurement measurement, Prediction prediction) {
        // the title names the quantity; the axis says what is plotted of it
        return series("median over seeds (bars: min to max)", measurement, prediction, true, Labels.ALONE)
                .map(series -> plot(label, RichText.of("value (log scale)"), List.of(series)));
    }

    /** A log-log plot against the width m. */
    static Plot plot(RichText title, RichText yLabel, List<Series> series) {
        return new Plot(title, RichText.of("width ", MathNode.var("m")), yLabel, true, series);
    }

    /**
     * Whether a sweep has a plot: one without a fitted line would show nothing to compare
     * (quantities at the noise floor, or unusable sweeps, are stated in the table instead).
     */
    static boolean fitted(Measurement measurement) {
        return !measurement.points().isEmpty() && measurement.fit().isPresent() && measurement.problem().isEmpty();
    }

    /**
     * One quantity's seed medians (with their min-max spread if {@code spread}), its fitted line
     * and its predicted slope; empty when there is no fit to compare.
     */
    static Optional<Series> series(String label, Measurement measurement, Prediction prediction, boolean spread,
                                   Labels labels) {
        if (!fitted(measurement)) {
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>();
        for (WidthPoint p : measurement.points()) {
            points.add(spread ? Point.withSpread(p.m(), p.median(), p.min(), p.max()) : Point.of(p.m(), p.median()));
        }
        var f = measurement.fit().get();
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        for (WidthPoint p : measurement.points()) {
            if (f.widthsUsed().contains(p.m())) {
                sumX += Math.log(p.m());
                sumY += Math.log(p.median());
                n++;
            }
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        FitLine fit = new FitLine(f.slope(), meanY - f.slope() * meanX,
                labels.fit + String.format(Locale.ROOT, "%.3f", f.slope()).replace('-', '\u2212'));
        SlopeLine predicted = null;
        if (prediction instanceof Prediction.Predicted p && p.exponent().approximately().isPresent()) {
            predicted = new SlopeLine(p.exponent().approximately().getAsDouble(), Math.exp(meanX), Math.exp(meanY),
                    labels.predicted + p.exponent().text().replace('-', '\u2212'));
        }
        return Optional.of(new Series(label, points, fit, predicted));
    }
}
