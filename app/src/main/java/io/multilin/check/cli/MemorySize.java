package io.multilin.check.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A memory size as written on the command line: bytes, or a number with k, m or g (powers of 1024). */
final class MemorySize {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([kmg]?)b?");

    private MemorySize() {
    }

    static Optional<Long> parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (value < 1 || Long.numberOfLeadingZeros(value) <= shift) {
            return Optional.empty();
        }
        return Optional.of(value << shift);
    }
}
