package io.multilin.check.claim;

import io.multilin.architecture.Activation;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.TaskShape;
import io.multilin.architecture.training.TrainingSchedule;
import io.multilin.architecture.training.TrainingSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code train:} section of a training claim (docs/TRAINING-CLAIMS.md, section 1). */
final class TrainParser {

    private static final Set<String> TRAIN = new LinkedHashSet<>(List.of("data", "depths", "width", "activation",
            "weight-decay", "steps", "optimizer", "learning-rate", "biases"));
    private static final Set<String> DATA = new LinkedHashSet<>(List.of("latent", "inputs", "uses", "outputs",
            "generator-width", "samples"));
    static final int DEFAULT_GENERATOR_WIDTH = 16;
    private static final int MAX_DIMENSION = 100_000;
    private static final int MAX_DEPTH = 1_000;
    private static final int MAX_STEPS = 10_000_000;

    private final YamlFields fields;

    TrainParser(YamlFields fields) {
        this.fields = fields;
    }

    Optional<TrainingSetup> parse(Node node) {
        Optional<Map<String, Node>> found = fields.mapping(node, "train", TRAIN,
                "a mapping with data, depths, width, weight-decay, steps and learning-rate");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> entries = found.get();
        int line = YamlFields.line(node);
        int before = fields.errors().size();
        Optional<TaskShape> task = required(entries, "data", line).flatMap(this::data);
        Optional<int[]> depths = required(entries, "depths", line).flatMap(this::depths);
        Optional<Integer> width = required(entries, "width", line)
                .flatMap(n -> bounded(n, "train.width", 1, MAX_DIMENSION, "a hidden width"));
        Optional<Double> decay = required(entries, "weight-decay", line).flatMap(n ->
                real(n, "train.weight-decay", "a weight decay lambda >= 0", v -> v >= 0));
        Optional<Integer> steps = required(entries, "steps", line)
                .flatMap(n -> bounded(n, "train.steps", 1, MAX_STEPS, "a step budget"));
        Optional<Double> rate = required(entries, "learning-rate", line).flatMap(n ->
                real(n, "train.learning-rate", "a positive learning rate", v -> v > 0));
        Optional<Activation> activation = Optional.ofNullable(entries.get("activation"))
                .map(this::activation).orElse(Optional.of(new Activation.Relu()));
        Optional<OptimizerChoice> optimizer = Optional.ofNullable(entries.get("optimizer"))
                .map(this::optimizer).orElse(Optional.of(OptimizerChoice.Adam.DEFAULT));
        Optional<Boolean> biases = Optional.ofNullable(entries.get("biases"))
                .map(n -> fields.bool(n, "train.biases")).orElse(Optional.of(true));
        if (fields.errors().size() != before || task.isEmpty() || depths.isEmpty() || width.isEmpty()
                || decay.isEmpty() || steps.isEmpty() || rate.isEmpty() || activation.isEmpty()
                || optimizer.isEmpty() || biases.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TrainingSetup(task.get(), Arrays.stream(depths.get()).boxed().toList(), width.get(),
                    decay.get(), optimizer.get(), TrainingSchedule.of(rate.get(), steps.get()), activation.get(),
                    biases.get()));
        } catch (IllegalArgumentException e) {
            fields.error(node, "train", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<TaskShape> data(Node node) {
        Optional<Map<String, Node>> found = fields.mapping(node, "train.data", DATA,
                "a mapping with latent, inputs, uses, outputs, samples (and optionally generator-width)");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> entries = found.get();
        int line = YamlFields.line(node);
        Optional<Integer> latent = dimension(entries, "latent", line, "the latent dimension q");
        Optional<Integer> inputs = dimension(entries, "inputs", line, "the input dimension");
        Optional<Integer> uses = dimension(entries, "uses", line, "the number k of latent coordinates the target reads");
        Optional<Integer> outputs = dimension(entries, "outputs", line, "the output dimension");
        Optional<Integer> samples = dimension(entries, "samples", line, "the number of training samples");
        Optional<Integer> generator = entries.containsKey("generator-width")
                ? bounded(entries.get("generator-width"), "train.data.generator-width", 1, MAX_DIMENSION,
                        "the hidden width of the generating networks")
                : Optional.of(DEFAULT_GENERATOR_WIDTH);
        if (latent.isEmpty() || inputs.isEmpty() || uses.isEmpty() || outputs.isEmpty() || samples.isEmpty()
                || generator.isEmpty()) {
            return Optional.empty();
        }
        if (uses.get() >= latent.get()) {
            fields.error(entries.get("uses"), "train.data.uses", "expected fewer latent coordinates than 'latent' ("
                    + latent.get() + "): the target must read k < q of them, found " + uses.get());
            return Optional.empty();
        }
        return Optional.of(new TaskShape(latent.get(), inputs.get(), uses.get(), outputs.get(), generator.get(),
                samples.get()));
    }

    private Optional<Integer> dimension(Map<String, Node> entries, String key, int line, String what) {
        return required(entries, key, line, "train.data." + key)
                .flatMap(n -> bounded(n, "train.data." + key, 1, MAX_DIMENSION, what));
    }

    private Optional<int[]> depths(Node node) {
        String expected = "increasing depths L >= 2, such as [6, 9, 12, 16]";
        return fields.sequence(node, "train.depths", "a list of " + expected).flatMap(items -> {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                bounded(items.get(i), "train.depths[" + i + "]", 2, MAX_DEPTH, "a depth L >= 2")
                        .ifPresent(values::add);
            }
            if (values.size() != items.size()) {
                return Optional.empty();
            }
            boolean increasing = !values.isEmpty();
            for (int i = 1; i < values.size(); i++) {
                increasing &= values.get(i) > values.get(i - 1);
            }
            if (!increasing) {
                fields.error(node, "train.depths", "expected " + expected + ", found " + values);
                return Optional.empty();
            }
            return Optional.of(values.stream().mapToInt(Integer::intValue).toArray());
        });
    }

    private Optional<Activation> activation(Node node) {
        return fields.scalar(node, "train.activation", Activation.NAMES).flatMap(text -> {
            try {
                return Optional.of(Activation.parse(text));
            } catch (IllegalArgumentException e) {
                fields.error(node, "train.activation", e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<OptimizerChoice> optimizer(Node node) {
        return fields.scalar(node, "train.optimizer", "adam or gd").flatMap(text -> switch (text) {
            case "adam" -> Optional.of(OptimizerChoice.Adam.DEFAULT);
            case "gd" -> Optional.<OptimizerChoice>of(new OptimizerChoice.GradientDescent());
            default -> {
                fields.error(node, "train.optimizer", "expected adam or gd, found '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    private Optional<Integer> bounded(Node node, String key, int min, int max, String what) {
        String expected = what + " (an integer from " + min + " to " + max + ")";
        return fields.integer(node, key, expected).filter(v -> {
            if (v < min || v > max) {
                fields.error(node, key, "expected " + expected + ", found " + v);
                return false;
            }
            return true;
        });
    }

    private Optional<Double> real(Node node, String key, String expected, java.util.function.DoublePredicate ok) {
        return fields.number(node, key, expected).filter(v -> {
            if (!ok.test(v) || !Double.isFinite(v)) {
                fields.error(node, key, "expected " + expected + ", found " + Numbers.format(v));
                return false;
            }
            return true;
        });
    }

    private Optional<Node> required(Map<String, Node> entries, String key, int line) {
        return required(entries, key, line, "train." + key);
    }

    private Optional<Node> required(Map<String, Node> entries, String key, int line, String path) {
        Node node = entries.get(key);
        if (node == null) {
            fields.error(line, path, "missing required key '" + key + "'");
        }
        return Optional.ofNullable(node);
    }
}
