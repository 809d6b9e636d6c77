package io.multilin.check.cli;

/**
 * Makes free text safe to print on a terminal: control characters (ESC, CR, BEL, C1 codes ...)
 * and invisible format characters (bidi overrides, zero-width) are removed, so a claim file
 * cannot move the cursor, recolour the screen or disguise text. Newlines become spaces.
 */
public final class Terminal {

    private Terminal() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                b.append(' ');
                return;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || cp == 0x2028 || cp == 0x2029) {
                return;
            }
            b.appendCodePoint(cp);
        });
        return b.toString();
    }
}
