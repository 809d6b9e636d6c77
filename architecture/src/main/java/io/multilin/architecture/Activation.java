package io.multilin.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The closed family of pointwise nonlinearities a claim may name. Only the name and the
 * parameters live here; how to evaluate one in double precision is the numeric side's
 * business, how to expand one symbolically the symbolic side's.
 */
public sealed interface Activation {

    /** The spelling used in claim files. */
    String spelling();

    /** True when the function is a polynomial (so f is a polynomial in the weights). */
    default boolean isPolynomial() {
        return false;
    }

    /** True when the function is real-analytic (Taylor-mode propagation applies). */
    default boolean isAnalytic() {
        return true;
    }

    record Linear() implements Activation {
        @Override public String spelling() { return "linear"; }
        @Override public boolean isPolynomial() { return true; }
    }

    record Relu() implements Activation {
        @Override public String spelling() { return "relu"; }
        @Override public boolean isAnalytic() { return false; }
    }

    record Tanh() implements Activation {
        @Override public String spelling() { return "tanh"; }
    }

    record Sigmoid() implements Activation {
        @Override public String spelling() { return "sigmoid"; }
    }

    record Softplus() implements Activation {
        @Override public String spelling() { return "softplus"; }
    }

    /** The exact GELU, {@code z * Phi(z)} with Phi the standard normal distribution function. */
    record Gelu() implements Activation {
        @Override public String spelling() { return "gelu"; }
    }

    /** {@code c0 + c1 z + c2 z^2 + ...}. */
    record Polynomial(List<Double> coefficients) implements Activation {
        public Polynomial {
            coefficients = List.copyOf(coefficients);
            if (coefficients.isEmpty()) {
                throw new IllegalArgumentException("poly(...) needs at least one coefficient");
            }
            for (double c : coefficients) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("poly(...) coefficients must be finite numbers");
                }
            }
        }

        public int degree() {
            int d = coefficients.size() - 1;
            while (d > 0 && coefficients.get(d) == 0.0) {
                d--;
            }
            return d;
        }

        @Override
        public String spelling() {
            StringBuilder b = new StringBuilder("poly(");
            for (int i = 0; i < coefficients.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(formatNumber(coefficients.get(i)));
            }
            return b.append(')').toString();
        }

        @Override public boolean isPolynomial() { return true; }
    }

    Linear LINEAR = new Linear();

    /** Every name a claim may use, for error messages. */
    String NAMES = "linear, relu, tanh, sigmoid, softplus, gelu or poly(c0, c1, ...)";

    /**
     * Parses an activation name. Coefficients of {@code poly(...)} are decimal literals and
     * nothing else; the text is never evaluated.
     */
    static Activation parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "linear": case "identity": return LINEAR;
            case "relu": return new Relu();
            case "tanh": return new Tanh();
            case "sigmoid": return new Sigmoid();
            case "softplus": return new Softplus();
            case "gelu": return new Gelu();
            default: break;
        }
        if (s.startsWith("poly(") && s.endsWith(")")) {
            String body = s.substring(5, s.length() - 1);
            List<Double> coefficients = new ArrayList<>();
            for (String part : body.split(",", -1)) {
                String literal = part.trim();
                if (!literal.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
                    throw new IllegalArgumentException("'" + part.trim() + "' in " + text.trim()
                            + " is not a number: poly(...) takes decimal coefficients c0, c1, c2, ...");
                }
                coefficients.add(Double.parseDouble(literal));
            }
            return new Polynomial(coefficients);
        }
        throw new IllegalArgumentException("unknown activation '" + text.trim() + "': expected " + NAMES);
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
