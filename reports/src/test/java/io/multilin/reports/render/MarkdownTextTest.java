package io.multilin.reports.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MarkdownTextTest {

    @Test
    void escapesMarkdownMetacharacters() {
        for (char c : "\\`*_[]()#+!|~${}".toCharArray()) {
            assertEquals("\\" + c, MarkdownText.escape(String.valueOf(c)), "character " + c);
        }
    }

    @Test
    void escapesHtml() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;",
                MarkdownText.escape("<script>alert(1)</script> &amp;").replace("\\(", "(").replace("\\)", ")"));
        assertEquals("&lt;\\!-- x --&gt;", MarkdownText.escape("<!-- x -->"));
    }

    @Test
    void lineBreaksAndControlCharactersCannotEscapeACell() {
        assertEquals("a b \\| c[U+0007]", MarkdownText.escape("a\n\nb | c\u0007"));
        assertFalse(MarkdownText.escape("x\r\n| y |").contains("\n"));
    }

    @Test
    void lineStartsCannotBecomeBlocks() {
        assertEquals("\\- item", MarkdownText.escapeLineStart("- item"));
        assertEquals("1\\. first", MarkdownText.escapeLineStart("1. first"));
        assertEquals("\\# heading", MarkdownText.escapeLineStart("# heading"));
        assertEquals("&gt; quote", MarkdownText.escapeLineStart("> quote"));
        assertEquals("\\===", MarkdownText.escapeLineStart("==="));
        assertEquals("code", MarkdownText.escapeLineStart("    code"));
    }

    @Test
    void maliciousTitleIsInertText() {
        assertEquals("\\\\input\\{/etc/passwd\\} \\\\write18\\{touch /tmp/pwned\\} \\$ &amp; % \\_ \\# \\~ \\{ \\}",
                MarkdownText.escape(SampleReports.MALICIOUS));
    }
}
