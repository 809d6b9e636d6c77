package io.multilin.check.fakes;

import io.multilin.architecture.Exponent;
import io.multilin.check.claim.Numbers;

/** Exact exponents written as decimals in tests, read as claim files read them. */
public final class Exact {

    private Exact() {
    }

    public static Exponent e(double value) {
        return Numbers.exponent(Double.toString(value)).orElseThrow();
    }
}
