package io.multilin.check.claim;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.commons.math3.fraction.Fraction;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the dynamics assertions (docs/DYNAMICS.md): {@code feature-change}, {@code output-change},
 * {@code loss-change} and {@code regime}, each with the gradient steps it looks at.
 */
final class DynamicsParser {

    private static final Set<String> FEATURE_KEYS = keys("layer", "exponent", "order", "vanishes");
    private static final Set<String> OUTPUT_KEYS = keys("exponent", "order", "vanishes");
    private static final Set<String> REGIME_KEYS = keys("is");
    private static final String SCALE = "exponent: e, order: one, or vanishes: true|false";
    private static final String FIRST_LR = "first-lr-exponent";
    /** A first step m^4 times larger is already far beyond any schedule in the papers. */
    private static final Fraction FIRST_LR_LIMIT = new Fraction(4);

    private final YamlFields fields;
    private final Optional<Architecture> architecture;
    private final AssertionParser assertions;

    DynamicsParser(YamlFields fields, Optional<Architecture> architecture, AssertionParser assertions) {
        this.fields = fields;
        this.architecture = architecture;
        this.assertions = assertions;
    }

    private static Set<String> keys(String... own) {
        Set<String> all = new LinkedHashSet<>(List.of(own));
        all.addAll(List.of("steps", "target", "lr", "optimizer", FIRST_LR, "batch"));
        return all;
    }

    Optional<NetworkAssertion> featureChange(Node node, String key, int line) {
        return fields.mapping(node, key, FEATURE_KEYS, "a mapping {layer: l, steps: [1, 3], " + SCALE + "}")
                .flatMap(entries -> {
                    int before = fields.errors().size();
                    Optional<Integer> layer = layer(node, entries.get("layer"), key + ".layer");
                    Optional<Scale> scale = assertions.scale(node, entries, key);
                    Optional<GradientSteps> steps = steps(node, entries, key);
                    return fields.errors().size() == before && layer.isPresent() && scale.isPresent() && steps.isPresent()
                            ? Optional.of(new NetworkAssertion.FeatureChange(layer.get(), steps.get(), scale.get(), line))
                            : Optional.empty();
                });
    }

    Optional<NetworkAssertion> outputChange(Node node, String key, int line) {
        return ofTheWholeNetwork(node, key, (steps, scale) -> new NetworkAssertion.OutputChange(steps, scale, line));
    }

    Optional<NetworkAssertion> lossChange(Node node, String key, int line) {
        return ofTheWholeNetwork(node, key, (steps, scale) -> new NetworkAssertion.LossChange(steps, scale, line));
    }

    /** A change of the whole network (no layer): steps and a scale. */
    private Optional<NetworkAssertion> ofTheWholeNetwork(Node node, String key,
                                                         BiFunction<GradientSteps, Scale, NetworkAssertion> make) {
        return fields.mapping(node, key, OUTPUT_KEYS, "a mapping {steps: [1, 3], " + SCALE + "}").flatMap(entries -> {
            int before = fields.errors().size();
            Optional<Scale> scale = assertions.scale(node, entries, key);
            Optional<GradientSteps> steps = steps(node, entries, key);
            return fields.errors().size() == before && scale.isPresent() && steps.isPresent()
                    ? Optional.of(make.apply(steps.get(), scale.get())) : Optional.empty();
        });
    }

    /** {@code regime: lazy} (step 1, default target and rate) or {@code regime: {is: lazy, steps: [...], ...}}. */
    Optional<NetworkAssertion> regime(Node node, String key, int line) {
        if (!(node instanceof MappingNode)) {
            return name(node, key).filter(r -> hiddenLayers(node, key)).flatMap(r -> stepsKnown(node, key)
                    .map(ok -> new NetworkAssertion.Regime(r, new GradientSteps(List.of(1), GradientSteps.DEFAULT_TARGET,
                            GradientSteps.DEFAULT_LR), line)));
        }
        return fields.mapping(node, key, REGIME_KEYS, "a regime or a mapping {is: regime, steps: [1, 3]}")
                .flatMap(entries -> {
                    int before = fields.errors().size();
                    Node is = entries.get("is");
                    if (is == null) {
                        fields.error(node, key + ".is", "missing required key 'is' (one of "
                                + String.join(", ", DynamicsRegime.spellings()) + ")");
                    }
                    Optional<DynamicsRegime> regime = Optional.ofNullable(is).flatMap(n -> name(n, key + ".is"));
                    Optional<GradientSteps> steps = steps(node, entries, key);
                    hiddenLayers(node, key);
                    return fields.errors().size() == before && regime.isPresent() && steps.isPresent()
                            ? Optional.of(new NetworkAssertion.Regime(regime.get(), steps.get(), line)) : Optional.empty();
                });
    }

    private Optional<DynamicsRegime> name(Node node, String key) {
        String expected = String.join(", ", DynamicsRegime.spellings());
        return fields.scalar(node, key, expected).flatMap(text -> {
            Optional<DynamicsRegime> regime = DynamicsRegime.parse(text);
            if (regime.isEmpty()) {
                fields.error(node, key, "expected one of " + expected + ", found '" + text + "'");
            }
            return regime;
        });
    }

    /** A regime is about hidden layers: a network with one weight matrix has none. */
    private boolean hiddenLayers(Node node, String key) {
        if (architecture.map(a -> a.depth() < 2).orElse(false)) {
            fields.error(node, key, "a regime needs a hidden layer: the network has one weight matrix");
            return false;
        }
        return true;
    }

    private Optional<Boolean> stepsKnown(Node node, String key) {
        return assertions.learningRatesKnown(node, key) ? Optional.of(true) : Optional.empty();
    }

    private Optional<Integer> layer(Node parent, Node node, String key) {
        if (node == null) {
            fields.error(parent, key, "missing required key 'layer' (a layer number, from 1)");
            return Optional.empty();
        }
        int depth = architecture.map(Architecture::depth).orElse(Integer.MAX_VALUE);
        return fields.integer(node, key, "a layer number (from 1)").filter(l -> {
            if (l < 1 || l > depth) {
                fields.error(node, key, "layer " + l + " does not exist: the network has layers 1.." + depth);
                return false;
            }
            return true;
        });
    }

    /** The steps (required), target and lr (defaults 1 and 0.1), and the rates' exponents c. */
    private Optional<GradientSteps> steps(Node node, Map<String, Node> entries, String key) {
        int before = fields.errors().size();
        Node stepsNode = entries.get("steps");
        List<Integer> steps = new ArrayList<>();
        if (stepsNode == null) {
            fields.error(node, key + ".steps", "missing required key 'steps' (a list of steps such as [1, 3, 5])");
        } else {
            String path = key + ".steps";
            fields.sequence(stepsNode, path, "a list of steps such as [1, 3, 5]").ifPresent(items -> {
                for (Node n : items) {
                    fields.integer(n, path, "a step number (from 1)").ifPresent(steps::add);
                }
                check(stepsNode, path, steps);
            });
        }
        double target = Optional.ofNullable(entries.get("target"))
                .flatMap(n -> assertions.finite(n, key + ".target", "a number")).orElse(GradientSteps.DEFAULT_TARGET);
        double lr = Optional.ofNullable(entries.get("lr")).flatMap(n -> assertions.positive(n, key + ".lr"))
                .orElse(GradientSteps.DEFAULT_LR);
        Optional<OptimizerChoice> optimizer = Optional.ofNullable(entries.get("optimizer"))
                .map(n -> optimizer(n, key + ".optimizer")).orElse(Optional.of(new OptimizerChoice.GradientDescent()));
        Optional<Fraction> firstLr = Optional.ofNullable(entries.get(FIRST_LR))
                .map(n -> firstLr(n, key + "." + FIRST_LR)).orElse(Optional.of(Fraction.ZERO));
        Optional<Integer> batch = Optional.ofNullable(entries.get("batch"))
                .map(n -> batch(n, key + ".batch")).orElse(Optional.of(1));
        assertions.learningRatesKnown(node, key);
        return fields.errors().size() == before && optimizer.isPresent() && firstLr.isPresent() && batch.isPresent()
                ? Optional.of(new GradientSteps(steps, new StepSetup(target, lr, optimizer.get(), firstLr.get(),
                        batch.get()))) : Optional.empty();
    }

    /** 1 to {@link StepSetup#MAX_BATCH}: how many of the fixed seeded inputs the loss sums over. */
    private Optional<Integer> batch(Node node, String key) {
        String expected = "a batch size from 1 to " + StepSetup.MAX_BATCH;
        return fields.integer(node, key, expected).filter(n -> {
            if (n < 1 || n > StepSetup.MAX_BATCH) {
                fields.error(node, key, "expected " + expected + ", found " + n);
                return false;
            }
            return true;
        });
    }

    /** k in [-4, 4]: the first step's rates are m^k times the later steps' (a large first step for k > 0). */
    private Optional<Fraction> firstLr(Node node, String key) {
        String expected = "an exponent k of m (the first step's rates are m^k times the others), such as 1/2";
        return fields.exponent(node, key, expected).flatMap(e -> e.value()).filter(k -> {
            if (k.abs().compareTo(FIRST_LR_LIMIT) > 0) {
                fields.error(node, key, "the first step's rate exponent must lie in [-4, 4], found " + k);
                return false;
            }
            return true;
        });
    }

    /** {@code gd} (the default) or {@code adam} (bias-corrected, beta 0.9 and 0.999, eps 1e-8). */
    private Optional<OptimizerChoice> optimizer(Node node, String key) {
        return fields.scalar(node, key, "gd or adam").flatMap(text -> switch (text) {
            case "gd" -> Optional.of(new OptimizerChoice.GradientDescent());
            case "adam" -> Optional.of(OptimizerChoice.Adam.DEFAULT);
            default -> {
                fields.error(node, key, "expected gd or adam, found '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    private void check(Node node, String path, List<Integer> steps) {
        if (steps.isEmpty()) {
            fields.error(node, path, "expected at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            int t = steps.get(i);
            if (t < 1 || t > GradientSteps.MAX_STEP) {
                fields.error(node, path, "step " + t + " is out of range: steps go from 1 to " + GradientSteps.MAX_STEP);
                return;
            }
            if (i > 0 && t <= steps.get(i - 1)) {
                fields.error(node, path, "steps must increase, found " + steps);
                return;
            }
        }
    }
}
