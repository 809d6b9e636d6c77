package io.multilin.numeric.ball;

import io.multilin.numeric.engine.LanczosNorm;

/**
 * The Lanczos budget of a measured eigen- or singular value (not of a probe direction, which
 * any vector serves): stop when the relative Ritz residual is below {@code tolerance}, after at
 * most {@code maxIterations}, and report the value as unconverged (a lower bound) when the cap
 * comes first. Lanczos stops as soon as it converges, so a generous cap costs nothing where it
 * is not needed. Most values of the library's networks converge in 30 to 65 iterations at
 * m = 512; diagonal blocks of a segment (clustered top singular values) need more than 80 at a
 * few ball points, hence 160.
 *
 * <p>Why a residual of 1e-3: it proves the value is within 0.1% of an eigenvalue (Ritz value
 * and residual bound), and the error of the top value itself is about residual^2 / gap,
 * measured at 1e-6 to 5e-6 on the library's networks at m = 512, against 3e-4 to 1e-2 for the
 * former fixed 20 iterations (which reached a residual of 1e-2 only). The fits look at
 * exponents within 0.15: far coarser than either.
 */
record LanczosBudget(int maxIterations, double tolerance) {

    static final LanczosBudget VALUES = new LanczosBudget(160, 1e-3);

    LanczosBudget {
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("a Lanczos budget needs iterations >= 1 and a positive tolerance");
        }
    }

    LanczosNorm.Options options(long seed, boolean wantVector) {
        return new LanczosNorm.Options(seed, maxIterations, tolerance, wantVector);
    }
}
