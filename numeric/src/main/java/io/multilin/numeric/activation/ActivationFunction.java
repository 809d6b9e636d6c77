package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;
import java.util.OptionalInt;

/**
 * A pointwise nonlinearity evaluated in double precision: value, first and second derivative
 * (what forward passes, gradients and Hessian-vector products need), and for analytic
 * functions all derivatives up to {@link #MAX_ORDER} (what Taylor-mode propagation needs).
 */
public sealed interface ActivationFunction
        permits Identity, Relu, Tanh, Sigmoid, Softplus, Gelu, PolynomialActivation {

    /** Highest derivative order {@link #derivatives} supports. */
    int MAX_ORDER = 16;

    /** The architecture-level activation this evaluates. */
    Activation activation();

    double value(double z);

    double first(double z);

    double second(double z);

    /** True when {@link #derivatives} applies (the function is real-analytic). */
    boolean isAnalytic();

    /** The degree when the function is a polynomial, empty otherwise. */
    default OptionalInt polynomialDegree() {
        return OptionalInt.empty();
    }

    /**
     * Fills {@code out[0..order]} with {@code sigma^{(j)}(z)}.
     *
     * @throws UnsupportedOperationException when the function is not analytic (relu)
     * @throws IllegalArgumentException when order exceeds {@link #MAX_ORDER}
     */
    void derivatives(double z, int order, double[] out);

    /** The evaluator for an architecture-level activation. */
    static ActivationFunction of(Activation activation) {
        if (activation instanceof Activation.Linear) {
            return new Identity();
        } else if (activation instanceof Activation.Relu) {
            return new Relu();
        } else if (activation instanceof Activation.Tanh) {
            return new Tanh();
        } else if (activation instanceof Activation.Sigmoid) {
            return new Sigmoid();
        } else if (activation instanceof Activation.Softplus) {
            return new Softplus();
        } else if (activation instanceof Activation.Gelu) {
            return new Gelu();
        } else if (activation instanceof Activation.Polynomial p) {
            return new PolynomialActivation(p);
        }
        throw new IllegalArgumentException("no evaluator for activation " + activation.spelling());
    }

    static void checkOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("derivative order must be in 0.." + MAX_ORDER + ", got " + order);
        }
    }
}
