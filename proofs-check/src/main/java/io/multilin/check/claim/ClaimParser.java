package io.multilin.check.claim;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.TrainingSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.Fraction;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads claim files (docs/CLAIMS.md). YAML is only composed into nodes, never constructed
 * into objects, so nothing in a file is ever evaluated and every value keeps its line.
 */
public final class ClaimParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID = 100;
    /** Far deeper than any claim (the library's deepest has 8 layers); bounds the work a file can ask for. */
    static final int MAX_LAYERS = 100;
    private static final Set<String> TOP = ordered("id", "title", "source", "network", "train", "ball", "assert",
            "sweep", "tolerance");
    private static final Set<String> NETWORK = ordered("widths", "activation", "output", "parameterization", "a",
            "b", "c");
    private static final Set<String> BALL = ordered("radius");
    private static final Set<String> SWEEP = ordered("widths", "seeds");

    /** Reads and validates one file; I/O problems, size and encoding become errors too. */
    public ParsedClaim parse(Path path) {
        ClaimSource source = ClaimSource.read(path);
        return source.text().map(text -> parse(path.toString(), text))
                .orElseGet(() -> new ParsedClaim(path.toString(), Optional.empty(), List.of(source.error().get())));
    }

    /**
     * Validates the text of one claim file; {@code file} names it in errors. The YAML is first
     * screened by {@link YamlGuard} (no tags, anchors, aliases, merge keys, deep nesting), then
     * composed with SnakeYAML Engine's limits (docs/CLAIMS.md, "Limits").
     */
    public ParsedClaim parse(String file, String text) {
        if (text.length() > ClaimSource.MAX_BYTES) {
            return failed(file, 0, "", "the text has " + text.length() + " characters, more than the limit of "
                    + ClaimSource.MAX_BYTES + " (1 MiB); a claim file is a short YAML document");
        }
        // duplicate keys are allowed here only so that YamlFields reports each one with its key path;
        // the whole text in one buffer: Engine 2.8's reader fails on a surrogate pair across buffers
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(false).setMaxAliasesForCollections(1)
                .setCodePointLimit(ClaimSource.MAX_BYTES + 1).setBufferSize(text.length() + 2).build();
        YamlGuard.Composed composed = new YamlGuard(file).compose(ClaimSource.withoutBom(text), settings);
        if (!composed.errors().isEmpty()) {
            return new ParsedClaim(file, Optional.empty(), composed.errors());
        }
        Optional<Node> root = composed.root();
        if (root.isEmpty()) {
            return failed(file, 1, "", "the file is empty: expected a claim with id, title, network and assert");
        }
        YamlFields fields = new YamlFields(file);
        Optional<Claim> claim = read(file, root.get(), fields);
        return fields.errors().isEmpty() ? new ParsedClaim(file, claim, List.of())
                : new ParsedClaim(file, Optional.empty(), fields.errors());
    }

    private Optional<Claim> read(String file, Node root, YamlFields fields) {
        Optional<Map<String, Node>> top = fields.mapping(root, "", TOP,
                "a claim: a mapping with id, title, network and assert");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> entries = top.get();
        int rootLine = YamlFields.line(root);
        Optional<String> id = required(entries, "id", rootLine, fields).flatMap(node ->
                fields.scalar(node, "id", "an id of lower-case letters, digits and '-'").flatMap(text -> {
                    // the length first: the pattern's repeated group recurses once per '-' (a stack overflow on a long id)
                    if (text.length() > MAX_ID || !ID.matcher(text).matches()) {
                        fields.error(node, "id", "expected at most " + MAX_ID + " lower-case letters, digits and single"
                                + " '-' (such as zhu2022-one-bottleneck), found " + YamlFields.describe(node));
                        return Optional.empty();
                    }
                    return Optional.of(text);
                }));
        Optional<String> title = required(entries, "title", rootLine, fields)
                .flatMap(node -> fields.scalar(node, "title", "a one-line title"));
        Optional<String> source = Optional.ofNullable(entries.get("source"))
                .flatMap(node -> fields.scalar(node, "source", "a citation (text)"));
        Node trainNode = entries.get("train");
        if (trainNode != null) {
            return trained(file, entries, id, title, source, fields);
        }
        Optional<Architecture> architecture = required(entries, "network", rootLine, fields)
                .flatMap(node -> network(node, fields));
        double radius = Optional.ofNullable(entries.get("ball")).flatMap(node -> radius(node, fields))
                .orElse(NetworkClaim.DEFAULT_RADIUS);
        List<NetworkAssertion> assertions = required(entries, "assert", rootLine, fields)
                .map(node -> new AssertionParser(fields, architecture).networkList(node)).orElse(List.of());
        Optional<SweepOverride> sweep = Optional.ofNullable(entries.get("sweep")).flatMap(node -> sweep(node, fields));
        double tolerance = tolerance(entries, fields);
        if (!fields.errors().isEmpty() || id.isEmpty() || title.isEmpty() || architecture.isEmpty()
                || assertions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkClaim(id.get(), title.get(), source, file, architecture.get(), radius,
                assertions, sweep, tolerance));
    }

    /** A claim with {@code train:} (docs/TRAINING-CLAIMS.md): no network, no ball, sweep only sets seeds. */
    private Optional<Claim> trained(String file, Map<String, Node> entries, Optional<String> id, Optional<String> title,
                                    Optional<String> source, YamlFields fields) {
        for (String key : List.of("network", "ball")) {
            Node node = entries.get(key);
            if (node != null) {
                fields.error(node, key, "'" + key + ":' is not used by a training claim: its networks are described"
                        + " by 'train:' and measured after training, not in a ball around initialization");
            }
        }
        Optional<TrainingSetup> training = new TrainParser(fields).parse(entries.get("train"));
        int rootLine = 1;
        List<TrainingAssertion> assertions = required(entries, "assert", rootLine, fields)
                .map(node -> new AssertionParser(fields, Optional.empty()).trainingList(node)).orElse(List.of());
        Optional<SweepOverride> sweep = Optional.ofNullable(entries.get("sweep")).flatMap(node -> sweep(node, fields));
        Node sweepNode = entries.get("sweep");
        if (sweepNode instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping) {
            mapping.getValue().stream().filter(t -> t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k
                    && k.getValue().equals("widths")).forEach(t -> fields.error(t.getKeyNode(), "sweep.widths",
                    "a training claim sweeps the depths of train.depths: only 'seeds' may be set under sweep"));
        }
        training.ifPresent(t -> {
            if (t.depths().size() < 3) {
                assertions.stream().filter(a -> a instanceof TrainingAssertion.SmallSingularValues).forEach(a ->
                        fields.error(a.line(), "train.depths", "small-singular-values fits a law in L and needs at"
                                + " least 3 depths, found " + t.depths().size()));
            }
        });
        double tolerance = tolerance(entries, fields);
        if (!fields.errors().isEmpty() || id.isEmpty() || title.isEmpty() || training.isEmpty()
                || assertions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrainingClaim(id.get(), title.get(), source, file, training.get(), assertions, sweep,
                tolerance));
    }

    private static double tolerance(Map<String, Node> entries, YamlFields fields) {
        return Optional.ofNullable(entries.get("tolerance")).flatMap(node ->
                fields.number(node, "tolerance", "a positive number (exponent tolerance, default 0.15)").filter(t -> {
                    if (!(t > 0 && t <= Claim.MAX_TOLERANCE)) {
                        fields.error(node, "tolerance", "expected a number in (0, " + Numbers.format(Claim.MAX_TOLERANCE)
                                + "]: the tolerance only bounds how far a measured slope may sit from the exact"
                                + " derivation, found " + Numbers.format(t));
                        return false;
                    }
                    return true;
                })).orElse(Claim.DEFAULT_TOLERANCE);
    }

    private static Optional<Node> required(Map<String, Node> entries, String key, int line, YamlFields fields) {
        return required(entries, "", key, line, fields);
    }

    /** The entry {@code key} of the mapping at {@code parent} (a key path ending in '.', or ""). */
    private static Optional<Node> required(Map<String, Node> entries, String parent, String key, int line,
                                           YamlFields fields) {
        Node node = entries.get(key);
        if (node == null) {
            fields.error(line, parent + key, "missing required key '" + parent + key + "'" + (key.equals("network")
                    ? " (or 'train' for a training claim)" : ""));
        }
        return Optional.ofNullable(node);
    }

    private Optional<Architecture> network(Node node, YamlFields fields) {
        Optional<Map<String, Node>> found = fields.mapping(node, "network", NETWORK,
                "a mapping with widths, activation, output and parameterization");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> entries = found.get();
        int line = YamlFields.line(node);
        Optional<List<Width>> widths = required(entries, "network.", "widths", line, fields).flatMap(n -> widths(n, fields));
        Optional<Activation> activation = activation(entries.get("activation"), "network.activation", fields);
        Optional<Activation> output = activation(entries.get("output"), "network.output", fields);
        int depth = widths.map(w -> w.size() - 1).orElse(-1);
        Optional<Parameterization> parameterization = required(entries, "network.", "parameterization", line, fields)
                .flatMap(n -> parameterization(n, entries, depth, fields));
        if (widths.isEmpty() || activation.isEmpty() || output.isEmpty() || parameterization.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Architecture(widths.get(), activation.get(), output.get(), parameterization.get()));
        } catch (IllegalArgumentException e) {
            fields.error(entries.get("widths"), "network.widths", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<List<Width>> widths(Node node, YamlFields fields) {
        String expected = "a list of widths [n_0, ..., n_L]: positive integers or expressions in m such as m, 3m,"
                + " m/2, m^1/2";
        return fields.sequence(node, "network.widths", expected).flatMap(items -> {
            if (items.size() > MAX_LAYERS + 1) {
                fields.error(node, "network.widths", "expected at most " + MAX_LAYERS + " layers, found " + (items.size() - 1));
                return Optional.empty();
            }
            List<Width> widths = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String key = "network.widths[" + i + "]";
                Optional<Width> width = fields.scalar(item, key, "a width").flatMap(text -> {
                    try {
                        return Optional.of(Width.parse(text));
                    } catch (NumberFormatException e) {
                        fields.error(item, key, "'" + text + "' is not a width: a number in it has too many digits");
                        return Optional.empty();
                    } catch (IllegalArgumentException e) {
                        fields.error(item, key, e.getMessage());
                        return Optional.empty();
                    }
                });
                width.ifPresent(widths::add);
                ok &= width.isPresent();
            }
            if (ok && widths.size() < 2) {
                fields.error(node, "network.widths", "expected at least an input and an output width, found "
                        + widths.size());
                return Optional.empty();
            }
            if (ok && (!widths.get(0).isFixed() || !widths.get(widths.size() - 1).isFixed())) {
                fields.error(node, "network.widths", "expected fixed integer input and output widths (first and"
                        + " last entries), found " + widths.get(0).spelling() + " and "
                        + widths.get(widths.size() - 1).spelling());
                return Optional.empty();
            }
            return ok ? Optional.of(widths) : Optional.empty();
        });
    }

    private Optional<Activation> activation(Node node, String key, YamlFields fields) {
        if (node == null) {
            return Optional.of(Activation.LINEAR);
        }
        return fields.scalar(node, key, Activation.NAMES).flatMap(text -> {
            try {
                Activation activation = Activation.parse(text);
                if (activation instanceof Activation.Polynomial p && p.coefficients().size() > MAX_LAYERS) {
                    fields.error(node, key, "expected a polynomial of degree below " + MAX_LAYERS + ", found "
                            + p.coefficients().size() + " coefficients");
                    return Optional.empty();
                }
                return Optional.of(activation);
            } catch (IllegalArgumentException e) {
                fields.error(node, key, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<Parameterization> parameterization(Node node, Map<String, Node> network, int depth,
                                                        YamlFields fields) {
        String key = "network.parameterization";
        Optional<String> name = fields.scalar(node, key, Parameterization.NAMES);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!name.get().trim().equals("abc")) {
            for (String list : List.of("a", "b", "c")) {
                if (network.containsKey(list)) {
                    fields.error(network.get(list), "network." + list, "'" + list
                            + ":' is only allowed with parameterization: abc");
                }
            }
            try {
                return Optional.of(Parameterization.parse(name.get()));
            } catch (IllegalArgumentException e) {
                fields.error(node, key, e.getMessage());
                return Optional.empty();
            }
        }
        int line = YamlFields.line(node);
        Optional<List<Fraction>> a = required(network, "network.", "a", line, fields).flatMap(n -> exponents(n, "a", depth, fields));
        Optional<List<Fraction>> b = required(network, "network.", "b", line, fields).flatMap(n -> exponents(n, "b", depth, fields));
        Optional<Optional<List<Fraction>>> c = network.containsKey("c")
                ? exponents(network.get("c"), "c", depth, fields).map(Optional::of)
                : Optional.of(Optional.empty());
        if (a.isEmpty() || b.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parameterization.Abc(a.get(), b.get(), c.get()));
    }

    private Optional<List<Fraction>> exponents(Node node, String name, int depth, YamlFields fields) {
        String key = "network." + name;
        String expected = "a list of exponents, one per layer (numbers or fractions such as 1/2)";
        return fields.sequence(node, key, expected).flatMap(items -> {
            List<Fraction> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String itemKey = key + "[" + i + "]";
                fields.scalar(item, itemKey, "a number or a fraction such as 1/2").ifPresent(text -> {
                    Optional<Fraction> value = Numbers.rational(text);
                    if (value.isEmpty()) {
                        fields.error(item, itemKey, "expected a number or a fraction such as 1/2, found '" + text + "'");
                    }
                    value.ifPresent(values::add);
                });
            }
            if (values.size() != items.size()) {
                return Optional.empty();
            }
            if (depth > 0 && values.size() != depth) {
                fields.error(node, key, "expected one entry per layer (" + depth + "), found " + values.size());
                return Optional.empty();
            }
            return Optional.of(values);
        });
    }

    private Optional<Double> radius(Node node, YamlFields fields) {
        return fields.mapping(node, "ball", BALL, "a mapping with radius").flatMap(entries ->
                Optional.ofNullable(entries.get("radius")).flatMap(r ->
                        fields.number(r, "ball.radius", "a positive number").filter(value -> {
                            if (!(value > 0) || Double.isInfinite(value)) {
                                fields.error(r, "ball.radius", "expected a positive number, found "
                                        + Numbers.format(value));
                                return false;
                            }
                            return true;
                        })));
    }

    private Optional<SweepOverride> sweep(Node node, YamlFields fields) {
        return fields.mapping(node, "sweep", SWEEP, "a mapping with widths and seeds").flatMap(entries -> {
            int before = fields.errors().size();
            Optional<List<Long>> widths = Optional.ofNullable(entries.get("widths")).flatMap(n -> sweepWidths(n, fields));
            OptionalInt seeds = OptionalInt.empty();
            Node seedsNode = entries.get("seeds");
            if (seedsNode != null) {
                Optional<Integer> value = fields.integer(seedsNode, "sweep.seeds", "a number of seeds between 1 and 100");
                if (value.isPresent() && (value.get() < 1 || value.get() > 100)) {
                    fields.error(seedsNode, "sweep.seeds", "expected a number of seeds between 1 and 100, found "
                            + value.get());
                } else if (value.isPresent()) {
                    seeds = OptionalInt.of(value.get());
                }
            }
            return fields.errors().size() == before ? Optional.of(new SweepOverride(widths, seeds)) : Optional.empty();
        });
    }

    /**
     * What a slope needs: at least 3 increasing widths spanning at least 2x. A sweep below the
     * contract (5 widths over 16x, from 8x the fixed hidden widths) is accepted and its verdicts
     * say they are quick checks.
     */
    private Optional<List<Long>> sweepWidths(Node node, YamlFields fields) {
        String expected = "at least 3 increasing positive integers spanning at least 2x (5 over 16x for a full check)";
        return fields.sequence(node, "sweep.widths", "a list of " + expected).flatMap(items -> {
            List<Long> widths = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                fields.integer(item, "sweep.widths[" + i + "]", "a positive integer").ifPresent(v -> {
                    if (v < 1) {
                        fields.error(item, "sweep.widths", "expected a positive integer, found " + v);
                    } else {
                        widths.add((long) v);
                    }
                });
            }
            if (widths.size() != items.size()) {
                return Optional.empty();
            }
            boolean increasing = true;
            for (int i = 1; i < widths.size(); i++) {
                increasing &= widths.get(i) > widths.get(i - 1);
            }
            if (widths.size() < 3 || !increasing || widths.get(widths.size() - 1) < 2 * widths.get(0)) {
                fields.error(node, "sweep.widths", "expected " + expected + ", found " + widths);
                return Optional.empty();
            }
            return Optional.of(widths);
        });
    }

    private static ParsedClaim failed(String file, int line, String key, String message) {
        return new ParsedClaim(file, Optional.empty(), List.of(new ClaimError(file, line, key, message)));
    }

    private static Set<String> ordered(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
