package io.multilin.reports.model;

/**
 * One measurement: the value {@code y} (e.g. the median over seeds) at {@code x}, and optionally
 * its spread {@code [yMin, yMax]} (e.g. min and max over seeds); both spread ends are null or
 * neither is. Non-finite values are kept: renderers show them, never drop them silently.
 */
public record Point(double x, double y, Double yMin, Double yMax) {

    public Point {
        if ((yMin == null) != (yMax == null)) {
            throw new IllegalArgumentException("a spread needs both ends, got [" + yMin + ", " + yMax + "]");
        }
    }

    public static Point of(double x, double y) {
        return new Point(x, y, null, null);
    }

    public static Point withSpread(double x, double y, double yMin, double yMax) {
        return new Point(x, y, yMin, yMax);
    }

    public boolean hasSpread() {
        return yMin != null;
    }
}
