/**
 * Networks on flat {@code double[]} weights: forward passes, Taylor mode, gradients, exact
 * Hessian-vector products, Lanczos norms in range coordinates.
 *
 * <p>Speed without changing a bit: the workspaces ({@code ForwardPass}, {@code TaylorMode},
 * {@code Derivatives}) take an optional {@link io.multilin.numeric.engine.Kernels} owned by the
 * caller (default: the calling thread only). {@code RowKernels} and {@code SeriesKernels} split
 * each layer into chunks fixed by its shape, products {@code W a} by rows and {@code W^T v} by
 * columns, so every entry is one thread's sum in the old order; their row dot products run on
 * SIMD registers when the JVM was started with {@code --add-modules jdk.incubator.vector}
 * ({@code Simd}, {@code VectorRows}), with the lanes laid out as the scalar loop's
 * accumulators. Results are therefore the same for any thread count, with or without the
 * module, and equal to the single-threaded loops this package had before.
 */
package io.multilin.numeric.engine;
