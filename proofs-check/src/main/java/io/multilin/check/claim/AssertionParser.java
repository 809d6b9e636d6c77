package io.multilin.check.claim;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code assert} list. Ranges that depend on the network (segments, layers) are only
 * checked when the network itself was valid.
 */
final class AssertionParser {

    /** Every kind's key, network kinds first: an entry under any other key is refused as unknown. */
    private static final Set<String> ALL_KEYS = Stream.of(AssertionKind.values()).map(AssertionKind::key)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    private static final Set<String> DEPTH_SCALE_KEYS = new LinkedHashSet<>(List.of("vanishes", "bound", "exponent",
            "order"));
    private static final Set<String> SCALE_KEYS = new LinkedHashSet<>(List.of("exponent", "order", "vanishes"));
    private static final Set<String> BLOCK_KEYS = new LinkedHashSet<>(List.of("segments", "exponent", "order",
            "vanishes"));
    private static final Set<String> INIT_KEYS = new LinkedHashSet<>(List.of("of", "exponent"));
    private static final Set<String> STEP_KEYS = new LinkedHashSet<>(List.of("exponent", "loss", "target", "lr"));
    private static final Pattern LAYER = Pattern.compile("layer\\s+(\\d{1,6})");
    private static final String EXPONENT = "an exponent of m (a number or a fraction such as -1/2)";

    private final YamlFields fields;
    private final Optional<Architecture> architecture;
    private final DynamicsParser dynamics;

    /** @param architecture the claim's network, when it is a valid network claim */
    AssertionParser(YamlFields fields, Optional<Architecture> architecture) {
        this.fields = fields;
        this.architecture = architecture;
        this.dynamics = new DynamicsParser(fields, architecture, this);
    }

    /** Reads one entry's value once its kind is known; a kind of the other family is refused. */
    private interface Reader<A extends Assertion> {
        Optional<A> read(AssertionKind kind, Entry entry);
    }

    /** One entry of the list: its value, the key path for messages, its line, and the nodes around it. */
    private record Entry(Node value, String key, int line, MappingNode item, Node keyNode) {
    }

    /** The {@code assert} list of a network claim. */
    List<NetworkAssertion> networkList(Node node) {
        return list(node, AssertionKind.Family.NETWORK, this::network);
    }

    /** The {@code assert} list of a training claim. */
    List<TrainingAssertion> trainingList(Node node) {
        return list(node, AssertionKind.Family.TRAINING, this::training);
    }

    private <A extends Assertion> List<A> list(Node node, AssertionKind.Family family, Reader<A> reader) {
        Optional<List<Node>> items = fields.sequence(node, "assert", "a list of assertions such as '- linear: true'");
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().isEmpty()) {
            fields.error(node, "assert", "expected at least one assertion");
        }
        List<A> result = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            one(items.get().get(i), "assert[" + (i + 1) + "]", family, reader).ifPresent(result::add);
        }
        return result;
    }

    private <A extends Assertion> Optional<A> one(Node item, String path, AssertionKind.Family family,
                                                  Reader<A> reader) {
        if (!(item instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            fields.error(item, path, "expected one assertion written as 'kind: value' with kind one of "
                    + String.join(", ", AssertionKind.keys(family)) + ", found " + YamlFields.describe(item));
            return Optional.empty();
        }
        return fields.mapping(item, path, ALL_KEYS, "an assertion").flatMap(entries -> {
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            Map.Entry<String, Node> entry = entries.entrySet().iterator().next();
            AssertionKind kind = AssertionKind.ofKey(entry.getKey()).orElseThrow();
            String key = path + "." + kind.key();
            return reader.read(kind, new Entry(entry.getValue(), key, YamlFields.line(item), mapping,
                    mapping.getValue().get(0).getKeyNode()));
        });
    }

    private Optional<NetworkAssertion> network(AssertionKind kind, Entry e) {
        Node value = e.value();
        String key = e.key();
        int line = e.line();
        return switch (kind) {
            case MULTILINEAR_DEGREE -> degree(value, key).map(d -> new NetworkAssertion.MultilinearDegree(d, line));
            case TAYLOR_DEGREE -> degree(value, key).map(d -> new NetworkAssertion.TaylorDegree(d, line));
            case LINEAR -> fields.bool(value, key).map(b -> new NetworkAssertion.Linear(b, line));
            case STATIONARY_AT_INIT -> fields.bool(value, key).filter(b -> learningRatesKnown(e.item(), key))
                    .map(b -> new NetworkAssertion.StationaryAtInit(b, line));
            case TANGENT_KERNEL -> tangentKernel(value, key, line);
            case HESSIAN_NORM -> fields.mapping(value, key, SCALE_KEYS,
                            "a mapping {exponent: e} or {order: one} or {vanishes: true}")
                    .flatMap(m -> scale(value, m, key)).map(s -> new NetworkAssertion.HessianNorm(s, line));
            case HESSIAN_BLOCK -> hessianBlock(value, key, line);
            case INIT_SCALE -> initScale(value, key, line);
            case ONE_STEP_CHANGE -> oneStep(value, key, line);
            case FEATURE_CHANGE -> dynamics.featureChange(value, key, line);
            case OUTPUT_CHANGE -> dynamics.outputChange(value, key, line);
            case LOSS_CHANGE -> dynamics.lossChange(value, key, line);
            case REGIME -> dynamics.regime(value, key, line);
            case LEARNED_RANK, REPRESENTATION_RANK, JACOBIAN_RANK, SMALL_SINGULAR_VALUES -> otherFamily(kind, e);
        };
    }

    private Optional<TrainingAssertion> training(AssertionKind kind, Entry e) {
        Node value = e.value();
        String key = e.key();
        int line = e.line();
        return switch (kind) {
            case LEARNED_RANK -> rank(value, key).map(r -> new TrainingAssertion.LearnedRank(r, line));
            case REPRESENTATION_RANK -> rank(value, key).map(r -> new TrainingAssertion.RepresentationRank(r, line));
            case JACOBIAN_RANK -> rank(value, key).map(r -> new TrainingAssertion.JacobianRank(r, line));
            case SMALL_SINGULAR_VALUES -> fields.mapping(value, key, DEPTH_SCALE_KEYS,
                            "a mapping {vanishes: true} or {bound: e} or {exponent: e} or {order: one}")
                    .flatMap(m -> depthScale(value, m, key)).map(s -> new TrainingAssertion.SmallSingularValues(s, line));
            case MULTILINEAR_DEGREE, TAYLOR_DEGREE, LINEAR, HESSIAN_NORM, HESSIAN_BLOCK, TANGENT_KERNEL, INIT_SCALE,
                    ONE_STEP_CHANGE, STATIONARY_AT_INIT, FEATURE_CHANGE, OUTPUT_CHANGE, LOSS_CHANGE, REGIME ->
                    otherFamily(kind, e);
        };
    }

    /** A kind that exists but belongs to the other kind of claim. */
    private <A extends Assertion> Optional<A> otherFamily(AssertionKind kind, Entry e) {
        boolean inTrainingClaim = kind.family() == AssertionKind.Family.NETWORK;
        AssertionKind.Family here = inTrainingClaim ? AssertionKind.Family.TRAINING : AssertionKind.Family.NETWORK;
        fields.error(e.keyNode(), e.key(), "'" + kind.key() + "' is an assertion of "
                + (inTrainingClaim ? "network claims (with network:), not of training claims" : "training claims"
                + " (with train:), not of network claims") + ": expected one of "
                + String.join(", ", AssertionKind.keys(here)));
        return Optional.empty();
    }

    private Optional<Integer> rank(Node node, String key) {
        return fields.integer(node, key, "a rank (an integer >= 1)").filter(r -> {
            if (r < 1 || r > 100_000) {
                fields.error(node, key, "expected a rank of at least 1, found " + r);
                return false;
            }
            return true;
        });
    }

    /** Scales in the depth L: exactly one of vanishes, bound (an upper bound O(L^e)), exponent, order. */
    private Optional<Scale> depthScale(Node node, Map<String, Node> entries, String key) {
        if (entries.size() != 1) {
            fields.error(node, key, "expected exactly one of vanishes, bound, exponent or order, found "
                    + (entries.isEmpty() ? "none" : String.join(", ", entries.keySet())));
            return Optional.empty();
        }
        if (entries.containsKey("bound")) {
            return finite(entries.get("bound"), key + ".bound", "an exponent of L (such as -1/2): the values"
                    + " are O(L^e)").map(Scale.Bound::new);
        }
        return scale(node, entries, key);
    }

    private Optional<Integer> degree(Node node, String key) {
        return fields.integer(node, key, "a degree (an integer >= 0)").filter(d -> {
            if (d < 0 || d > 64) {
                fields.error(node, key, "expected a degree between 0 and 64, found " + d);
                return false;
            }
            return true;
        });
    }

    private Optional<NetworkAssertion> tangentKernel(Node node, String key, int line) {
        return fields.scalar(node, key, "constant or varies").flatMap(text -> switch (text) {
            case "constant" -> Optional.of(new NetworkAssertion.TangentKernel(true, line));
            case "varies" -> Optional.of(new NetworkAssertion.TangentKernel(false, line));
            default -> {
                fields.error(node, key, "expected constant or varies, found '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    /** Exactly one of exponent, order: one, vanishes: true|false. */
    Optional<Scale> scale(Node node, Map<String, Node> entries, String key) {
        List<String> given = entries.keySet().stream().filter(SCALE_KEYS::contains).toList();
        if (given.size() != 1) {
            fields.error(node, key, "expected exactly one of exponent, order or vanishes, found "
                    + (given.isEmpty() ? "none" : String.join(", ", given)));
            return Optional.empty();
        }
        String name = given.get(0);
        Node value = entries.get(name);
        String path = key + "." + name;
        return switch (name) {
            case "exponent" -> fields.exponent(value, path, EXPONENT).map(Scale.Exponent::new);
            case "order" -> fields.scalar(value, path, "one").flatMap(text -> {
                if (!text.equals("one")) {
                    fields.error(value, path, "expected 'one', found '" + text + "'");
                    return Optional.empty();
                }
                return Optional.of(new Scale.OrderOne());
            });
            default -> fields.bool(value, path).map(b -> b ? new Scale.Vanishes() : new Scale.DoesNotVanish());
        };
    }

    private Optional<NetworkAssertion> hessianBlock(Node node, String key, int line) {
        return fields.mapping(node, key, BLOCK_KEYS,
                "a mapping {segments: [a, b], exponent: e} (or order: one, or vanishes: true)").flatMap(entries -> {
            Optional<Scale> scale = scale(node, entries, key);
            Node segmentsNode = entries.get("segments");
            if (segmentsNode == null) {
                fields.error(node, key + ".segments", "missing required key 'segments' (two segment numbers, from 1)");
                return Optional.empty();
            }
            String path = key + ".segments";
            Optional<List<Integer>> segments = fields.sequence(segmentsNode, path, "two segment numbers [a, b]")
                    .flatMap(items -> {
                        List<Integer> values = new ArrayList<>();
                        for (Node n : items) {
                            fields.integer(n, path, "a segment number (from 1)").ifPresent(values::add);
                        }
                        if (values.size() != items.size()) {
                            return Optional.empty();
                        }
                        if (values.size() != 2) {
                            fields.error(segmentsNode, path, "expected two segment numbers [a, b], found "
                                    + values.size());
                            return Optional.empty();
                        }
                        int count = architecture.map(a -> a.segments().count()).orElse(Integer.MAX_VALUE);
                        for (int s : values) {
                            if (s < 1 || s > count) {
                                fields.error(segmentsNode, path, "segment " + s + " does not exist: the network has "
                                        + count + " segment" + (count == 1 ? "" : "s") + " (numbered from 1)");
                                return Optional.empty();
                            }
                        }
                        return Optional.of(values);
                    });
            if (segments.isEmpty() || scale.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new NetworkAssertion.HessianBlock(segments.get().get(0), segments.get().get(1), scale.get(),
                    line));
        });
    }

    private Optional<NetworkAssertion> initScale(Node node, String key, int line) {
        return fields.mapping(node, key, INIT_KEYS, "a mapping {of: output | layer l, exponent: e}").flatMap(entries -> {
            Node of = entries.get("of");
            Node exponent = entries.get("exponent");
            if (of == null || exponent == null) {
                fields.error(node, key, "expected both 'of' (output or layer l) and 'exponent'");
                return Optional.empty();
            }
            Optional<OptionalInt> target = fields.scalar(of, key + ".of", "output or layer l").flatMap(text -> {
                if (text.equals("output")) {
                    return Optional.of(OptionalInt.empty());
                }
                Matcher matcher = LAYER.matcher(text);
                int depth = architecture.map(Architecture::depth).orElse(Integer.MAX_VALUE);
                if (!matcher.matches()) {
                    fields.error(of, key + ".of", "expected 'output' or 'layer l', found '" + text + "'");
                    return Optional.empty();
                }
                int layer = Integer.parseInt(matcher.group(1));
                if (layer < 1 || layer > depth) {
                    fields.error(of, key + ".of", "layer " + layer + " does not exist: the network has layers 1.."
                            + depth);
                    return Optional.empty();
                }
                return Optional.of(OptionalInt.of(layer));
            });
            Optional<Exponent> e = fields.exponent(exponent, key + ".exponent", EXPONENT);
            return target.isPresent() && e.isPresent()
                    ? Optional.of(new NetworkAssertion.InitScale(target.get(), e.get(), line)) : Optional.empty();
        });
    }

    private Optional<NetworkAssertion> oneStep(Node node, String key, int line) {
        return fields.mapping(node, key, STEP_KEYS, "a mapping {exponent: e, loss: mse, target: y, lr: eta}")
                .flatMap(entries -> {
                    int before = fields.errors().size();
                    Node exponentNode = entries.get("exponent");
                    if (exponentNode == null) {
                        fields.error(node, key + ".exponent", "missing required key 'exponent'");
                    }
                    Optional<Exponent> exponent = Optional.ofNullable(exponentNode)
                            .flatMap(n -> fields.exponent(n, key + ".exponent", EXPONENT));
                    Optional.ofNullable(entries.get("loss")).ifPresent(n ->
                            fields.scalar(n, key + ".loss", "mse").filter(t -> !t.equals("mse")).ifPresent(t ->
                                    fields.error(n, key + ".loss", "expected mse (the only loss supported), found '"
                                            + t + "'")));
                    double target = Optional.ofNullable(entries.get("target"))
                            .flatMap(n -> finite(n, key + ".target", "a number")).orElse(1.0);
                    double lr = Optional.ofNullable(entries.get("lr")).flatMap(n -> positive(n, key + ".lr"))
                            .orElse(1.0);
                    learningRatesKnown(node, key);
                    return fields.errors().size() == before && exponent.isPresent()
                            ? Optional.of(new NetworkAssertion.OneStepChange(exponent.get(), target, lr, line))
                            : Optional.empty();
                });
    }

    /** One-step claims need the layer learning-rate exponents, which abc only has with c:. */
    boolean learningRatesKnown(Node node, String key) {
        boolean missing = architecture.map(a -> a.parameterization() instanceof Parameterization.Abc abc
                && abc.c().isEmpty()).orElse(false);
        if (missing) {
            fields.error(node, key, "a one-step claim with parameterization abc needs the learning-rate exponents"
                    + " 'c:' in network");
        }
        return !missing;
    }

    /** A number that is finite as a double: 1e400 would become Infinity. */
    Optional<Double> finite(Node node, String key, String expected) {
        return fields.number(node, key, expected).filter(v -> {
            if (!Double.isFinite(v)) {
                fields.error(node, key, "expected " + expected + ", found a number too large for a double");
                return false;
            }
            return true;
        });
    }

    Optional<Double> positive(Node node, String key) {
        return fields.number(node, key, "a positive learning rate").filter(v -> {
            if (!(v > 0) || Double.isInfinite(v)) {
                fields.error(node, key, "expected a positive learning rate, found " + Numbers.format(v));
                return false;
            }
            return true;
        });
    }
}
