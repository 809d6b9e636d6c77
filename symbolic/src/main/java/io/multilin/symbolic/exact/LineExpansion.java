package io.multilin.symbolic.exact;

import java.util.List;

/** f(w0 + t*delta) as a polynomial in t, coefficient arrays propagated layer by layer. */
final class LineExpansion {

    private LineExpansion() {
    }

    static double[] coefficients(ConcreteNetwork network, double[] w0, double[] delta) {
        int[] n = network.widths();
        WeightVariables vars = new WeightVariables(n, false);
        if (w0.length != vars.parameterCount() || delta.length != vars.parameterCount()) {
            throw new IllegalArgumentException("expected " + vars.parameterCount() + " parameters");
        }
        double[] alphas = network.alphas();
        double[] x = network.x();
        double[][] a = new double[n[0]][];
        for (int j = 0; j < n[0]; j++) {
            a[j] = new double[] {x[j]};
        }
        int depth = network.depth();
        for (int l = 1; l <= depth; l++) {
            int rows = l == depth ? 1 : n[l];
            double[][] next = new double[rows][];
            for (int i = 0; i < rows; i++) {
                double[] z = new double[0];
                for (int j = 0; j < n[l - 1]; j++) {
                    int p = vars.w(l, i, j);
                    z = add(z, times(new double[] {w0[p], delta[p]}, a[j]));
                }
                next[i] = activate(l == depth ? network.output() : network.hidden(), scale(z, alphas[l - 1]));
            }
            a = next;
        }
        return a[0].length == 0 ? new double[] {0.0} : a[0];
    }

    private static double[] activate(io.multilin.architecture.Activation activation, double[] z) {
        if (PolynomialActivation.isIdentity(activation)) {
            return z;
        }
        List<Double> c = PolynomialActivation.coefficients(activation);
        double[] result = {c.get(c.size() - 1)};
        for (int k = c.size() - 2; k >= 0; k--) {
            result = add(times(result, z), new double[] {c.get(k)});
        }
        return result;
    }

    private static double[] add(double[] p, double[] q) {
        double[] r = new double[Math.max(p.length, q.length)];
        for (int i = 0; i < p.length; i++) {
            r[i] += p[i];
        }
        for (int i = 0; i < q.length; i++) {
            r[i] += q[i];
        }
        return r;
    }

    private static double[] times(double[] p, double[] q) {
        if (p.length == 0 || q.length == 0) {
            return new double[0];
        }
        double[] r = new double[p.length + q.length - 1];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) {
                r[i + j] += p[i] * q[j];
            }
        }
        return r;
    }

    private static double[] scale(double[] p, double s) {
        double[] r = p.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] *= s;
        }
        return r;
    }
}
