package io.multilin.numeric.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpectraTest {

    @Test
    void singularValuesOfARotatedDiagonalAreItsDiagonal() {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        // R diag(3, 0.2) with R a rotation: singular values 3 and 0.2.
        double[][] m = {{3 * c, -0.2 * s}, {3 * s, 0.2 * c}};
        assertArrayEquals(new double[] {3, 0.2}, Spectra.singularValues(m), 1e-12);
    }

    @Test
    void wideMatricesHaveTheSpectrumOfTheirTranspose() {
        double[][] wide = {{1, 0, 0}, {0, 0, 2}};
        assertArrayEquals(new double[] {2, 1}, Spectra.singularValues(wide), 1e-12);
    }

    @Test
    void nearOneCountAndRestNormSplitTheSpectrum() {
        double[] sv = {2.5, 1.9, 1.0, 0.5, 0.49, 0.3};
        assertEquals(3, Spectra.countNearOne(sv));
        assertEquals(Math.sqrt(2.5 * 2.5 + 0.49 * 0.49 + 0.3 * 0.3), Spectra.restNorm(sv), 1e-12);
    }

    @Test
    void numericalRankIsRelativeToTheLargestValue() {
        assertEquals(2, Spectra.numericalRank(new double[] {10, 1, 0.99, 1e-9}, 0.1));
        assertEquals(0, Spectra.numericalRank(new double[] {0, 0}, 0.1));
    }

    @Test
    void middleLayersAreTheCentralHalf() {
        assertEquals(2, StructureMeasurement.middleFrom(6));
        assertEquals(4, StructureMeasurement.middleTo(6));
        assertEquals(6, StructureMeasurement.middleFrom(20));
        assertEquals(15, StructureMeasurement.middleTo(20));
        assertEquals(1, StructureMeasurement.middleFrom(2));
        assertEquals(1, StructureMeasurement.middleTo(2));
    }

    @Test
    void modePrefersTheSmallerValueOnTies() {
        assertEquals(2, StructureMeasurement.mode(new int[] {3, 2, 2, 3, 5}));
        assertEquals(4, StructureMeasurement.mode(new int[] {4, 4, 1}));
    }
}
