package io.multilin.symbolic.rank;

import java.util.Objects;

/**
 * The generating construction of a synthetic training task, as the symbolic side sees it: a
 * latent {@code z in R^q}; the target {@code y = H2 tanh(H1 (z_1..z_k))}; optionally the input
 * map {@code x = G2 tanh(G1 z)}. The matrices are the very ones the numeric side generated
 * ({@code io.multilin.numeric.training.SyntheticTask}); each double is taken as the exact
 * rational it represents, so the algebra is exact.
 *
 * @param latentDim    q
 * @param targetFirst  H1, {@code hidden x k}: its column count is the number k of latent
 *                     coordinates the target reads (z_1..z_k)
 * @param targetSecond H2, {@code outputs x hidden}
 * @param inputFirst   G1, {@code hidden x q}, or null when the input map is not given
 * @param inputSecond  G2, {@code inputDim x hidden}, or null
 */
public record TaskSpec(int latentDim, double[][] targetFirst, double[][] targetSecond,
                       double[][] inputFirst, double[][] inputSecond) {

    public TaskSpec {
        Objects.requireNonNull(targetFirst, "targetFirst");
        Objects.requireNonNull(targetSecond, "targetSecond");
        if (latentDim < 1) {
            throw new IllegalArgumentException("latent dimension must be positive, got " + latentDim);
        }
        checkShape("H1", targetFirst, -1);
        checkShape("H2", targetSecond, targetFirst.length);
        if (targetFirst[0].length > latentDim) {
            throw new IllegalArgumentException("H1 reads " + targetFirst[0].length + " latent coordinates, only "
                    + latentDim + " exist");
        }
        if ((inputFirst == null) != (inputSecond == null)) {
            throw new IllegalArgumentException("give both input matrices G1, G2 or neither");
        }
        if (inputFirst != null) {
            checkShape("G1", inputFirst, latentDim);
            checkShape("G2", inputSecond, inputFirst.length);
        }
    }

    /** The target construction alone (no input map). */
    public static TaskSpec ofTarget(int latentDim, double[][] targetFirst, double[][] targetSecond) {
        return new TaskSpec(latentDim, targetFirst, targetSecond, null, null);
    }

    /** k: the latent coordinates the target reads. */
    public int latentUsed() {
        return targetFirst[0].length;
    }

    public int outputDim() {
        return targetSecond.length;
    }

    public boolean hasInputMap() {
        return inputFirst != null;
    }

    private static void checkShape(String name, double[][] m, int columns) {
        if (m.length == 0 || m[0].length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (double[] row : m) {
            if (row.length != m[0].length) {
                throw new IllegalArgumentException(name + " is ragged");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(name + " has a non-finite entry " + v);
                }
            }
        }
        if (columns >= 0 && m[0].length != columns) {
            throw new IllegalArgumentException(name + " has " + m[0].length + " columns, expected " + columns);
        }
    }
}
