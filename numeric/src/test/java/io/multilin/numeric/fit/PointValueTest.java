package io.multilin.numeric.fit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointValueTest {

    @Test
    void floorComparisonIsInclusive() {
        assertTrue(new PointValue(1e-14, 1e-14, "gradient").atOrBelowFloor());
        assertFalse(new PointValue(2e-14, 1e-14, "gradient").atOrBelowFloor());
    }

    @Test
    void nanIsCarriedNotHidden() {
        PointValue nan = new PointValue(Double.NaN, 1e-14, "lanczos");
        assertFalse(nan.isFinite());
        assertFalse(new PointValue(1.0, Double.POSITIVE_INFINITY, "x").isFinite());
    }

    @Test
    void negativeValuesAndFloorsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PointValue(-1e-3, 0, "gradient"));
        assertThrows(IllegalArgumentException.class, () -> new PointValue(1, -1e-16, "gradient"));
        assertThrows(NullPointerException.class, () -> new PointValue(1, 0, null));
    }
}
