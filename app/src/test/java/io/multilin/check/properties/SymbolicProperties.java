package io.multilin.check.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.check.testing.ArchitectureArbitraries;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Symbolic invariants over hundreds of generated linear architectures (ntk coordinates). */
class SymbolicProperties {

    @Property(tries = 500, seed = "20240601")
    void multilinearDegreeIsBottlenecksPlusOne(@ForAll("deepLinear") Architecture architecture) {
        assertEquals(architecture.bottlenecks().size() + 1, Predictors.degree(architecture),
                architecture.widthsSpelling());
    }

    @Property(tries = 300, seed = "20240602")
    void taylorDegreeIsBottlenecksPlusOne(@ForAll("deepLinear") Architecture architecture) {
        Outcome<Integer> degree = ScalingAnalysis.of(architecture).taylorDegree();
        assertEquals(architecture.bottlenecks().size() + 1, ((Outcome.Derived<Integer>) degree).value(),
                architecture.widthsSpelling());
    }

    /**
     * Inserting a copy of a wide hidden width next to it (a new layer inside a segment) keeps
     * the exponent of every old group (layers after the insertion renumbered), the degrees
     * and the Hessian-norm exponent.
     */
    @Property(tries = 300, seed = "20240603")
    void exponentsInvariantUnderAnExtraWideLayerInsideASegment(@ForAll("withWideLayer") Insertion insertion) {
        Architecture before = insertion.architecture();
        List<Width> widths = new ArrayList<>(before.widths());
        widths.add(insertion.position(), widths.get(insertion.position()));
        Architecture after = new Architecture(widths, before.activation(), before.output(), before.parameterization());
        ScalingAnalysis a = ScalingAnalysis.of(before);
        ScalingAnalysis b = ScalingAnalysis.of(after);
        String where = before.widthsSpelling() + " -> " + after.widthsSpelling();
        assertEquals(value(a.taylorDegree()), value(b.taylorDegree()), where);
        assertEquals(Predictors.degree(before), Predictors.degree(after), where);
        assertEquals(value(a.exponent(new Quantity.HessianNorm())), value(b.exponent(new Quantity.HessianNorm())), where);
        Map<Set<Integer>, Outcome<Exponent>> old = a.groupExponents();
        Map<Set<Integer>, Outcome<Exponent>> grown = b.groupExponents();
        int inserted = insertion.position() + 1;
        for (Map.Entry<Set<Integer>, Outcome<Exponent>> e : old.entrySet()) {
            Set<Integer> shifted = new TreeSet<>();
            e.getKey().forEach(l -> shifted.add(l >= inserted ? l + 1 : l));
            assertEquals(value(e.getValue()), value(grown.get(shifted)), where + " group " + e.getKey() + " -> "
                    + shifted);
        }
    }

    record Insertion(Architecture architecture, int position) {
    }

    @Provide
    Arbitrary<Architecture> deepLinear() {
        return ArchitectureArbitraries.linearNtkNetworks(12);
    }

    @Provide
    Arbitrary<Insertion> withWideLayer() {
        return ArchitectureArbitraries.linearNtkNetworks(8)
                .filter(a -> a.depth() - 1 > a.bottlenecks().size())
                .flatMap(a -> {
                    List<Integer> wide = new ArrayList<>();
                    for (int i = 1; i < a.depth(); i++) {
                        if (!a.width(i).isFixed()) {
                            wide.add(i);
                        }
                    }
                    return Arbitraries.of(wide).map(i -> new Insertion(a, i));
                });
    }

    private static Object value(Outcome<?> outcome) {
        return outcome instanceof Outcome.Derived<?> d ? d.value() : outcome;
    }

}
