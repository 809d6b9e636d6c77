package io.multilin.numeric.training;

import io.multilin.numeric.activation.ActivationFunction;
import java.util.Arrays;

/** The measurements of docs/TRAINING-CLAIMS.md on one trained network. */
public final class StructureMeasurement {

    /** Inputs at which the Jacobian rank is measured (the first ones of the data set). */
    static final int JACOBIAN_SAMPLES = 32;

    private StructureMeasurement() {
    }

    /** First middle layer: the smallest l with {@code 4 l > L}. */
    public static int middleFrom(int depth) {
        return depth / 4 + 1;
    }

    /** Last middle layer: the largest l with {@code 4 l <= 3 L}. */
    public static int middleTo(int depth) {
        return Math.max(middleFrom(depth), (3 * depth) / 4);
    }

    public static DepthResult measure(TrainableNetwork network, SyntheticTask data, TrainingRun run) {
        double[] theta = run.parameters();
        int depth = network.depth();
        double[][] sv = new double[depth][];
        int[] counts = new int[depth];
        for (int l = 1; l <= depth; l++) {
            sv[l - 1] = Spectra.singularValues(network.weightMatrix(theta, l));
            counts[l - 1] = Spectra.countNearOne(sv[l - 1]);
        }
        int from = middleFrom(depth);
        int to = Math.min(middleTo(depth), depth);
        int[] middleCounts = Arrays.copyOfRange(counts, from - 1, to);
        int mode = mode(middleCounts);
        int agreeing = (int) Arrays.stream(middleCounts).filter(c -> c == mode).count();
        double sumSquares = 0;
        double largestRest = 0;
        for (int l = from; l <= to; l++) {
            double rest = Spectra.restNorm(sv[l - 1]);
            sumSquares += rest * rest;
            for (double s : sv[l - 1]) {
                if (s < Spectra.NEAR_ONE_LOW || s > Spectra.NEAR_ONE_HIGH) {
                    largestRest = Math.max(largestRest, s);
                }
            }
        }
        double restRms = Math.sqrt(sumSquares / (to - from + 1));
        int[] repRanks = representationRanks(network, data, theta);
        int repFrom = from;
        int repTo = Math.min(to, depth - 1);
        int repMode = repTo >= repFrom ? mode(Arrays.copyOfRange(repRanks, repFrom - 1, repTo)) : 0;
        int[] jac = jacobianRanks(network, data, theta);
        int[] sortedJac = jac.clone();
        Arrays.sort(sortedJac);
        return new DepthResult(depth, sv, counts, from, to, mode, agreeing, restRms, largestRest, repRanks, repMode,
                jac, sortedJac[(sortedJac.length - 1) / 2], run);
    }

    /** Numerical rank of the centred matrix of each hidden representation over all the data. */
    static int[] representationRanks(TrainableNetwork network, SyntheticTask data, double[] theta) {
        int depth = network.depth();
        int n = data.samples();
        double[][] reps = new double[depth][];
        for (int l = 1; l < depth; l++) {
            reps[l] = new double[n * network.width(l)];
        }
        BatchedPass pass = new BatchedPass(network, RegularizedLoss.CHUNK);
        for (int start = 0; start < n; start += RegularizedLoss.CHUNK) {
            int count = Math.min(RegularizedLoss.CHUNK, n - start);
            pass.forward(theta, data.inputs(), start, count);
            for (int l = 1; l < depth; l++) {
                double[] a = pass.activations(l);
                System.arraycopy(a, 0, reps[l], start * network.width(l), a.length);
            }
        }
        int[] ranks = new int[Math.max(0, depth - 1)];
        for (int l = 1; l < depth; l++) {
            double[] c = Spectra.centredColumns(reps[l], n, network.width(l));
            ranks[l - 1] = Spectra.numericalRank(Spectra.singularValues(c, n, network.width(l)),
                    Spectra.RELATIVE_RANK_TOLERANCE);
        }
        return ranks;
    }

    /**
     * Numerical rank of {@code df/dx = W_L D_{L-1} W_{L-1} ... D_1 W_1} (D = diag sigma'(z_l)) at
     * the first {@value #JACOBIAN_SAMPLES} inputs, accumulated as an exact product.
     */
    static int[] jacobianRanks(TrainableNetwork network, SyntheticTask data, double[] theta) {
        int count = Math.min(JACOBIAN_SAMPLES, data.samples());
        int depth = network.depth();
        int n0 = network.width(0);
        ActivationFunction sigma = network.activation();
        int[] ranks = new int[count];
        BatchedPass pass = new BatchedPass(network, 1);
        for (int s = 0; s < count; s++) {
            pass.forward(theta, data.inputs(), s, 1);
            double[] jac = new double[n0 * n0];
            for (int i = 0; i < n0; i++) {
                jac[i * n0 + i] = 1;
            }
            for (int l = 1; l <= depth; l++) {
                int rows = network.width(l);
                int cols = network.width(l - 1);
                double[] z = l < depth ? pass.preActivations(l) : null;
                double[] next = new double[rows * n0];
                int off = network.weightOffset(l);
                for (int i = 0; i < rows; i++) {
                    double d = l < depth ? sigma.first(z[i]) : 1.0;
                    if (d == 0) {
                        continue;
                    }
                    for (int j = 0; j < cols; j++) {
                        double w = d * theta[off + i * cols + j];
                        for (int c = 0; c < n0; c++) {
                            next[i * n0 + c] += w * jac[j * n0 + c];
                        }
                    }
                }
                jac = next;
            }
            ranks[s] = Spectra.numericalRank(Spectra.singularValues(jac, network.width(depth), n0),
                    Spectra.RELATIVE_RANK_TOLERANCE);
        }
        return ranks;
    }

    /** Most frequent value, the smaller one on ties. */
    static int mode(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int best = sorted[0];
        int bestRun = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestRun) {
                best = sorted[i];
                bestRun = j - i;
            }
            i = j;
        }
        return best;
    }
}
