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
 * so a reader sees at a glance whether the two slopes agree.
 */
final class QuantityPlot {

    private QuantityPlot() {
    }

    static Optional<Plot> of(RichText label, Measurement measurement, Prediction prediction) {
        // a plot without a fitted line would show nothing to compare: quantities at the noise
        // floor, or unusable sweeps, are stated in the table instead
        if (measurement.points().isEmpty() || measurement.fit().isEmpty() || measurement.problem().isPresent()) {
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>();
        for (WidthPoint p : measurement.points()) {
            points.add(Point.withSpread(p.m(), p.median(), p.min(), p.max()));
        }
        FitLine fit = null;
        SlopeLine predicted = null;
        if (measurement.fit().isPresent()) {
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
            fit = new FitLine(f.slope(), meanY - f.slope() * meanX,
                    String.format(Locale.ROOT, "fit: slope %.3f", f.slope()).replace('-', '\u2212'));
            if (prediction instanceof Prediction.Predicted p && p.exponent().approximately().isPresent()) {
                predicted = new SlopeLine(p.exponent().approximately().getAsDouble(), Math.exp(meanX), Math.exp(meanY),
                        "predicted: slope " + p.exponent().text().replace('-', '\u2212'));
            }
        }
        Series series = new Series("median over seeds (bars: min to max)", points, fit, predicted);
        // the title names the quantity; the axis says what is plotted of it
        return Optional.of(new Plot(label, RichText.of("width ", MathNode.var("m")), RichText.of("value (log scale)"), true,
                List.of(series)));
    }
}
