package io.multilin.check.sides.real;

import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers each (width, seed) cell, so a sweep repeated with more seeds only measures the new ones. */
final class CachedCells implements CellMeasurement {

    private record Key(long m, long seed) {
    }

    private final CellMeasurement measurement;
    private final Map<Key, PointValue> values = new ConcurrentHashMap<>();

    CachedCells(CellMeasurement measurement) {
        this.measurement = measurement;
    }

    @Override
    public PointValue measure(long m, long seed) throws Exception {
        Key key = new Key(m, seed);
        PointValue known = values.get(key);
        if (known != null) {
            return known;
        }
        PointValue value = measurement.measure(m, seed);
        values.put(key, value);
        return value;
    }
}
