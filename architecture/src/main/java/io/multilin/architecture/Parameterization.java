package io.multilin.architecture;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/** The closed family of parameterizations of docs/MEANING.md section 1. */
public sealed interface Parameterization {

    Fraction HALF = new Fraction(1, 2);

    /** The spelling used in claim files. */
    String spelling();

    /**
     * The scaling of layer {@code l} (1-based) of a network with the given widths
     * {@code n_0..n_L}.
     */
    LayerScaling layer(int l, List<Width> widths);

    private static PowerLaw inverseSqrt(Width w) {
        return w.asPowerLaw().pow(HALF.negate());
    }

    private static Optional<Fraction> c(int value) {
        return Optional.of(new Fraction(value));
    }

    /** {@code alpha_l = n_{l-1}^{-1/2}}, N(0,1) entries. */
    record Ntk() implements Parameterization {
        @Override public String spelling() { return "ntk"; }

        @Override
        public LayerScaling layer(int l, List<Width> widths) {
            return new LayerScaling(inverseSqrt(widths.get(l - 1)), PowerLaw.ONE, c(0));
        }
    }

    /** {@code alpha_l = 1}, N(0, 1/n_{l-1}) entries: ntk's function, other coordinates. */
    record Standard() implements Parameterization {
        @Override public String spelling() { return "standard"; }

        @Override
        public LayerScaling layer(int l, List<Width> widths) {
            return new LayerScaling(PowerLaw.ONE, inverseSqrt(widths.get(l - 1)), c(1));
        }
    }

    /**
     * Mean-field, alias integrable (IP): {@code alpha_1 = n_0^{-1/2}}, {@code alpha_l = n_{l-1}^{-1}}
     * after, N(0,1) entries; learning-rate exponents -1 for the first and last layer, -2 between.
     */
    record MeanField(String spelling) implements Parameterization {
        @Override
        public LayerScaling layer(int l, List<Width> widths) {
            int depth = widths.size() - 1;
            PowerLaw alpha = l == 1 ? inverseSqrt(widths.get(0)) : widths.get(l - 1).asPowerLaw().pow(Fraction.MINUS_ONE);
            int lr = (l == 1 || l == depth) ? -1 : -2;
            return new LayerScaling(alpha, PowerLaw.ONE, c(lr));
        }
    }

    /** muP in abc form: {@code m^{1/2} n_0^{-1/2}}, 1, {@code m^{-1/2}}; N(0, 1/m) entries. */
    record Mup() implements Parameterization {
        @Override public String spelling() { return "mup"; }

        @Override
        public LayerScaling layer(int l, List<Width> widths) {
            int depth = widths.size() - 1;
            PowerLaw alpha;
            if (l == 1) {
                alpha = PowerLaw.ofM(HALF).times(inverseSqrt(widths.get(0)));
            } else if (l == depth) {
                alpha = PowerLaw.ofM(HALF.negate());
            } else {
                alpha = PowerLaw.ONE;
            }
            return new LayerScaling(alpha, PowerLaw.ofM(HALF.negate()), c(0));
        }
    }

    /** {@code alpha_l = m^{-a_l}}, N(0, m^{-2 b_l}) entries, learning rate {@code eta m^{-c_l}}. */
    record Abc(List<Fraction> a, List<Fraction> b, Optional<List<Fraction>> c) implements Parameterization {
        public Abc {
            a = List.copyOf(a);
            b = List.copyOf(b);
            c = c.map(List::copyOf);
            if (a.size() != b.size() || c.map(List::size).orElse(a.size()) != a.size()) {
                throw new IllegalArgumentException("a, b and c need one entry per layer each");
            }
        }

        @Override public String spelling() { return "abc"; }

        @Override
        public LayerScaling layer(int l, List<Width> widths) {
            if (a.size() != widths.size() - 1) {
                throw new IllegalArgumentException("abc lists have " + a.size() + " entries but the network has "
                        + (widths.size() - 1) + " layers");
            }
            return new LayerScaling(PowerLaw.ofM(a.get(l - 1).negate()), PowerLaw.ofM(b.get(l - 1).negate()),
                    c.map(list -> list.get(l - 1)));
        }
    }

    /** Every name a claim may use, for error messages. */
    String NAMES = "ntk, standard, mean-field, integrable, mup or abc";

    /** Parses a parameterization name other than abc (which needs its lists). */
    static Parameterization parse(String name) {
        switch (name.trim()) {
            case "ntk": return new Ntk();
            case "standard": return new Standard();
            case "mean-field": return new MeanField("mean-field");
            case "integrable": return new MeanField("integrable");
            case "mup": return new Mup();
            default:
                throw new IllegalArgumentException("unknown parameterization '" + name.trim() + "': expected " + NAMES);
        }
    }
}
