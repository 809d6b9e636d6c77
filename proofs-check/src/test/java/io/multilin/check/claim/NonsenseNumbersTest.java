package io.multilin.check.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers that are no values, found while writing docs/claim.schema.json: a width divided by 0
 * or whose fraction overflows (the parser used to crash on both), and a target or bound that
 * a double cannot hold (1e400 used to be read as Infinity and accepted). Each is now an error
 * naming its key.
 */
class NonsenseNumbersTest {

    static final String NETWORK = "id: a\ntitle: t\nnetwork: {widths: [4, WIDTH, 1], parameterization: ntk}\nassert:\n";
    static final String TRAIN = "id: a\ntitle: t\ntrain: {data: {latent: 3, inputs: 2, uses: 1, outputs: 1, samples: 4},"
            + " depths: [2, 3, 4], width: 3, weight-decay: 0, steps: 5, learning-rate: 0.1}\nassert:\n";

    static void assertOneError(String text, String key, String says) {
        List<ClaimError> errors = new ClaimParser().parse("nonsense.yaml", text).errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(key, errors.get(0).key());
        assertTrue(errors.get(0).message().contains(says), errors.get(0)::message);
    }

    @Test
    void aWidthDividedByZeroOrTooLargeIsAnError() {
        assertOneError(NETWORK.replace("WIDTH", "m/0") + "  - linear: true\n", "network.widths[1]", "division by zero");
        assertOneError(NETWORK.replace("WIDTH", "2147483647/2147483646m/3") + "  - linear: true\n", "network.widths[1]",
                "too large");
        // the same widths without the nonsense are fine
        assertEquals(List.of(), new ClaimParser().parse("fine.yaml", NETWORK.replace("WIDTH", "3/2m/3")
                + "  - linear: true\n").errors());
    }

    @Test
    void aTargetOrBoundBeyondADoubleIsAnError() {
        assertOneError(NETWORK.replace("WIDTH", "m") + "  - one-step-change: {exponent: 0, target: 1e400}\n",
                "assert[1].one-step-change.target", "too large");
        assertOneError(TRAIN + "  - small-singular-values: {bound: -1e400}\n", "assert[1].small-singular-values.bound",
                "too large");
        assertEquals(List.of(), new ClaimParser().parse("fine.yaml", TRAIN
                + "  - small-singular-values: {bound: -1e300}\n").errors());
    }
}
