package io.multilin.reports.render;

/**
 * Escapes untrusted plain text for GitHub-flavoured Markdown: inline syntax characters are
 * backslash-escaped, HTML's {@code < > &} become entities (so no tag or comment can open), a
 * pipe cannot end a table cell, {@code $} cannot open math, and line breaks become spaces.
 * Text that starts a line cannot start a heading, list, quote or code block.
 */
public final class MarkdownText {

    private static final String BACKSLASHED = "\\`*_[]()#+!|~${}";

    private MarkdownText() {
    }

    /** Inline text: safe inside a paragraph, a heading, a list item or a table cell. */
    public static String escape(String text) {
        return escapeSpan(text).strip();
    }

    /** Like {@link #escape} but keeps one leading and trailing space, for text next to math. */
    static String escapeSpan(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lastSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f';
            if (space) {
                if (!lastSpace) {
                    out.append(' ');
                }
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            if (cp == '<') {
                out.append("&lt;");
            } else if (cp == '>') {
                out.append("&gt;");
            } else if (cp == '&') {
                out.append("&amp;");
            } else if (cp < 0x80 && BACKSLASHED.indexOf(cp) >= 0) {
                out.append('\\').append((char) cp);
            } else if (cp < 0x20 || cp >= 0x7f && cp < 0xa0 || cp == 0x2028 || cp == 0x2029) {
                out.append("[U+").append(String.format("%04X", cp)).append(']');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Text that begins a line: additionally neutralises list, heading-underline and numbered-list starts. */
    public static String escapeLineStart(String text) {
        return neutraliseLineStart(escape(text));
    }

    /** Escaped text that begins a line: a list, heading-underline or numbered-list start is neutralised. */
    static String neutraliseLineStart(String escaped) {
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if (first == '-' || first == '=' || first == ':') {
            return "\\" + escaped;
        }
        int digits = 0;
        while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < escaped.length() && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
            return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
        }
        return escaped;
    }
}
