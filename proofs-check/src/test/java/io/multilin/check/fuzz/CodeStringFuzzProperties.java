package io.multilin.check.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Text that looks like code (JNDI lookups, Java, Symja, shell, LaTeX, templates) in every slot,
 * plain and quoted, and inside poly(...) coefficients: refused wherever a grammar reads it,
 * kept verbatim as free text in title and source, and never executed.
 */
class CodeStringFuzzProperties extends WithFuzzOracle {

    /** Payloads; SENTINEL is replaced by a folder that must stay empty. */
    static final List<String> PAYLOADS = List.of("${jndi:ldap://127.0.0.1:1/a}", "${env:HOME}", "${sys:user.home}",
            "Runtime.getRuntime().exec(\"touch SENTINEL/java\")", "java.lang.System.exit(3)", "System.exit(0)",
            "Run(\"rm\")", "Run[\"touch SENTINEL/symja\"]", "URLFetch[\"http://127.0.0.1:1/\"]", "Import[\"/etc/passwd\"]",
            "Get[\"SENTINEL/x.m\"]", "Put[1, \"SENTINEL/put\"]", "WriteString[\"SENTINEL/w\", 1]", "ToExpression[\"1+1\"]",
            "JavaNew[\"java.io.File\", \"SENTINEL/j\"]", "Sin[m]", "Exp[m]", "m^m", "D[f, x]", "Integrate[x, x]",
            "E^(I Pi)", "$(touch SENTINEL/shell)", "`touch SENTINEL/tick`", "; touch SENTINEL/semi", "| cat /etc/passwd",
            "&& rm -rf /", "__import__('os').system('touch SENTINEL/py')", "#{7*7}", "{{7*7}}", "<script>alert(1)</script>",
            "\\input{/etc/passwd}", "\\write18{touch SENTINEL/tex}", "'; DROP TABLE claims; --", "%n%s%s%s", "../../etc/passwd",
            "tanh(Run(\"rm\"))", "poly(1, Run(\"rm\"))", "poly(1, 2); Run[\"x\"]", "poly(1e3, Exp[1])", "poly(${jndi:x})",
            "poly()", "poly(,)", "poly(1,,2)", "poly(1e99999)", "poly(" + "1, ".repeat(50) + "x)", "relu; rm",
            "linear\nrm", "m; rm", "3m && 1", "ntk(); exit", "abc[1]", "\u202Etanh", "t\u0430nh");

    @Property(tries = 1200, seed = "2001", generation = GenerationMode.RANDOMIZED)
    void codeLookingStringsAreNeverRun(@ForAll("slots") String slot, @ForAll("payloads") String payload,
                                       @ForAll("quotings") int quoting) {
        String value = quote(payload.replace("SENTINEL", FuzzOracle.SENTINEL.toString()), quoting);
        boolean freeText = slot.equals("title") || slot.equals("source");
        oracle.check(Hostile.text("code-strings", Template.with(slot, value), !freeText));
    }

    @Provide
    Arbitrary<String> slots() {
        return Arbitraries.oneOf(Arbitraries.of(Template.GRAMMAR), Arbitraries.of("title", "source"));
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> one = Arbitraries.of(PAYLOADS);
        // a valid word with code before or after it: a grammar must match the whole text
        return Arbitraries.oneOf(one, Combinators.combine(Arbitraries.of("tanh", "m", "8", "ntk", "-1/2", "poly(1, 2)"),
                one).as((word, code) -> word + code), Combinators.combine(one,
                Arbitraries.of("tanh", "m", "8", "ntk")).as((code, word) -> code + " " + word));
    }

    @Provide
    Arbitrary<Integer> quotings() {
        return Arbitraries.integers().between(0, 2);
    }

    /** 0: plain (may break the YAML, which is fine), 1: double-quoted, 2: single-quoted. */
    static String quote(String text, int quoting) {
        return switch (quoting) {
            case 1 -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\u0000", "\\0") + "\"";
            case 2 -> "'" + text.replace("'", "''").replace("\n", " ") + "'";
            default -> text;
        };
    }
}
