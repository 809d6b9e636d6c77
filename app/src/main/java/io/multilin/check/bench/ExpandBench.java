package io.multilin.check.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.SegmentPartition;
import io.multilin.symbolic.exact.ConcreteNetwork;
import io.multilin.symbolic.exact.NetworkPolynomial;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench expand}: the exact expansion of a network's first output as a polynomial in its
 * weights, at concrete widths, with its degree in every layer and in every segment read off the
 * expansion. The input is {@code x = (1, ..., n_0)}, as in bench/bench_sympy.py, so that no
 * monomial vanishes and both tools expand the same polynomial (one monomial per path for a
 * linear network). The timed work is the expansion and the degrees together: a degree is what
 * a claim asks about.
 */
final class ExpandBench {

    private ExpandBench() {
    }

    record Result(int monomials, List<Integer> layerDegrees, List<Integer> segmentDegrees) {
    }

    static Result expandOnce(Architecture architecture, int[] widths) {
        double[] x = new double[widths[0]];
        for (int j = 0; j < x.length; j++) {
            x[j] = 1.0 + j;
        }
        NetworkPolynomial polynomial = NetworkPolynomial.of(new ConcreteNetwork(widths, architecture.activation(),
                architecture.output(), x, unitMultipliers(widths.length - 1)));
        Integer[] layers = new Integer[widths.length - 1];
        for (int l = 1; l < widths.length; l++) {
            layers[l - 1] = polynomial.degreeInLayer(l);
        }
        SegmentPartition segments = architecture.segments();
        return new Result(polynomial.output().size(), List.of(layers), polynomial.degreesBySegment(segments));
    }

    /** Unit multipliers: the structure of the expansion, not the parameterization, is what is timed. */
    private static double[] unitMultipliers(int depth) {
        double[] ones = new double[depth];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    static ObjectNode run(BenchOutput output, Architecture architecture, int[] widths, MedianTimer timer)
            throws InterruptedException {
        MedianTimer.Timing timing = timer.time(() -> expandOnce(architecture, widths));
        Result result = (Result) timing.lastResult();
        ObjectNode line = output.line("expand");
        BenchOutput.putInts(line, "widths", Arrays.stream(widths).boxed().toList());
        line.put("activation", architecture.activation().spelling());
        line.put("monomials", result.monomials());
        line.put("seconds", timing.medianSeconds());
        line.put("seconds_min", timing.minSeconds());
        line.put("repeats", timing.repeats());
        BenchOutput.putInts(line, "degree_per_layer", result.layerDegrees());
        BenchOutput.putInts(line, "degree_per_segment", result.segmentDegrees());
        return line;
    }
}
