package io.multilin.check.report;

import io.multilin.reports.model.RichText;

import java.util.List;

/** A derivation's steps as report text, one after the other. */
final class DerivationText {

    private DerivationText() {
    }

    static RichText of(List<String> steps) {
        return RichText.of(String.join("; ", steps));
    }
}
