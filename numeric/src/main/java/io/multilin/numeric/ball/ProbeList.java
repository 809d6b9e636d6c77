package io.multilin.numeric.ball;

import java.util.ArrayList;
import java.util.List;

/**
 * Probes in evaluation order, and the probes a budget left out, each written
 * {@code "name: reason"}. A measure evaluates every probe of its list and passes the dropped
 * ones on to its {@link io.multilin.numeric.fit.PointValue}: a value with dropped probes is a
 * lower bound of what the full list would give, never silently.
 */
record ProbeList(List<Probe> probes, List<String> dropped) {

    ProbeList {
        probes = List.copyOf(probes);
        dropped = List.copyOf(dropped);
    }

    static ProbeList of(Probe... probes) {
        return new ProbeList(List.of(probes), List.of());
    }

    static ProbeList of(List<Probe> probes) {
        return new ProbeList(probes, List.of());
    }

    ProbeList plus(Probe probe) {
        return plus(of(probe));
    }

    ProbeList plus(List<Probe> more) {
        return plus(of(more));
    }

    ProbeList plus(ProbeList more) {
        List<Probe> all = new ArrayList<>(probes);
        all.addAll(more.probes);
        List<String> left = new ArrayList<>(dropped);
        left.addAll(more.dropped);
        return new ProbeList(all, left);
    }

    List<String> names() {
        return probes.stream().map(Probe::name).toList();
    }
}
