package io.multilin.check.claim;

import io.multilin.architecture.Activation;
import io.multilin.numeric.training.TrainingSpec;
import java.util.Objects;

/**
 * The {@code train:} section of a training claim (docs/TRAINING-CLAIMS.md, section 1): what is
 * trained, at which depths, and how. {@code activation} keeps the claim file's spelling for
 * reports; {@code spec} is what the numeric side runs.
 */
public record Training(TrainingSpec spec, Activation activation) {

    public Training {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(activation, "activation");
    }
}
