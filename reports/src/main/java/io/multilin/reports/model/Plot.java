package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A figure of measurements against a swept variable (typically the width m). With
 * {@code logLog} both axes are logarithmic and the fitted and predicted lines of each series are
 * power laws (straight lines in log-log coordinates). Renderers tell the series apart by colour
 * and marker shape; a plot of several series has its own legend, one line per series with the
 * labels of its fitted and predicted lines.
 */
public record Plot(RichText title, RichText xLabel, RichText yLabel, boolean logLog, List<Series> series)
        implements Block {

    public Plot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
    }

    public Plot(String title, String xLabel, String yLabel, boolean logLog, List<Series> series) {
        this(RichText.of(title), RichText.of(xLabel), RichText.of(yLabel), logLog, series);
    }
}
