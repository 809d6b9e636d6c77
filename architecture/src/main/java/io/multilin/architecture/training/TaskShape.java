package io.multilin.architecture.training;

/**
 * The generated task of a training claim: a latent {@code z ~ N(0, I_latent)}, inputs
 * {@code x = g(z)} in R^inputs and targets {@code y = h(z_1..z_uses)} in R^outputs, with g and h
 * small random tanh networks of hidden width {@code generatorWidth}; {@code samples} pairs. The
 * target factors through R^uses by construction.
 */
public record TaskShape(int latent, int inputs, int uses, int outputs, int generatorWidth, int samples) {

    public TaskShape {
        positive("latent dimension", latent);
        positive("input dimension", inputs);
        positive("latent coordinates used", uses);
        positive("output dimension", outputs);
        positive("generator width", generatorWidth);
        positive("samples", samples);
        if (uses >= latent) {
            throw new IllegalArgumentException("the target must read fewer latent coordinates than exist, got uses = "
                    + uses + ", latent = " + latent);
        }
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
