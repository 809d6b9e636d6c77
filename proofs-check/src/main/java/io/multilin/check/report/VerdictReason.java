package io.multilin.check.report;

import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.Verdict;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Note;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.RichText;

/**
 * One assertion's verdict with its reason, as the report prints it: the kind, the claimed value
 * and the verdict, then the reason with its quantities, exponents, slopes and tolerances
 * typeset the way derivation steps are ({@link NotationMath}). A verdict other than VERIFIED is
 * a highlighted note, so that a reader finds what failed.
 */
final class VerdictReason {

    private VerdictReason() {
    }

    static Block of(AssertionResult a) {
        RichText text = RichText.of(a.assertion().kind().key() + ": ", ClaimedMath.of(a.assertion()), " -- ",
                NotationMath.step(a.labelStep()), ". ", NotationMath.step(a.because()));
        return a.verdict() == Verdict.VERIFIED ? new Paragraph(text) : Note.reason(text);
    }
}
