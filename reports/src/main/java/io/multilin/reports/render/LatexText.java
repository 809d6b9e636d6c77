package io.multilin.reports.render;

import java.text.Normalizer;
import java.util.Map;

/**
 * Escapes untrusted plain text for LaTeX body text. The output is pure ASCII in which every
 * backslash and brace is produced here, so text can never form a control sequence of its own
 * choosing ({@code \input}, {@code \write18}, {@code \catcode}, ...): a text backslash becomes
 * {@code \textbackslash{}} and braces become {@code \{ \}}. Accented letters become LaTeX
 * accents, common Greek and math symbols become math, anything else a visible {@code [U+XXXX]}.
 * Long unbreakable tokens (ids, paths, hashes) get break opportunities so they cannot overflow.
 */
public final class LatexText {

    /** Tokens longer than this get break opportunities. */
    private static final int LONG_TOKEN = 14;
    /** Within long tokens, a forced break opportunity at least this often. */
    private static final int MAX_RUN = 8;
    /** A break inside a word, allowed but dearer than one after punctuation or at a space. */
    private static final String FORCED_BREAK = "\\penalty300{}";

    private static final Map<Integer, String> SYMBOLS = Map.ofEntries(
            Map.entry(0x00A0, "~"), Map.entry(0x00A7, "\\S{}"), Map.entry(0x00B6, "\\P{}"),
            Map.entry(0x00A9, "\\copyright{}"), Map.entry(0x00B0, "\\ensuremath{^\\circ}"),
            Map.entry(0x00B1, "\\ensuremath{\\pm}"), Map.entry(0x00D7, "\\ensuremath{\\times}"),
            Map.entry(0x00F7, "\\ensuremath{\\div}"), Map.entry(0x00B7, "\\ensuremath{\\cdot}"),
            Map.entry(0x00B5, "\\ensuremath{\\mu}"), Map.entry(0x00B2, "\\ensuremath{^2}"),
            Map.entry(0x00B3, "\\ensuremath{^3}"), Map.entry(0x00B9, "\\ensuremath{^1}"),
            Map.entry(0x00BD, "\\ensuremath{\\tfrac12}"), Map.entry(0x00BC, "\\ensuremath{\\tfrac14}"),
            Map.entry(0x00DF, "\\ss{}"), Map.entry(0x00E6, "\\ae{}"), Map.entry(0x00C6, "\\AE{}"),
            Map.entry(0x00F8, "\\o{}"), Map.entry(0x00D8, "\\O{}"), Map.entry(0x0153, "\\oe{}"),
            Map.entry(0x0152, "\\OE{}"), Map.entry(0x0142, "\\l{}"), Map.entry(0x0141, "\\L{}"),
            Map.entry(0x0131, "\\i{}"), Map.entry(0x00A1, "!`"), Map.entry(0x00BF, "?`"),
            Map.entry(0x2013, "--"), Map.entry(0x2014, "---"), Map.entry(0x2018, "`"),
            Map.entry(0x2019, "'"), Map.entry(0x201C, "``"), Map.entry(0x201D, "''"),
            Map.entry(0x2026, "\\ldots{}"), Map.entry(0x2022, "\\textbullet{}"),
            Map.entry(0x2212, "\\ensuremath{-}"), Map.entry(0x2264, "\\ensuremath{\\leq}"),
            Map.entry(0x2265, "\\ensuremath{\\geq}"), Map.entry(0x2260, "\\ensuremath{\\neq}"),
            Map.entry(0x2248, "\\ensuremath{\\approx}"), Map.entry(0x223C, "\\ensuremath{\\sim}"),
            Map.entry(0x221E, "\\ensuremath{\\infty}"), Map.entry(0x221A, "\\ensuremath{\\surd}"),
            Map.entry(0x2192, "\\ensuremath{\\to}"), Map.entry(0x2190, "\\ensuremath{\\leftarrow}"),
            Map.entry(0x21D2, "\\ensuremath{\\Rightarrow}"), Map.entry(0x2211, "\\ensuremath{\\sum}"),
            Map.entry(0x220F, "\\ensuremath{\\prod}"), Map.entry(0x2202, "\\ensuremath{\\partial}"),
            Map.entry(0x2207, "\\ensuremath{\\nabla}"), Map.entry(0x2208, "\\ensuremath{\\in}"),
            Map.entry(0x2209, "\\ensuremath{\\notin}"), Map.entry(0x2282, "\\ensuremath{\\subset}"),
            Map.entry(0x222A, "\\ensuremath{\\cup}"), Map.entry(0x2229, "\\ensuremath{\\cap}"),
            Map.entry(0x2200, "\\ensuremath{\\forall}"), Map.entry(0x2203, "\\ensuremath{\\exists}"),
            Map.entry(0x2016, "\\ensuremath{\\|}"), Map.entry(0x27E8, "\\ensuremath{\\langle}"),
            Map.entry(0x27E9, "\\ensuremath{\\rangle}"), Map.entry(0x211D, "\\ensuremath{\\mathbb{R}}"),
            Map.entry(0x2115, "\\ensuremath{\\mathbb{N}}"), Map.entry(0x2124, "\\ensuremath{\\mathbb{Z}}"),
            Map.entry(0x2113, "\\ensuremath{\\ell}"));

    private static final String GREEK_LOWER = "alpha beta gamma delta epsilon zeta eta theta iota kappa "
            + "lambda mu nu xi o pi rho varsigma sigma tau upsilon phi chi psi omega";
    private static final String GREEK_UPPER = "A B Gamma Delta E Z H Theta I K Lambda M N Xi O Pi P - "
            + "Sigma T Upsilon Phi X Psi Omega";

    private static final Map<Integer, String> ACCENTS = Map.ofEntries(
            Map.entry(0x0300, "\\`"), Map.entry(0x0301, "\\'"), Map.entry(0x0302, "\\^"),
            Map.entry(0x0303, "\\~"), Map.entry(0x0304, "\\="), Map.entry(0x0306, "\\u"),
            Map.entry(0x0307, "\\."), Map.entry(0x0308, "\\\""), Map.entry(0x030A, "\\r"),
            Map.entry(0x030B, "\\H"), Map.entry(0x030C, "\\v"), Map.entry(0x0327, "\\c"),
            Map.entry(0x0323, "\\d"), Map.entry(0x0331, "\\b"));

    private LatexText() {
    }

    /** Escapes plain text; line breaks and tabs become spaces. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length() + 16);
        int[] cps = nfd.codePoints().toArray();
        int tokenStart = 0;
        while (tokenStart < cps.length) {
            int end = tokenStart;
            while (end < cps.length && !isSpace(cps[end])) {
                end++;
            }
            appendToken(out, cps, tokenStart, end);
            if (end < cps.length) {
                out.append(' ');
                while (end < cps.length && isSpace(cps[end])) {
                    end++;
                }
            }
            tokenStart = end;
        }
        return out.toString();
    }

    /** The pieces of one whitespace-free token between the break opportunities {@link #escape} adds. */
    static java.util.List<String> unbreakableChunks(String token) {
        int[] cps = Normalizer.normalize(token, Normalizer.Form.NFC).codePoints().toArray();
        java.util.List<String> chunks = new java.util.ArrayList<>();
        if (cps.length <= LONG_TOKEN) {
            chunks.add(token);
            return chunks;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            current.appendCodePoint(cps[i]);
            if (isBreakAfter(cps[i]) || current.codePointCount(0, current.length()) >= MAX_RUN) {
                chunks.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f';
    }

    private static void appendToken(StringBuilder out, int[] cps, int from, int to) {
        boolean breakable = visibleLength(cps, from, to) > LONG_TOKEN;
        int run = 0;
        for (int i = from; i < to; i++) {
            int cp = cps[i];
            if (ACCENTS.containsKey(cp)) {
                continue; // a combining mark whose base was not a plain letter: already shown
            }
            int accents = i + 1;
            while (accents < to && ACCENTS.containsKey(cps[accents])) {
                accents++;
            }
            String piece = escapeCodePoint(cp, cps, from, i);
            for (int a = accents - 1; a > i; a--) {
                piece = ACCENTS.get(cps[a]) + "{" + (cp == 'i' && a == i + 1 ? "\\i" : piece) + "}";
            }
            out.append(piece);
            run++;
            boolean last = i + 1 >= to;
            if (breakable && !last && isBreakAfter(cp)) {
                out.append("\\allowbreak{}");
                run = 0;
            } else if (breakable && !last && run >= MAX_RUN) {
                out.append(FORCED_BREAK); // mid-word: only when nothing better fits
                run = 0;
            }
        }
    }

    private static int visibleLength(int[] cps, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!ACCENTS.containsKey(cps[i])) {
                n++;
            }
        }
        return n;
    }

    private static boolean isBreakAfter(int cp) {
        return cp == '-' || cp == '/' || cp == '_' || cp == '.' || cp == ':' || cp == ',' || cp == '\\'
                || cp == '=' || cp == '&' || cp == '?' || cp == ';';
    }

    private static String escapeCodePoint(int cp, int[] cps, int tokenFrom, int i) {
        switch (cp) {
            case '\\': return "\\textbackslash{}";
            case '{': return "\\{";
            case '}': return "\\}";
            case '$': return "\\$";
            case '&': return "\\&";
            case '%': return "\\%";
            case '#': return "\\#";
            case '_': return "\\_";
            case '^': return "\\textasciicircum{}";
            case '~': return "\\textasciitilde{}";
            case '<': return "\\textless{}";
            case '>': return "\\textgreater{}";
            case '|': return "\\textbar{}";
            case '"': return "''";
            // Braces stop the ligatures -- --- `` '' !` ?` so the text shows as typed.
            case '-': return isMinusSign(cps, tokenFrom, i) ? "\\ensuremath{-}" : "-{}";
            case '`': return "{`}";
            case '\'': return "{'}";
            case '!': return "!{}";
            case '?': return "?{}";
            default: break;
        }
        if (cp >= 0x20 && cp < 0x7f) {
            return String.valueOf((char) cp);
        }
        String symbol = SYMBOLS.get(cp);
        if (symbol != null) {
            return symbol;
        }
        String greek = greek(cp);
        if (greek != null) {
            return greek;
        }
        return "[U+" + String.format("%04X", cp) + "]";
    }

    /** A hyphen directly before a digit and not after a letter or digit is a minus sign. */
    private static boolean isMinusSign(int[] cps, int tokenFrom, int i) {
        boolean digitNext = i + 1 < cps.length && cps[i + 1] >= '0' && cps[i + 1] <= '9';
        boolean wordBefore = i > tokenFrom && Character.isLetterOrDigit(cps[i - 1]);
        return digitNext && !wordBefore;
    }

    private static String greek(int cp) {
        if (cp >= 0x03B1 && cp <= 0x03C9) {
            String name = GREEK_LOWER.split(" ")[cp - 0x03B1];
            return name.equals("o") ? "o" : "\\ensuremath{\\" + name + "}";
        }
        if (cp >= 0x0391 && cp <= 0x03A9) {
            String name = GREEK_UPPER.split(" ")[cp - 0x0391];
            if (name.equals("-")) {
                return "[U+03A2]";
            }
            return name.length() == 1 ? name : "\\ensuremath{\\" + name + "}";
        }
        return null;
    }
}
