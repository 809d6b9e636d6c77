package io.multilin.reports.model;

/**
 * The named symbols math may use, each with its LaTeX control word and a readable Unicode form
 * for formats without math (SVG text, console). A closed set: a producer cannot name a control
 * sequence of its own.
 */
public enum Symbol {
    ALPHA("\\alpha", "\u03b1"), BETA("\\beta", "\u03b2"), ETA("\\eta", "\u03b7"), SIGMA("\\sigma", "\u03c3"),
    VARPHI("\\varphi", "\u03c6"), ELL("\\ell", "\u2113"), NABLA("\\nabla", "\u2207"), PARTIAL("\\partial", "\u2202"),
    INFTY("\\infty", "\u221e"), SIM("\\sim", "~"), APPROX("\\approx", "\u2248"), LEQ("\\le", "\u2264"),
    GEQ("\\ge", "\u2265"), IMPLIES("\\Rightarrow", "\u21d2"), TO("\\to", "\u2192"), TIMES("\\times", "\u00d7"),
    CDOT("\\cdot", "\u00b7"), IN("\\in", "\u2208"), PLUS("+", "+"), MINUS("-", "\u2212"), EQUALS("=", "="),
    COMMA(",", ","), COLON("\\colon", ":"), DOTS("\\dots", "\u2026"), TOP("\\top", "T"), SUM("\\sum", "\u03a3"),
    PROD("\\prod", "\u03a0"), LESS("<", "<"), GREATER(">", ">"), QUAD("\\quad", "  "),
    DELTA("\\Delta", "\u0394"), SLASH("/", "/"), RANGE("..", "..");

    private final String latex;
    private final String unicode;

    Symbol(String latex, String unicode) {
        this.latex = latex;
        this.unicode = unicode;
    }

    public String latex() {
        return latex;
    }

    public String unicode() {
        return unicode;
    }
}
