package io.multilin.check.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated claim file: its fuzz category (for the counts), the bytes written to disk, and
 * whether the claim must be refused (a hostile value in a place read by a fixed grammar).
 */
record Hostile(String category, byte[] bytes, boolean mustBeRefused) {

    static Hostile text(String category, String text, boolean mustBeRefused) {
        return new Hostile(category, text.getBytes(StandardCharsets.UTF_8), mustBeRefused);
    }

    /** The file as text for failure messages, cut to a readable length. */
    String shown() {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 600 ? s.substring(0, 600) + "... (" + bytes.length + " bytes)" : s;
    }
}
