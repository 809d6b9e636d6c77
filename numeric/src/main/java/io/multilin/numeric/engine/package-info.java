/**
 * Networks on flat {@code double[]} weights: forward passes, Taylor mode, gradients, exact
 * Hessian-vector products, Lanczos norms in range coordinates.
 *
 * <p>Speed that the results cannot see: the workspaces ({@code ForwardPass},
 * {@code TaylorMode}, {@code Derivatives}) take an optional
 * {@link io.multilin.numeric.engine.Kernels} owned by the caller (default: the calling thread
 * only). {@code RowKernels} and {@code SeriesKernels} split
 * each layer into chunks fixed by its shape, products {@code W a} by rows and {@code W^T v} by
 * columns, so every entry is one thread's sum in a fixed order; their row dot products run on
 * SIMD registers when the JVM was started with {@code --add-modules jdk.incubator.vector}
 * ({@code Simd}, {@code VectorRows}, {@code VectorSeries}), with the lanes laid out as the
 * scalar loop's accumulators. Results are therefore the same for any thread count, with or
 * without the module. {@code RowKernels} also equals the single-threaded loops this package
 * had before; Taylor mode's {@code SeriesKernels} sums each {@code W a_k + U a_{k-1}} as one
 * chain of fused multiply-adds ({@code FusedDots}), within rounding of those loops, not equal.
 *
 * <p>Work skipped because it can only produce exact zeros (results equal up to the sign of
 * zero): Taylor mode along a row source stops each layer's series at the order the direction
 * can reach there; the factored Hessian product of a linear network ({@code FactoredProduct})
 * skips the forward tangent above its output layers and {@code W^T gDot} above its input
 * layers. Short seeded Lanczos runs keep their vectors for the Ritz vector rather than
 * regenerating them (the same operations, the same bits).
 */
package io.multilin.numeric.engine;
