package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.multilin.architecture.Activation;
import io.multilin.architecture.notation.Step;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.TaskShape;
import io.multilin.architecture.training.TrainingSchedule;
import io.multilin.architecture.training.TrainingSetup;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.sides.TrainingEvidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A training claim's result pairs its results with the claim's assertions one to one, in order. */
class ClaimResultTest {

    private static final TrainingAssertion RANK = new TrainingAssertion.LearnedRank(2, 5);
    private static final TrainingAssertion JACOBIAN = new TrainingAssertion.JacobianRank(2, 6);
    private static final TrainingClaim CLAIM = new TrainingClaim("t", "a training claim", Optional.empty(), "t.yaml",
            new TrainingSetup(new TaskShape(3, 4, 1, 2, 8, 32), List.of(2, 3, 4), 8, 0.0, OptimizerChoice.Adam.DEFAULT,
                    TrainingSchedule.of(0.01, 10), new Activation.Relu(), true),
            List.of(RANK, JACOBIAN), Optional.empty(), Claim.DEFAULT_TOLERANCE);
    private static final TrainingEvidence NONE = new TrainingEvidence(List.of(1L), List.of(), Optional.empty(),
            List.of(), Optional.empty(), Optional.empty());

    private static AssertionResult result(TrainingAssertion a, Verdict verdict) {
        return new AssertionResult(a, List.of(), verdict, Step.of("why"), Optional.empty(), Optional.empty(), Map.of(),
                Map.of());
    }

    @Test
    void resultsMustFollowTheClaimsAssertionsOneToOne() {
        TrainingClaimResult ok = new TrainingClaimResult(CLAIM, List.of(result(RANK, Verdict.VERIFIED),
                result(JACOBIAN, Verdict.REFUTED)), NONE);
        assertEquals(Verdict.REFUTED, ok.verdict());
        assertThrows(IllegalArgumentException.class, () -> new TrainingClaimResult(CLAIM,
                List.of(result(RANK, Verdict.VERIFIED)), NONE), "a result missing");
        assertThrows(IllegalArgumentException.class, () -> new TrainingClaimResult(CLAIM,
                List.of(result(JACOBIAN, Verdict.VERIFIED), result(RANK, Verdict.VERIFIED)), NONE), "out of order");
        String kind = ok.accept(new ClaimResult.Cases<>() {
            @Override
            public String network(NetworkClaimResult r) {
                return "network";
            }

            @Override
            public String training(TrainingClaimResult r) {
                return "training " + r.evidence().seeds();
            }
        });
        assertEquals("training [1]", kind);
    }
}
