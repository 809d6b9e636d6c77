package io.multilin.check.claim;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import java.util.List;
import java.util.Locale;

/**
 * Writes a network claim as a claim file (docs/CLAIMS.md), so that generated claims can be saved,
 * shown as counterexamples, and read back by the parser. Free text is written as a
 * double-quoted YAML scalar with every special character escaped.
 */
public final class ClaimYaml {

    private ClaimYaml() {
    }

    public static String write(NetworkClaim claim) {
        Architecture a = claim.architecture();
        if (a.parameterization() instanceof Parameterization.Abc) {
            throw new IllegalArgumentException("writing abc parameterizations is not supported yet");
        }
        StringBuilder b = new StringBuilder();
        b.append("id: ").append(claim.id()).append('\n');
        b.append("title: ").append(quoted(claim.title())).append('\n');
        claim.source().ifPresent(s -> b.append("source: ").append(quoted(s)).append('\n'));
        b.append("network:\n");
        b.append("  widths: ").append(a.widthsSpelling()).append('\n');
        b.append("  activation: ").append(quoted(a.activation().spelling())).append('\n');
        b.append("  output: ").append(quoted(a.output().spelling())).append('\n');
        b.append("  parameterization: ").append(a.parameterization().spelling()).append('\n');
        b.append("ball:\n  radius: ").append(number(claim.radius())).append('\n');
        b.append("assert:\n");
        for (NetworkAssertion assertion : claim.assertions()) {
            b.append("  - ").append(assertion.kind().key()).append(": ").append(assertion.accept(VALUE)).append('\n');
        }
        claim.sweep().ifPresent(s -> {
            if (s.widths().isPresent() || s.seeds().isPresent()) {
                b.append("sweep:\n");
                s.widths().ifPresent(w -> b.append("  widths: ").append(w).append('\n'));
                s.seeds().ifPresent(n -> b.append("  seeds: ").append(n).append('\n'));
            }
        });
        b.append("tolerance: ").append(number(claim.tolerance())).append('\n');
        return b.toString();
    }

    /** Each kind's value as a claim file writes it. */
    private static final NetworkAssertion.Cases<String> VALUE = new NetworkAssertion.Cases<>() {
        @Override
        public String multilinearDegree(NetworkAssertion.MultilinearDegree a) {
            return Integer.toString(a.degree());
        }

        @Override
        public String taylorDegree(NetworkAssertion.TaylorDegree a) {
            return Integer.toString(a.degree());
        }

        @Override
        public String linear(NetworkAssertion.Linear a) {
            return Boolean.toString(a.linear());
        }

        @Override
        public String stationaryAtInit(NetworkAssertion.StationaryAtInit a) {
            return Boolean.toString(a.stationary());
        }

        @Override
        public String tangentKernel(NetworkAssertion.TangentKernel a) {
            return a.constant() ? "constant" : "varies";
        }

        @Override
        public String hessianNorm(NetworkAssertion.HessianNorm a) {
            return "{" + scale(a.scale()) + "}";
        }

        @Override
        public String hessianBlock(NetworkAssertion.HessianBlock a) {
            return "{segments: " + List.of(a.rowSegment(), a.columnSegment()) + ", " + scale(a.scale()) + "}";
        }

        @Override
        public String initScale(NetworkAssertion.InitScale a) {
            String of = a.layer().isPresent() ? "layer " + a.layer().getAsInt() : "output";
            return "{of: " + of + ", exponent: " + a.exponent().text() + "}";
        }

        @Override
        public String oneStepChange(NetworkAssertion.OneStepChange a) {
            return "{exponent: " + a.exponent().text() + ", loss: mse, target: " + number(a.target()) + ", lr: "
                    + number(a.lr()) + "}";
        }

        @Override
        public String featureChange(NetworkAssertion.FeatureChange a) {
            return "{layer: " + a.layer() + ", " + steps(a.steps()) + ", " + scale(a.scale()) + "}";
        }

        @Override
        public String outputChange(NetworkAssertion.OutputChange a) {
            return "{" + steps(a.steps()) + ", " + scale(a.scale()) + "}";
        }

        @Override
        public String lossChange(NetworkAssertion.LossChange a) {
            return "{" + steps(a.steps()) + ", " + scale(a.scale()) + "}";
        }

        @Override
        public String regime(NetworkAssertion.Regime a) {
            return "{is: " + a.regime().spelling() + ", " + steps(a.steps()) + "}";
        }
    };

    private static String steps(GradientSteps s) {
        return s.text();
    }

    private static String scale(Scale scale) {
        return scale.accept(new Scale.Cases<>() {
            @Override
            public String exponent(Scale.Exponent s) {
                return "exponent: " + s.value().text();
            }

            @Override
            public String orderOne(Scale.OrderOne s) {
                return "order: one";
            }

            @Override
            public String vanishes(Scale.Vanishes s) {
                return "vanishes: true";
            }

            @Override
            public String doesNotVanish(Scale.DoesNotVanish s) {
                return "vanishes: false";
            }

            @Override
            public String bound(Scale.Bound s) {
                return "bound: " + number(s.value());
            }
        });
    }

    /** Shortest text that reads back as the same double. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v)
                .toLowerCase(Locale.ROOT);
    }

    /** Free text as a double-quoted YAML scalar that reads back as exactly that text. */
    public static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    // YAML allows none of C0, DEL, C1, U+FFFE and U+FFFF raw, and reads NEL, LS, PS as breaks
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029
                            || c == 0xfffe || c == 0xffff) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
