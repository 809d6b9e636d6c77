package io.multilin.check.claim;

import static io.multilin.check.claim.ClaimParserErrorsTest.assertError;
import static io.multilin.check.claim.ClaimParserErrorsTest.errors;
import static io.multilin.check.claim.ClaimParserErrorsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.TaskShape;
import io.multilin.architecture.training.TrainingSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The train: section and the assertion kinds of training claims (docs/TRAINING-CLAIMS.md, section 1). */
class TrainingClaimParserTest {

    /** Line numbers below refer to this layout: train at 3, data 4, depths 5, ..., assert 13, first assertion 14. */
    static String claim(String train, String asserts) {
        return "id: a\ntitle: t\ntrain:\n" + train + "assert:\n" + asserts;
    }

    static final String TRAIN = """
              data: {latent: 8, inputs: 20, uses: 2, outputs: 6, generator-width: 16, samples: 128}
              depths: [6, 9, 12, 16]
              width: 48
              activation: relu
              weight-decay: 0.02
              steps: 3000
              optimizer: adam
              learning-rate: 0.003
              biases: true
            """;

    static TrainingClaim parse(String text) {
        ParsedClaim parsed = new ClaimParser().parse("bad.yaml", text);
        assertEquals(List.of(), parsed.errors());
        return ClaimKinds.asTraining(parsed.claim().orElseThrow());
    }

    @Test
    void everyKeyOfTheTrainSectionReachesTheTrainingSetup() {
        TrainingClaim c = parse(claim(TRAIN, "  - learned-rank: 2\n  - small-singular-values: {bound: -1/2}\n"
                + "  - representation-rank: 2\n  - jacobian-rank: 3\nsweep: {seeds: 2}\ntolerance: 0.2\n"));
        TrainingSetup spec = c.training();
        assertEquals(new TaskShape(8, 20, 2, 6, 16, 128), spec.task());
        assertEquals(List.of(6, 9, 12, 16), spec.depths());
        assertEquals(48, spec.width());
        assertEquals(0.02, spec.weightDecay());
        assertEquals(3000, spec.schedule().maxSteps());
        assertEquals(0.003, spec.schedule().learningRate());
        assertEquals(OptimizerChoice.Adam.DEFAULT, spec.optimizer());
        assertTrue(spec.biases());
        assertEquals("relu", c.training().activation().spelling());
        assertEquals(List.of(new TrainingAssertion.LearnedRank(2, 14), new TrainingAssertion.SmallSingularValues(new Scale.Bound(-0.5), 15),
                new TrainingAssertion.RepresentationRank(2, 16), new TrainingAssertion.JacobianRank(3, 17)), c.assertions());
        assertEquals(OptionalInt.of(2), c.sweep().orElseThrow().seeds());
        assertEquals(0.2, c.tolerance());
    }

    @Test
    void optionalKeysTakeTheDocumentedDefaults() {
        TrainingClaim c = parse(claim("  data: {latent: 3, inputs: 4, uses: 1, outputs: 2, samples: 32}\n  depths: [2, 3, 4]\n"
                + "  width: 8\n  weight-decay: 0\n  steps: 10\n  learning-rate: 0.01\n",
                "  - small-singular-values: {vanishes: true}\n  - small-singular-values: {order: one}\n"
                        + "  - small-singular-values: {exponent: -0.5}\n"));
        TrainingSetup spec = c.training();
        assertEquals(16, spec.task().generatorWidth());
        assertEquals(OptimizerChoice.Adam.DEFAULT, spec.optimizer());
        assertEquals("relu", c.training().activation().spelling());
        assertTrue(spec.biases());
        assertEquals(List.of(new Scale.Vanishes(), new Scale.OrderOne(), new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.5))),
                c.assertions().stream().map(a -> ((TrainingAssertion.SmallSingularValues) a).scale()).toList());
    }

    @Test
    void gdTanhAndNoBiasesAreRead() {
        TrainingClaim c = parse(claim(TRAIN.replace("relu", "tanh").replace("adam", "gd").replace("biases: true", "biases: false"),
                "  - jacobian-rank: 2\n"));
        TrainingSetup spec = c.training();
        assertInstanceOf(OptimizerChoice.GradientDescent.class, spec.optimizer());
        assertInstanceOf(Activation.Tanh.class, spec.activation());
        assertFalse(spec.biases());
    }

    @Test
    void unknownKeysUnderTrainAndDataAreErrorsAtTheirLine() {
        assertError(only(claim(TRAIN + "  momentum: 0.9\n", "  - learned-rank: 2\n")), 13, "train.momentum",
                "unknown key 'momentum'");
        assertError(only(claim(TRAIN.replace("samples: 128", "samples: 128, noise: 0.1"), "  - learned-rank: 2\n")), 4,
                "train.data.noise", "unknown key 'noise'");
    }

    @Test
    void badValuesNameTheirLineAndKey() {
        String ok = "  - learned-rank: 2\n";
        assertError(only(claim(TRAIN.replace("uses: 2", "uses: 8"), ok)), 4, "train.data.uses", "k < q");
        assertError(only(claim(TRAIN.replace("latent: 8, ", ""), ok)), 4, "train.data.latent", "missing required key");
        assertError(only(claim(TRAIN.replace("samples: 128", "samples: -3"), ok)), 4, "train.data.samples",
                "found -3");
        assertError(only(claim(TRAIN.replace("[6, 9, 12, 16]", "[6, 12, 9]"), ok)), 5, "train.depths", "increasing");
        assertError(only(claim(TRAIN.replace("[6, 9, 12, 16]", "[1, 9, 12]"), ok)), 5, "train.depths[0]",
                "a depth L >= 2");
        assertError(only(claim(TRAIN.replace("[6, 9, 12, 16]", "6"), ok)), 5, "train.depths", "a list of");
        assertError(only(claim(TRAIN.replace("width: 48", "width: wide"), ok)), 6, "train.width", "'wide'");
        assertError(only(claim(TRAIN.replace("relu", "swish"), ok)), 7, "train.activation", "unknown activation");
        assertError(only(claim(TRAIN.replace("0.02", "-0.02"), ok)), 8, "train.weight-decay", ">= 0");
        assertError(only(claim(TRAIN.replace("3000", "0"), ok)), 9, "train.steps", "found 0");
        assertError(only(claim(TRAIN.replace("adam", "sgd"), ok)), 10, "train.optimizer", "adam or gd");
        assertError(only(claim(TRAIN.replace("0.003", "0"), ok)), 11, "train.learning-rate", "positive");
        assertError(only(claim(TRAIN.replace("biases: true", "biases: yes"), ok)), 12, "train.biases", "true or false");
        assertError(only(claim(TRAIN.replace("  width: 48\n", ""), ok)), 4, "train.width", "missing required key 'width'");
        assertError(only("id: a\ntitle: t\ntrain: [1, 2]\nassert:\n  - learned-rank: 2\n"), 3, "train", "a mapping");
    }

    @Test
    void badAssertionsOfTrainingClaimsNameTheirLineAndKey() {
        assertError(only(claim(TRAIN, "  - learned-rank: 0\n")), 14, "assert[1].learned-rank", "at least 1");
        assertError(only(claim(TRAIN, "  - jacobian-rank: two\n")), 14, "assert[1].jacobian-rank", "'two'");
        assertError(only(claim(TRAIN, "  - small-singular-values: {bound: -0.5, vanishes: true}\n")), 14,
                "assert[1].small-singular-values", "exactly one of vanishes, bound, exponent or order");
        assertError(only(claim(TRAIN, "  - small-singular-values: {bound: fast}\n")), 14,
                "assert[1].small-singular-values.bound", "'fast'");
        assertError(errors(claim(TRAIN, "  - small-singular-values: {rate: -1}\n")).get(0), 14,
                "assert[1].small-singular-values.rate", "unknown key 'rate'");
        assertError(only(claim(TRAIN, "  - small-singular-values: {order: two}\n")), 14,
                "assert[1].small-singular-values.order", "'one'");
        assertError(only(claim(TRAIN.replace("[6, 9, 12, 16]", "[6, 9]"), "  - small-singular-values: {vanishes: true}\n")),
                14, "train.depths", "at least 3 depths");
    }

    @Test
    void kindsBelongToTheirOwnKindOfClaim() {
        assertError(only(claim(TRAIN, "  - linear: true\n")), 14, "assert[1].linear", "network claims");
        assertError(only("id: a\ntitle: t\nnetwork: {widths: [2, m, 1], parameterization: ntk}\nassert:\n"
                + "  - learned-rank: 2\n"), 5, "assert[1].learned-rank", "training claims (with train:)");
        assertError(only("id: a\ntitle: t\nnetwork: {widths: [2, m, 1], parameterization: ntk}\nassert:\n"
                + "  - small-singular-values: {bound: -0.5}\n"), 5, "assert[1].small-singular-values", "training claims");
    }

    @Test
    void networkBallAndSweepWidthsDoNotGoWithTrain() {
        assertError(only(claim(TRAIN, "  - learned-rank: 2\nnetwork: {widths: [2, m, 1], parameterization: ntk}\n")), 15,
                "network", "not used by a training claim");
        assertError(only(claim(TRAIN, "  - learned-rank: 2\nball: {radius: 1}\n")), 15, "ball",
                "not used by a training claim");
        List<ClaimError> e = errors(claim(TRAIN, "  - learned-rank: 2\nsweep:\n  widths: [8, 16, 32, 64, 256]\n"));
        assertTrue(e.stream().anyMatch(x -> x.line() == 16 && x.key().equals("sweep.widths")
                && x.message().contains("only 'seeds'")), e::toString);
    }

    @Test
    void withoutTrainOrNetworkTheErrorMentionsBoth() {
        assertError(only("id: a\ntitle: t\nassert:\n  - linear: true\n"), 1, "network", "'train' for a training claim");
    }

    @Test
    void theLibraryTrainingClaimsParse() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent().resolve("claims");
        List<Path> files;
        try (Stream<Path> a = Files.list(root.resolve("jacot2023"));
             Stream<Path> b = Files.list(root.resolve("jacot2023/false"))) {
            files = Stream.concat(a, b).filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(6, files.size(), files::toString);
        for (Path file : files) {
            ParsedClaim parsed = new ClaimParser().parse(file);
            assertEquals(List.of(), parsed.errors(), file::toString);
            ClaimKinds.asTraining(parsed.claim().orElseThrow());
        }
    }
}
