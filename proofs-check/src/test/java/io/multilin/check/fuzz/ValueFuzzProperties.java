package io.multilin.check.fuzz;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Values of the wrong type or size in every slot of a valid claim: each one refused at its key. */
class ValueFuzzProperties extends WithFuzzOracle {

    @Property(tries = 800, seed = "1001", generation = GenerationMode.RANDOMIZED)
    void wrongTypes(@ForAll("grammarSlots") String slot, @ForAll("wrongTypeValues") String value) {
        // a word is a valid id ("true", "null"): only other slots must refuse it
        boolean validId = slot.equals("id") && value.matches("[a-z0-9]+");
        oracle.check(Hostile.text("wrong-types", Template.with(slot, value), !validId));
    }

    @Property(tries = 800, seed = "1002", generation = GenerationMode.RANDOMIZED)
    void hugeNumbers(@ForAll("numericSlots") String slot, @ForAll("hugeValues") String value) {
        // a huge ball is still a ball: the radius may be any positive finite number
        oracle.check(Hostile.text("huge-numbers", Template.with(slot, value), !slot.equals("radius")));
    }

    @Property(tries = 500, seed = "1003", generation = GenerationMode.RANDOMIZED)
    void negativeNumbers(@ForAll("numericSlots") String slot, @ForAll("negativeValues") String value) {
        // exponents are the one number that may be negative
        oracle.check(Hostile.text("negative-numbers", Template.with(slot, value), !slot.equals("exponent")));
    }

    @Property(tries = 500, seed = "1004", generation = GenerationMode.RANDOMIZED)
    void notANumberOrInfinite(@ForAll("numericSlots") String slot, @ForAll("nanValues") String value) {
        oracle.check(Hostile.text("nan-and-inf", Template.with(slot, value), true));
    }

    @Property(tries = 500, seed = "1005", generation = GenerationMode.RANDOMIZED)
    void nonIntegers(@ForAll("integerSlots") String slot, @ForAll("fractionalValues") String value) {
        oracle.check(Hostile.text("non-integer-numbers", Template.with(slot, value), true));
    }

    @Property(tries = 600, seed = "1006", generation = GenerationMode.RANDOMIZED)
    void widthsOverflowingIntAndLong(@ForAll("widthSlots") String slot, @ForAll("overflowingWidths") String value) {
        oracle.check(Hostile.text("overflowing-widths", Template.with(slot, value), true));
    }

    @Provide
    Arbitrary<String> grammarSlots() {
        return Arbitraries.of(Template.GRAMMAR);
    }

    @Provide
    Arbitrary<String> numericSlots() {
        return Arbitraries.of(Template.NUMERIC);
    }

    @Provide
    Arbitrary<String> integerSlots() {
        return Arbitraries.of("w0", "w1", "w2", "degree", "segment", "layer", "s0", "seeds");
    }

    @Provide
    Arbitrary<String> widthSlots() {
        return Arbitraries.of(Template.WIDTHS);
    }

    @Provide
    Arbitrary<String> wrongTypeValues() {
        return Arbitraries.of("[1, 2]", "[]", "{}", "{a: 1}", "''", "\"\"", "[[m]]", "{radius: 1}", "[m, [m]]",
                "{? [1]: 2}", "- x", "|\n  1\n", ">\n  1\n", "true", "false", "yes", "no", "on", "null", "~", "one",
                "\"3\" x", "[1,", "{a: [}");
    }

    @Provide
    Arbitrary<String> hugeValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(400).filter(s -> s.charAt(0) != '0'),
                Arbitraries.integers().between(10, 99999).map(e -> "1e" + e),
                Arbitraries.integers().between(31, 4000).map(b -> BigInteger.TWO.pow(b).toString()),
                Arbitraries.of("2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
                        "18446744073709551616", "1.7976931348623157e308", "1e309", "0x7fffffff", "0o777777777777",
                        "1_000_000_000_000", "99999999999/1", "1/99999999999", "123456789012.5"));
    }

    @Provide
    Arbitrary<String> negativeValues() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, Integer.MAX_VALUE).map(n -> "-" + n),
                Arbitraries.longs().between(Integer.MAX_VALUE + 1L, Long.MAX_VALUE).map(n -> "-" + n),
                Arbitraries.doubles().between(1e-9, 1e9).ofScale(12).map(d -> "-" + d),
                Arbitraries.of("-1", "-1/2", "-m", "-3m", "-m^1/2", "-.5", "-1e3", "-2147483648", "-9223372036854775809"));
    }

    @Provide
    Arbitrary<String> nanValues() {
        return Arbitraries.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", "-.inf", "+.inf", "NaN", "nan", "Infinity",
                "-Infinity", "inf", "-inf", "1e999", "-1e999", "0/0", "1/0", "-1/0", "NaN/1", "\"NaN\"", "'.inf'");
    }

    @Provide
    Arbitrary<String> fractionalValues() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0.001, 1e6).ofScale(6).filter(d -> d != Math.rint(d)).map(String::valueOf),
                Arbitraries.of("2.5", "0.5", "1e-3", "3.0", "1/3", "7/2", ".5", "1.", "1e2", "3.14159", "2.0e0",
                        "0x10", "1_0"));
    }

    @Provide
    Arbitrary<String> overflowingWidths() {
        Arbitrary<String> big = Arbitraries.oneOf(
                Arbitraries.longs().between(Integer.MAX_VALUE + 1L, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(60).filter(s -> s.charAt(0) != '0'));
        return Arbitraries.oneOf(big, big.map(n -> n + "m"), big.map(n -> "m/" + n), big.map(n -> "m^1/" + n),
                big.map(n -> "m^" + n + "/" + n), big.map(n -> n + "/2m"), big.map(n -> "2m^1/" + n),
                Arbitraries.of("2147483648", "2147483647", "1000000000", "4294967296m", "m^0", "0m", "m^1/0", "m/0",
                        "0", "m^2", "m^3/2"));
    }
}
