package io.multilin.reports.model;

import java.util.List;
import java.util.Locale;

/**
 * Defence in depth for {@link Formula}: computer-algebra output never needs file access,
 * definitions, category codes or comments, so their presence means the source is not what the
 * producer promised.
 */
final class TrustedMathCheck {

    /** Control-word prefixes that can touch files, the shell, or redefine anything. */
    private static final List<String> FORBIDDEN_PREFIXES = List.of(
            "input", "include", "write", "immediate", "open", "read", "close", "catcode", "lccode",
            "uccode", "sfcode", "mathcode", "delcode", "csname", "endcsname", "def", "edef", "gdef",
            "xdef", "let", "futurelet", "expandafter", "noexpand", "special", "pdf", "directlua",
            "latelua", "scantokens", "everyjob", "everypar", "everymath", "everydisplay", "jobname",
            "endinput", "usepackage", "requirepackage", "documentclass", "new", "renew", "provide",
            "declare", "makeat", "afterassignment", "aftergroup", "output", "shipout", "end",
            "errmessage", "message", "typeout", "loop", "repeat", "uppercase", "lowercase");

    private TrustedMathCheck() {
    }

    static void require(String latex) {
        if (latex == null || latex.isBlank()) {
            throw new IllegalArgumentException("a formula needs LaTeX math source");
        }
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f || c > 0x7e) {
                throw refuse(latex, "a non-printable or non-ASCII character");
            }
            switch (c) {
                case '%', '#', '@', '`', '$' -> throw refuse(latex, "the character '" + c + "'");
                case '^' -> {
                    if (i + 1 < latex.length() && latex.charAt(i + 1) == '^') {
                        throw refuse(latex, "'^^' (character-code notation)");
                    }
                }
                case '{' -> depth++;
                case '}' -> {
                    if (--depth < 0) {
                        throw refuse(latex, "an unbalanced '}'");
                    }
                }
                case '\\' -> i = checkControlSequence(latex, i);
                default -> { }
            }
        }
        if (depth != 0) {
            throw refuse(latex, "an unbalanced '{'");
        }
    }

    /** Returns the index of the last character of the control sequence starting at {@code i}. */
    private static int checkControlSequence(String latex, int i) {
        int j = i + 1;
        while (j < latex.length() && Character.isLetter(latex.charAt(j))) {
            j++;
        }
        if (j == i + 1) {
            return Math.min(i + 1, latex.length() - 1); // control symbol such as \, or \{
        }
        String name = latex.substring(i + 1, j).toLowerCase(Locale.ROOT);
        for (String prefix : FORBIDDEN_PREFIXES) {
            if (name.startsWith(prefix) && !isAllowedMath(name)) {
                throw refuse(latex, "the control sequence \\" + latex.substring(i + 1, j));
            }
        }
        return j - 1;
    }

    /** Math commands that happen to share a forbidden prefix. */
    private static boolean isAllowedMath(String name) {
        return name.equals("end") || name.equals("newline") || name.equals("operatorname");
    }

    private static IllegalArgumentException refuse(String latex, String what) {
        String shown = latex.length() > 80 ? latex.substring(0, 80) + "..." : latex;
        return new IllegalArgumentException("formula is not trusted computer-algebra math: it contains "
                + what + " in: " + shown);
    }
}
