package io.multilin.check.claim;

/**
 * One problem in one claim file: where it is (line 1-based, 0 when the file could not be read
 * at all), which key, and what was expected instead.
 */
public record ClaimError(String file, int line, String key, String message) {

    /** Longer messages (and keys) are cut: they may echo hostile text of any length. */
    public static final int MAX_MESSAGE = 500;

    public ClaimError {
        key = cut(key);
        message = cut(message);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    /** {@code file:line: key: message}, the one-line form printed to the user. */
    public String format() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (key != null && !key.isEmpty()) {
            b.append(key).append(": ");
        }
        return b.append(message).toString();
    }
}
