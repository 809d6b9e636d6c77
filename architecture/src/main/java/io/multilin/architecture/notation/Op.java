package io.multilin.architecture.notation;

/** The operators and relations a derivation step may use, with their ASCII spelling. */
public enum Op {
    SIM("~"), IMPLIES("=>"), LEQ("<="), GEQ(">="), LESS("<"), GREATER(">"), TIMES("*"), PLUS("+"), MINUS("-"), EQUALS("="), COMMA(",");

    private final String ascii;

    Op(String ascii) {
        this.ascii = ascii;
    }

    public String ascii() {
        return ascii;
    }
}
