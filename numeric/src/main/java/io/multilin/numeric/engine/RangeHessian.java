package io.multilin.numeric.engine;

/**
 * The Hessian of f (one side of {@link RangeCoordinates}) or the augmented operator
 * {@code [[0, H_AB], [H_BA, 0]]} of an off-diagonal block (two sides: rows A, columns B) in
 * range coordinates, plus the start's null coordinate, which it maps to zero. Symmetric, with
 * the nonzero eigenvalues of the dense operator; each product costs the W matvecs of one dense
 * HVP (two for the augmented operator) and no weight-sized memory.
 */
final class RangeHessian implements SymmetricOperator {

    private final Derivatives derivatives;
    private final RangeCoordinates coordinates;
    /** Factor buffers of each side, for the product's input and then its output. */
    private final double[][][] p;
    private final double[][][] q;

    RangeHessian(Derivatives derivatives, RangeCoordinates coordinates) {
        if (coordinates.sides() < 1 || coordinates.sides() > 2) {
            throw new IllegalArgumentException("a Hessian operator has one side (H) or two (a block)");
        }
        this.derivatives = derivatives;
        this.coordinates = coordinates;
        int sides = coordinates.sides();
        p = new double[sides][][];
        q = new double[sides][][];
        for (int s = 0; s < sides; s++) {
            p[s] = coordinates.newBuffers(s, false);
            q[s] = coordinates.newBuffers(s, true);
        }
    }

    @Override
    public int dimension() {
        return coordinates.size() + 1;
    }

    @Override
    public void apply(double[] in, double[] out, double beta) {
        if (coordinates.sides() == 1) {
            product(in, 0, out, 0, beta);
        } else {
            product(in, 1, out, 0, beta);
            product(in, 0, out, 1, beta);
        }
        int k = coordinates.size();
        out[k] = beta == 0 ? 0 : beta * out[k];
    }

    /** Side {@code to} of out gets {@code H_{to, from}} applied to side {@code from} of in. */
    private void product(double[] in, int from, double[] out, int to, double beta) {
        coordinates.decode(in, from, p[from], q[from]);
        derivatives.factoredHessianTimes(p[from], q[from], p[to], q[to]);
        coordinates.encode(p[to], q[to], to, out, beta);
    }
}
