package io.multilin.numeric.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams derived from (seed, width, purpose, index) by hashing, never from
 * a shared generator, so a result does not depend on which thread computed what first.
 */
public final class SeededRandom {

    private SeededRandom() {
    }

    /** A fresh generator for one purpose. */
    public static UniformRandomProvider stream(long seed, long width, String purpose, long index) {
        long h = mix(seed ^ 0x6a09e667f3bcc909L);
        h = mix(h ^ width);
        h = mix(h ^ stableHash(purpose));
        h = mix(h ^ index);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {h, mix(h + 0x9e3779b97f4a7c15L)});
    }

    /** SplitMix64 finalizer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long stableHash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }
}
