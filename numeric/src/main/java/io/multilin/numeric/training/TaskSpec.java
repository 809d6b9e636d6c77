package io.multilin.numeric.training;

/**
 * A synthetic task whose target factors through R^k by construction: a latent
 * {@code z ~ N(0, I_q)}, inputs {@code x = g(z)} in R^inputDim and targets
 * {@code y = h(z_1..z_k)} in R^outputDim, with g and h small random tanh networks (one hidden
 * layer of {@code generatorWidth}, no biases). The paper's example is q = 8, inputDim = 20,
 * k = 2.
 *
 * @param latentDim      q
 * @param inputDim       dimension of x
 * @param latentUsed     k: the number of leading latent coordinates the target reads (k < q)
 * @param outputDim      dimension of y
 * @param generatorWidth hidden width of g and h
 * @param samples        number of training pairs N
 */
public record TaskSpec(int latentDim, int inputDim, int latentUsed, int outputDim,
                       int generatorWidth, int samples) {

    public TaskSpec {
        positive("latent dimension", latentDim);
        positive("input dimension", inputDim);
        positive("latent coordinates used", latentUsed);
        positive("output dimension", outputDim);
        positive("generator width", generatorWidth);
        positive("samples", samples);
        if (latentUsed >= latentDim) {
            throw new IllegalArgumentException("the target must read fewer latent coordinates than exist (k < q), got k = "
                    + latentUsed + ", q = " + latentDim);
        }
    }

    /** The paper's example: q = 8, input dimension 20, k = 2; here with 6 outputs. */
    public static TaskSpec jacotExample(int samples) {
        return new TaskSpec(8, 20, 2, 6, 16, samples);
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
