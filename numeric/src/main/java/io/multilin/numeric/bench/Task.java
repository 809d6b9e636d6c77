package io.multilin.numeric.bench;

/**
 * The kernels {@link KernelBench} times, each with how many weight-sized arrays one call
 * streams, counted per layer from the loops' own passes ({@link #passes}): a pass reads (or
 * writes) every entry of one weight-sized array of that layer once, 8 bytes each.
 */
public sealed interface Task {

    /** Weight-sized passes over layer l (1..depth) that one call makes. */
    double passes(int l);

    /** A short name for reports: forward, along, taylor4, hvp, lanczos30. */
    String label();

    /** The bench task it is, without its parameters: forward, along, taylor, hvp, lanczos. */
    String name();

    /** {@code ForwardPass.evaluate}: reads W once. */
    record Forward() implements Task {
        public double passes(int l) {
            return 1;
        }

        public String name() {
            return "forward";
        }

        public String label() {
            return "forward";
        }
    }

    /** {@code ForwardPass.evaluateAlong(w, u, t, x)}, {@code t != 0}: reads W and U once each. */
    record Along() implements Task {
        public double passes(int l) {
            return 2;
        }

        public String name() {
            return "along";
        }

        public String label() {
            return "along";
        }
    }

    /** {@code TaylorMode.coefficients(w, u, x)} of the given order: reads W and U once each. */
    record Taylor(int order) implements Task {
        public Taylor {
            if (order < 0) {
                throw new IllegalArgumentException("Taylor order must be >= 0, not " + order);
            }
        }

        public double passes(int l) {
            return 2;
        }

        public String name() {
            return "taylor";
        }

        public String label() {
            return "taylor" + order;
        }
    }

    /**
     * {@code Derivatives.hessianTimes(v, out)} at a point whose primal passes are done (not
     * timed): the tangent forward reads V_l and (above layer 1, where a_0 does not move) W_l;
     * the tangent backward reads W_l and V_l (except layer 1, which propagates nothing) and
     * writes out_l once. Five passes per layer above the first, two on the first.
     */
    record Hvp() implements Task {
        public double passes(int l) {
            return l == 1 ? 2 : 5;
        }

        public String name() {
            return "hvp";
        }

        public String label() {
            return "hvp";
        }
    }

    /**
     * {@code HessianNorms.hessian} with exactly this many Lanczos steps and no Ritz vector. Each
     * step is one range-coordinate HVP: W_l read in the tangent forward and in the tangent
     * backward, except layer 1 (neither). The seeded start vector (P Gaussians drawn once per
     * call, compute-bound) is timed but streams no weight-sized array, so this task stays well
     * below the bandwidth.
     */
    record Lanczos(int iterations) implements Task {
        public Lanczos {
            if (iterations < 1) {
                throw new IllegalArgumentException("Lanczos needs at least one step, not " + iterations);
            }
        }

        public double passes(int l) {
            return l == 1 ? 0 : 2.0 * iterations;
        }

        public String name() {
            return "lanczos";
        }

        public String label() {
            return "lanczos" + iterations;
        }
    }
}
