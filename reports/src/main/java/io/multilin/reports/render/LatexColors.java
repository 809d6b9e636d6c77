package io.multilin.reports.render;

import io.multilin.reports.model.RowStatus;

/** The colour names defined in the preamble and which status uses which. */
final class LatexColors {

    private LatexColors() {
    }

    static String definitions() {
        return """
                \\definecolor{mlPass}{HTML}{1B7837}
                \\definecolor{mlFail}{HTML}{B2182B}
                \\definecolor{mlConflict}{HTML}{762A83}
                \\definecolor{mlUndecided}{HTML}{B35806}
                \\definecolor{mlUnsupported}{HTML}{5A5A5A}
                \\colorlet{mlPassBg}{mlPass!12}
                \\colorlet{mlFailBg}{mlFail!14}
                \\colorlet{mlConflictBg}{mlConflict!14}
                \\colorlet{mlUndecidedBg}{mlUndecided!14}
                \\colorlet{mlUnsupportedBg}{mlUnsupported!12}
                \\colorlet{mlReasonBg}{blue!4}
                \\colorlet{mlReasonFrame}{blue!40!black}
                \\colorlet{mlWarningBg}{orange!10}
                \\colorlet{mlWarningFrame}{orange!70!black}
                """;
    }

    static String rowColor(RowStatus status) {
        return switch (status) {
            case PASS -> "mlPassBg";
            case FAIL -> "mlFailBg";
            case CONFLICT -> "mlConflictBg";
            case UNDECIDED -> "mlUndecidedBg";
            case UNSUPPORTED -> "mlUnsupportedBg";
            case NONE -> "white";
        };
    }

    /** Line colours for successive series of a plot. */
    static String seriesColor(int index) {
        String[] colors = {"blue!70!black", "red!75!black", "green!50!black", "orange!85!black", "violet", "teal"};
        return colors[index % colors.length];
    }
}
