package io.multilin.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick marks for a logarithmic y axis spanning less than about a decade and a half, where
 * pgfplots would otherwise label fractional powers such as 10^-0.6.
 */
final class LogTicks {

    private static final double[][] MANTISSAS = {{1, 2, 5}, {1, 1.5, 2, 3, 5, 7}, {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9}};
    private static final int MIN_TICKS = 3;

    private LogTicks() {
    }

    /** pgfplots ytick options, or "" to keep the default decade ticks. */
    static String forNarrowRange(List<Double> ys) {
        List<Double> ticks = narrow(ys);
        if (ticks.isEmpty()) {
            return "";
        }
        List<String> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (double t : ticks) {
            at.add(Numbers.exact(t));
            labels.add("$" + Numbers.readable(t).replace("-", "{-}") + "$");
        }
        return "  ytick={" + String.join(",", at) + "}, yticklabels={" + String.join(",", labels) + "},\n"
                + "  yminorticks=false,\n";
    }

    /** Ticks 1-2-5 (or finer) for a range under a decade and a half; empty for a wider range. */
    static List<Double> narrow(List<Double> ys) {
        if (ys.isEmpty()) {
            return List.of();
        }
        double lo = ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (Math.log10(hi / lo) >= 1.5) {
            return List.of();
        }
        for (double[] mantissas : MANTISSAS) {
            List<Double> ticks = ticks(lo, hi, mantissas);
            if (ticks.size() >= MIN_TICKS) {
                return ticks;
            }
        }
        // a range too narrow for any mantissa set (a quantity of order one): evenly spaced round values
        List<Double> ticks = linear(lo, hi);
        return ticks.size() >= 2 ? ticks : List.of();
    }

    /** About five round values (steps of 1, 2 or 5 times a power of ten) from lo to hi. */
    static List<Double> linear(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 2 ? 2 * magnitude : raw / magnitude < 5 ? 5 * magnitude : 10 * magnitude;
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
            ticks.add(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", t)));
        }
        return ticks;
    }

    /** Powers of ten from below {@code lo} to above {@code hi}, for a wide range. */
    static List<Double> decades(double lo, double hi) {
        List<Double> ticks = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.ceil(Math.log10(hi)); k++) {
            ticks.add(Double.parseDouble("1e" + k));
        }
        return ticks;
    }

    private static List<Double> ticks(double lo, double hi, double[] mantissas) {
        List<Double> ticks = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        for (int k = first; k <= last; k++) {
            for (double m : mantissas) {
                // Round to 12 significant digits so 3e-1 prints as 0.3, not 0.30000000000000004.
                double t = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", m * Math.pow(10, k)));
                if (t >= lo && t <= hi) {
                    ticks.add(t);
                }
            }
        }
        return ticks;
    }
}
