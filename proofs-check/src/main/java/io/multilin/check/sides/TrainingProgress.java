package io.multilin.check.sides;

/**
 * Progress of one seed's trainings, depth by depth. A listener that throws stops the trainings:
 * that is how an interrupt (Ctrl-C, a claim's time limit) reaches them.
 */
@FunctionalInterface
public interface TrainingProgress {

    /** {@code done} of {@code total} trainings finished, the last one described by {@code what}. */
    void done(int done, int total, String what);
}
