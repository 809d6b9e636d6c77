package io.multilin.reports.render;

import io.multilin.reports.model.Alignment;
import io.multilin.reports.model.FitLine;
import io.multilin.reports.model.Formula;
import io.multilin.reports.model.KeyValues;
import io.multilin.reports.model.Metadata;
import io.multilin.reports.model.Note;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.RowStatus;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.SlopeLine;
import io.multilin.reports.model.Table;

import java.util.ArrayList;
import java.util.List;

/** Reports shaped like the ones the checker produces, plus hostile text. */
final class SampleReports {

    static final String MALICIOUS = "\\input{/etc/passwd} \\write18{touch /tmp/pwned} $ & % _ # ~ { }";

    private SampleReports() {
    }

    static Table summary() {
        return Table.ofText("Verdicts of the claims checked",
                List.of("claim", "assertion", "predicted", "measured", "verdict"),
                List.of(List.of("zhu2022-one-bottleneck", "multilinear-degree", "2", "2", "VERIFIED"),
                        List.of("zhu2022-one-bottleneck", "hessian-norm", "-0.5", "-0.49 [-0.53, -0.45]", "VERIFIED"),
                        List.of("liu2020-relu-output", "tangent-kernel", "constant", "varies", "REFUTED"),
                        List.of("wide-tanh-mup", "one-step-change", "0", "0.31 [0.02, 0.60]", "INCONCLUSIVE"),
                        List.of("gelu-bottleneck", "hessian-block", "none", "-0.02 [-0.08, 0.04]", "UNSUPPORTED"),
                        List.of("deep-linear-ntk", "taylor-degree", "1", "2", "DISAGREEMENT")),
                List.of(Alignment.LEFT, Alignment.LEFT, Alignment.RIGHT, Alignment.RIGHT, Alignment.LEFT),
                List.of(RowStatus.PASS, RowStatus.PASS, RowStatus.FAIL, RowStatus.UNDECIDED, RowStatus.UNSUPPORTED,
                        RowStatus.CONFLICT));
    }

    /** Nine columns with long unbreakable ids and paths: must wrap, not overflow. */
    static Table wide() {
        List<String> header = List.of("claim id", "file", "assertion", "probe achieving the max", "slope",
                "95% interval", "R^2", "noise floor", "verdict");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(List.of("zhu2022-one-bottleneck-deep-linear-network-variant-" + i,
                    "claims/library/zhu2022/one_bottleneck_deep_linear_network_" + i + ".yaml",
                    "hessian-block{segments:[1,2],order:one}", "lanczos-top-eigenvector-of-block-(1,2)-restart-" + i,
                    "-0.4987", "[-0.5312, -0.4663]", "0.9987", "3.2e-14", i % 2 == 0 ? "VERIFIED" : "INCONCLUSIVE"));
        }
        rows.add(List.of("x", "aVeryLongIdentifierWithoutAnyPunctuationAtAllThatMustStillBreakSomewhere", "y", "z",
                "0", "[0, 0]", "1", "0", "REFUTED"));
        return Table.ofText("Every measurement " + "(wide table)", header, rows, List.of(),
                List.of(RowStatus.PASS, RowStatus.UNDECIDED, RowStatus.PASS, RowStatus.UNDECIDED, RowStatus.FAIL));
    }

    static Plot hessianPlot() {
        int[] widths = {256, 512, 1024, 2048, 4096};
        List<Point> points = new ArrayList<>();
        for (int m : widths) {
            double y = 3.0 / Math.sqrt(m) * (1 + 0.03 * Math.sin(m));
            points.add(Point.withSpread(m, y, y * 0.85, y * 1.2));
        }
        double intercept = Math.log(3.0);
        return new Plot("Hessian norm over the ball", "width m", "sup ||H_f(w)||_2", true,
                List.of(new Series("median over 3 seeds (min/max bars)", points,
                        new FitLine(-0.4987, intercept, "fit: slope -0.499 [-0.531, -0.466]"),
                        new SlopeLine(-0.5, 256, points.get(0).y(), "predicted slope -1/2"))));
    }

    static Plot residualPlot() {
        int[] widths = {64, 128, 256, 512, 1024, 2048};
        List<Point> quadratic = new ArrayList<>();
        List<Point> cubic = new ArrayList<>();
        for (int m : widths) {
            quadratic.add(Point.withSpread(m, 0.8 / Math.sqrt(m), 0.6 / Math.sqrt(m), 1.0 / Math.sqrt(m)));
            cubic.add(Point.of(m, 2.0 / m));
        }
        cubic.add(Point.of(4096, 0.0)); // at the noise floor: cannot be drawn on a log axis
        return new Plot("Taylor residuals " + MALICIOUS, "width m", "residual", true,
                List.of(new Series("order 1 residual", quadratic,
                                new FitLine(-0.5, Math.log(0.8), "fit slope -0.50"), null),
                        new Series("order 2 residual", cubic, new FitLine(-1.0, Math.log(2.0), "fit slope -1.00"),
                                new SlopeLine(-1, 64, 2.0 / 64, "predicted slope -1"))));
    }

    static Report full() {
        Metadata metadata = new Metadata("multilin 0.1.0", "2025-06-01T12:00:00Z", List.of(1L, 2L, 3L),
                "widths 256, 512, 1024, 2048, 4096; 3 seeds per width; ball radius 1", 42.5,
                List.of("mode: full (symbolic and numeric)"));
        Section summary = Section.of("Summary", new Paragraph("Each row is one assertion. Colours: green "
                + "verified, red refuted, purple disagreement, orange inconclusive, grey unsupported."), summary());
        Section claim = Section.of("Claim zhu2022-one-bottleneck",
                new KeyValues(List.of(new KeyValues.Entry("Source", "Zhu, Pandit, Belkin (2022), arXiv:2206.15058"),
                        new KeyValues.Entry("Network", "widths [8, m, m, 2, m, m, 1], linear, ntk"),
                        new KeyValues.Entry("File", "claims/library/zhu2022/one_bottleneck_deep_linear.yaml"))),
                new Paragraph("The symbolic side predicts the exponent of the leading group of terms:"),
                Formula.trustedMath("\\sup_{w \\in B(w_0, R)} \\|H_f(w)\\|_2 \\sim m^{-\\frac{1}{2}}"),
                hessianPlot(),
                Note.reason("The fitted slope lies within 0.15 of -1/2 and its 95% interval overlaps [-0.65, -0.35]."));
        Section hostile = Section.of(MALICIOUS,
                new Paragraph("Title as text: " + MALICIOUS + "\n\nSecond paragraph with Unicode: "
                        + "σ = 0.5, η·m^(−1/2) ≤ 1, naïve café, Zürich, Łódź, ∞, α→β, \u0007bell, emoji \uD83D\uDE00."),
                residualPlot(),
                Note.warning("One value is at the noise floor (0 within precision) and was not drawn."),
                wide());
        return new Report("Verification report " + MALICIOUS, metadata, List.of(summary, claim, hostile));
    }
}
