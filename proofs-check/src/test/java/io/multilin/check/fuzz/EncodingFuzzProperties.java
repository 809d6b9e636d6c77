package io.multilin.check.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ParsedClaim;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Bytes that are not UTF-8, byte order marks, empty files and very long strings. */
class EncodingFuzzProperties extends WithFuzzOracle {

    /** Byte sequences UTF-8 forbids: stray continuations, overlong forms, surrogates, cut sequences. */
    static final List<byte[]> INVALID = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC1, (byte) 0x81}, new byte[] {(byte) 0xE0,
            (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF5},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2,
            (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xF4, (byte) 0x90,
            (byte) 0x80, (byte) 0x80});

    /** Invalid bytes at a random place of a valid file: refused, at the line of the first one. */
    @Property(tries = 800, seed = "4001", generation = GenerationMode.RANDOMIZED)
    void nonUtf8Bytes(@ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll("invalid") byte[] bad) {
        byte[] valid = Template.valid().getBytes(StandardCharsets.UTF_8);
        int at = where % (valid.length + 1);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(valid, 0, at);
        b.writeBytes(bad);
        b.write(valid, at, valid.length - at);
        ParsedClaim parsed = oracle.check(new Hostile("non-utf8-bytes", b.toByteArray(), true));
        ClaimError e = parsed.errors().get(0);
        assertTrue(e.message().contains("not UTF-8"), e::toString);
        int line = 1;
        for (int i = 0; i < at; i++) {
            line += valid[i] == '\n' ? 1 : 0;
        }
        assertEquals(line, e.line(), e::toString);
    }

    @Property(tries = 300, seed = "4002", generation = GenerationMode.RANDOMIZED)
    void emptyFilesAndByteOrderMarks(@ForAll("smallFiles") Hostile file) {
        oracle.check(file);
    }

    /** Long text in every slot and as a key: refused or kept, with a short message either way. */
    @Property(tries = 200, seed = "4003", generation = GenerationMode.RANDOMIZED)
    void veryLongStrings(@ForAll("longSlots") String slot, @ForAll @IntRange(min = 1_000, max = 1_100_000) int length,
                         @ForAll("fillers") String filler) {
        String value = filler.repeat(length / filler.length() + 1).substring(0, length);
        boolean asKey = slot.equals("key");
        String text = asKey ? Template.valid() + value + ": 1\n" : Template.with(slot, value);
        // free text may be long, and so may an id of letters (up to its limit)
        boolean mayPass = List.of("title", "source", "id").contains(slot);
        oracle.check(Hostile.text("long-strings", text, !mayPass));
    }

    @Provide
    Arbitrary<byte[]> invalid() {
        return Arbitraries.of(INVALID);
    }

    @Provide
    Arbitrary<String> longSlots() {
        return Arbitraries.of("title", "source", "id", "activation", "w1", "exponent", "parameterization", "key");
    }

    @Provide
    Arbitrary<String> fillers() {
        return Arbitraries.of("a", "m", "9", "\u00e9", "\u4e2d", "\ud83d\ude00", "ab-", "1, ");
    }

    @Provide
    Arbitrary<Hostile> smallFiles() {
        String valid = Template.valid();
        List<Hostile> refused = List.of("", " ", "\n\n\n", "\t", "---", "...", "---\n...\n", "~", "null", "# c\n",
                "\uFEFF", "\u0000", "id: a\u0000\n", valid.replace("  ", "\t"), "---\n" + valid + "---\n" + valid, "[]",
                "{}", "-", ":", "?", "'", "\"").stream().map(t -> Hostile.text("empty-files-and-boms", t, true)).toList();
        List<Hostile> accepted = List.of("\uFEFF" + valid, valid.replace("\n", "\r\n"), "%YAML 1.2\n---\n" + valid,
                "---\n" + valid + "...\n").stream().map(t -> Hostile.text("empty-files-and-boms", t, false)).toList();
        // whichever the answer, it must be a claim or errors in the usual form
        List<Hostile> either = List.of(valid.replace("\n", "\r"), "\uFEFF\uFEFF" + valid, "%YAML 9.9\n---\n" + valid,
                "%YAML 1.1\n---\n" + valid, valid.replace("\n", "\u2028"), valid.replace("\n", "\u0085"))
                .stream().map(t -> Hostile.text("empty-files-and-boms", t, false)).toList();
        List<Hostile> otherEncodings = List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, Charset.forName("UTF-32")).stream()
                .map(cs -> new Hostile("empty-files-and-boms", ("\uFEFF" + valid).getBytes(cs), true)).toList();
        return Arbitraries.oneOf(Arbitraries.of(refused), Arbitraries.of(accepted), Arbitraries.of(either),
                Arbitraries.of(otherEncodings));
    }
}
