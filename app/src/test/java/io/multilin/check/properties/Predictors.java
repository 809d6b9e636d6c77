package io.multilin.check.properties;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Width;
import io.multilin.symbolic.scaling.MultilinearStructure;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The multilinear degree as the symbolic side predicts it, and deliberately broken variants. */
final class Predictors {

    private Predictors() {
    }

    static int degree(Architecture architecture) {
        Outcome<MultilinearStructure> o = ScalingAnalysis.of(architecture).multilinearStructure();
        if (o instanceof Outcome.Derived<MultilinearStructure> d) {
            return d.value().degree();
        }
        throw new AssertionError("no multilinear degree for " + architecture.widthsSpelling() + ": "
                + ((Outcome.Unsupported<MultilinearStructure>) o).reason());
    }

    static final ToIntFunction<Architecture> REAL = Predictors::degree;

    /** Mutation: the last bottleneck is taken for a wide layer (width m). */
    static final ToIntFunction<Architecture> LAST_BOTTLENECK_AS_WIDE = a -> {
        List<Integer> b = a.bottlenecks();
        if (b.isEmpty()) {
            return degree(a);
        }
        List<Width> widths = new ArrayList<>(a.widths());
        widths.set(b.get(b.size() - 1), Width.parse("m"));
        return degree(new Architecture(widths, a.activation(), a.output(), a.parameterization()));
    };

    /** Mutation: the chain forgets the first layer (the network without its first hidden width). */
    static final ToIntFunction<Architecture> DROPS_FIRST_LAYER = a -> {
        if (a.depth() < 3) {
            return degree(a);
        }
        List<Width> widths = new ArrayList<>(a.widths());
        widths.remove(1);
        return degree(new Architecture(widths, a.activation(), a.output(), a.parameterization()));
    };
}
