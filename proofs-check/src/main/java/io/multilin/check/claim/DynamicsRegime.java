package io.multilin.check.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The regimes a dynamics claim may assert, decided from how every layer's feature change scales
 * at the claimed steps (docs/DYNAMICS.md section 2), in this order: some layer's change grows
 * (unstable); else the last hidden layer moves by order one (feature learning); else it vanishes
 * and the output moves by order one (lazy, the kernel regime); else the output's change vanishes
 * too (trivial: stationary).
 */
public enum DynamicsRegime {
    UNSTABLE("unstable"),
    FEATURE_LEARNING("feature-learning"),
    LAZY("lazy"),
    TRIVIAL("trivial");

    private final String spelling;

    DynamicsRegime(String spelling) {
        this.spelling = spelling;
    }

    /** As claim files write it. */
    public String spelling() {
        return spelling;
    }

    public static Optional<DynamicsRegime> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.spelling.equals(text)).findFirst();
    }

    public static List<String> spellings() {
        return Arrays.stream(values()).map(DynamicsRegime::spelling).toList();
    }
}
