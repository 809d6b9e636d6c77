package io.multilin.numeric.engine;

/** A symmetric linear operator given by its product, in the accumulating form Lanczos needs. */
public interface SymmetricOperator {

    int dimension();

    /**
     * {@code out = A in + beta out}. With {@code beta == 0} the old content of out is ignored.
     * {@code in} and {@code out} are distinct arrays.
     */
    void apply(double[] in, double[] out, double beta);
}
