package io.multilin.check.claim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the YAML event stream of a claim file before it is composed into nodes, and refuses
 * what a claim never needs and a hostile file could abuse (docs/CLAIMS.md, "Limits"):
 * <ul>
 *   <li>explicit tags ({@code !!python/object}, {@code !foo}, even {@code !!str}): a claim's
 *       values are read by fixed grammars, so a tag could only ask for something else;</li>
 *   <li>anchors and aliases, hence merge keys ({@code <<}) and "billion laughs" expansions;</li>
 *   <li>nesting deeper than {@link #MAX_DEPTH}: SnakeYAML Engine composes nodes recursively,
 *       so a file of ten thousand {@code [} would otherwise end in a StackOverflowError.</li>
 * </ul>
 * The parser itself is an iterative state machine, so this scan is safe on any input. Each
 * problem names the line and the key path where it occurs, in the form of {@link YamlFields}.
 */
final class YamlGuard {

    /** Deeper than any claim (the deepest is assert[k].kind.field[i], depth 5) with room to spare. */
    static final int MAX_DEPTH = 16;

    /** Past this many problems a file is plainly not a claim; the rest are not listed. */
    static final int MAX_ERRORS = 20;

    private final String file;

    /** The composed document (empty for an empty file), or the problems that stopped it. */
    record Composed(Optional<Node> root, List<ClaimError> errors) {
    }

    YamlGuard(String file) {
        this.file = file;
    }

    /** Where a node sits: a mapping or a sequence being read, with its key path. */
    private static final class Frame {
        final boolean mapping;
        final String path;
        int index;
        boolean expectKey = true;
        String pendingKey = "?";

        Frame(boolean mapping, String path) {
            this.mapping = mapping;
            this.path = path;
        }
    }

    /** Screens {@code text} with {@link #check}, then composes it into nodes, turning YAML errors into errors. */
    Composed compose(String text, LoadSettings settings) {
        List<ClaimError> refused = check(text, settings);
        if (!refused.isEmpty()) {
            return new Composed(Optional.empty(), refused);
        }
        try {
            return new Composed(new Compose(settings).composeString(text), List.of());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            return failed(line, "YAML syntax error: " + context + e.getProblem());
        } catch (ReaderException e) {
            // a character YAML forbids (NUL, most control characters): its line, from its position
            int at = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            return failed(line, "YAML syntax error: the character U+" + String.format("%04X", e.getCodePoint())
                    + " is not allowed in YAML");
        } catch (YamlEngineException e) {
            return failed(1, "YAML error: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML Engine 2.8 fails with Java's own exceptions on some broken input (a cut
            // escape "\x throws NumberFormatException): the file is refused, not the run stopped
            return failed(1, "YAML syntax error: the YAML parser could not read this file (it stopped with "
                    + e.getClass().getSimpleName().replace("Exception", "") + "), check escapes and quotes");
        }
    }

    private Composed failed(int line, String message) {
        return new Composed(Optional.empty(), List.of(new ClaimError(file, line, "", message)));
    }

    /**
     * The problems of {@code text}; empty when the stream is acceptable or ends in a syntax error
     * (which the composer then reports, at its line, with SnakeYAML's own words).
     */
    List<ClaimError> check(String text, LoadSettings settings) {
        List<ClaimError> errors = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                if (errors.size() >= MAX_ERRORS) {
                    errors.add(new ClaimError(file, line(event), "", "more problems follow; only the first "
                            + MAX_ERRORS + " are listed"));
                    return errors;
                }
                switch (event.getEventId()) {
                    case Scalar, Alias -> {
                        inspect(event, stack, errors);
                        advance(stack, event);
                    }
                    case MappingStart, SequenceStart -> {
                        inspect(event, stack, errors);
                        if (stack.size() >= MAX_DEPTH) {
                            errors.add(new ClaimError(file, line(event), path(stack, event), "nesting deeper than "
                                    + MAX_DEPTH + " levels: a claim file is a few levels deep"));
                            return errors;
                        }
                        stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, path(stack, event)));
                    }
                    case MappingEnd, SequenceEnd -> {
                        stack.pop();
                        advance(stack, event);
                    }
                    default -> {
                    }
                }
            }
        } catch (RuntimeException e) {
            // a syntax error (or a failure of the parser itself): compose() reports it
            return errors;
        }
        return errors;
    }

    private void inspect(Event event, Deque<Frame> stack, List<ClaimError> errors) {
        String key = path(stack, event);
        if (event instanceof AliasEvent alias) {
            errors.add(new ClaimError(file, line(event), key, "YAML aliases (*" + shown(alias.getAlias().getValue())
                    + ") are not allowed in a claim file: write the value out"));
            return;
        }
        NodeEvent node = (NodeEvent) event;
        node.getAnchor().ifPresent(anchor -> errors.add(new ClaimError(file, line(event), key, "YAML anchors (&"
                + shown(anchor.getValue()) + ") are not allowed in a claim file: write every value out")));
        Optional<String> tag = event instanceof ScalarEvent s ? s.getTag()
                : ((CollectionStartEvent) event).getTag();
        tag.ifPresent(t -> errors.add(new ClaimError(file, line(event), key, "YAML tags are not allowed in a claim"
                + " file (values are read as plain text), found '" + shown(t.replace("tag:yaml.org,2002:", "!!")) + "'")));
        if (event instanceof ScalarEvent s && s.isPlain() && s.getValue().equals("<<") && isKey(stack)) {
            errors.add(new ClaimError(file, line(event), key, "YAML merge keys (<<) are not allowed in a claim file:"
                    + " write every key out"));
        }
    }

    private static boolean isKey(Deque<Frame> stack) {
        Frame top = stack.peek();
        return top != null && top.mapping && top.expectKey;
    }

    /** The key path of the node {@code event} starts: a key names itself, a value its key. */
    private static String path(Deque<Frame> stack, Event event) {
        Frame top = stack.peek();
        if (top == null) {
            return "";
        }
        if (!top.mapping) {
            // assertions are numbered from 1 (assert[1]), other lists from 0 (network.widths[0])
            return top.path + "[" + (top.path.equals("assert") ? top.index + 1 : top.index) + "]";
        }
        if (top.expectKey) {
            return event instanceof ScalarEvent s ? YamlFields.join(top.path, shown(s.getValue())) : top.path;
        }
        return YamlFields.join(top.path, top.pendingKey);
    }

    private static void advance(Deque<Frame> stack, Event event) {
        Frame top = stack.peek();
        if (top == null) {
            return;
        }
        if (!top.mapping) {
            top.index++;
        } else if (top.expectKey) {
            top.pendingKey = event instanceof ScalarEvent s ? shown(s.getValue()) : "?";
            top.expectKey = false;
        } else {
            top.expectKey = true;
        }
    }

    private static int line(Event event) {
        return event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** Hostile text is cut short before it is echoed in a message. */
    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
