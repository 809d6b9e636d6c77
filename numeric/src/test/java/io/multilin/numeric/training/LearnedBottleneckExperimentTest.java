package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.sweep.SweepProgress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A tiny experiment: the plumbing, determinism and thread independence, not the physics. */
class LearnedBottleneckExperimentTest {

    private static TrainingSpec tiny() {
        return TrainingSpec.of(new TaskSpec(4, 6, 2, 3, 8, 48), new int[] {3, 4, 5}, 10, 1e-2, 1e-2, 60);
    }

    @Test
    void sameSeedGivesTheSameSingularValuesWhateverTheThreadCount() {
        LearnedStructure one = LearnedBottleneckExperiment.run(tiny(), 42, 1, SweepProgress.NONE);
        AtomicInteger last = new AtomicInteger();
        LearnedStructure three = LearnedBottleneckExperiment.run(tiny(), 42, 3,
                (done, total, label) -> last.set(done));
        assertEquals(3 * LearnedBottleneckExperiment.TICKS, last.get(), "progress reaches the end");
        for (int d = 0; d < 3; d++) {
            DepthResult a = one.depths().get(d);
            DepthResult b = three.depths().get(d);
            for (int l = 0; l < a.depth(); l++) {
                assertArrayEquals(a.singularValues()[l], b.singularValues()[l], 0.0);
            }
            assertEquals(a.training().last().regularized(), b.training().last().regularized(), 0.0);
        }
    }

    @Test
    void trainingLowersTheRegularizedLossAndTheFitCoversEveryDepth() {
        LearnedStructure s = LearnedBottleneckExperiment.run(tiny(), 7, 1, SweepProgress.NONE);
        assertEquals(3, s.depths().size());
        for (DepthResult r : s.depths()) {
            assertTrue(r.training().last().regularized() < r.training().initial().regularized(),
                    "L=" + r.depth() + ": " + r.training().initial() + " -> " + r.training().last());
            assertEquals(r.depth(), r.singularValues().length);
            assertEquals(r.depth() - 1, r.representationRanks().length);
        }
        assertTrue(s.restFit().isPresent(), s.restFitNote());
        assertEquals(3, s.restFit().get().n());
    }

    @Test
    void aDifferentSeedGivesDifferentWeights() {
        LearnedStructure a = LearnedBottleneckExperiment.run(tiny(), 1, 1, SweepProgress.NONE);
        LearnedStructure b = LearnedBottleneckExperiment.run(tiny(), 2, 1, SweepProgress.NONE);
        assertTrue(a.depths().get(0).singularValues()[0][0] != b.depths().get(0).singularValues()[0][0]);
    }
}
