package io.multilin.check.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small random edits of a valid file: byte flips, insertions and deletions, truncations, and
 * line swaps, deletions, duplications and re-indentations. Driven by a seed from jqwik, so a
 * failing case is reproduced by its seed.
 */
final class Mutations {

    /** The names of the edits, in the order of {@link #apply}'s kinds. */
    static final List<String> KINDS = List.of("byte-flip", "byte-insert", "byte-delete", "truncate", "line-swap",
            "line-delete", "line-duplicate", "line-indent", "yaml-char-insert");

    /** Characters with a meaning in YAML, inserted to break the syntax. */
    private static final byte[] YAML_CHARS = ":[]{}-?|>!&*#%@`'\",\t\n ".getBytes(StandardCharsets.US_ASCII);

    private Mutations() {
    }

    /** {@code count} edits of the kind numbered {@code kind}, placed by {@code seed}. */
    static byte[] apply(byte[] file, int kind, int count, long seed) {
        Random random = new Random(seed);
        byte[] result = file;
        for (int i = 0; i < count; i++) {
            result = once(result, kind, random);
        }
        return result;
    }

    private static byte[] once(byte[] b, int kind, Random random) {
        if (b.length == 0) {
            return b;
        }
        int at = random.nextInt(b.length);
        return switch (kind) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                yield c;
            }
            case 1 -> insert(b, at, new byte[] {(byte) random.nextInt(256)});
            case 2 -> concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + 1, b.length));
            case 3 -> Arrays.copyOf(b, at);
            case 8 -> insert(b, at, new byte[] {YAML_CHARS[random.nextInt(YAML_CHARS.length)]});
            default -> lines(b, kind, random);
        };
    }

    private static byte[] lines(byte[] b, int kind, Random random) {
        List<String> lines = new ArrayList<>(new String(b, StandardCharsets.UTF_8).lines().toList());
        if (lines.isEmpty()) {
            return b;
        }
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        switch (kind) {
            case 4 -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 5 -> lines.remove(i);
            case 6 -> lines.add(j, lines.get(i));
            default -> lines.set(i, random.nextBoolean() ? " ".repeat(1 + random.nextInt(4)) + lines.get(i)
                    : lines.get(i).stripLeading());
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] inserted) {
        return concat(concat(Arrays.copyOfRange(b, 0, at), inserted), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
