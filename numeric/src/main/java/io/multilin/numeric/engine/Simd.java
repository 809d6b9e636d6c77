package io.multilin.numeric.engine;

/**
 * Whether the row kernels use {@link VectorRows} and {@link VectorSeries}: only when the JVM resolved the incubating
 * {@code jdk.incubator.vector} module ({@code --add-modules jdk.incubator.vector}) and the
 * class links; otherwise (a plain JDK launch) the scalar loops run. Both give the same bits,
 * so this is a speed switch, never a numerical one. {@code -Dmultilin.simd=false} forces the
 * scalar loops (to compare the two). Decided once per JVM: a constant, not mutable state.
 */
final class Simd {

    static final boolean ENABLED = detect();

    private Simd() {
    }

    private static boolean detect() {
        if (!Boolean.parseBoolean(System.getProperty("multilin.simd", "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            double[] probe = {1, 2, 3, 4, 5};
            return VectorRows.dot(probe, 0, probe, 0, 5) == Vectors.dot(probe, probe);
        } catch (LinkageError e) {
            return false;
        }
    }
}
