package io.multilin.bench;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.TaylorMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tasks of bench/bench_torch.py and bench/bench_jax.py on the same network (ntk tanh,
 * widths [16, m, m, m, m, m, 1], float64), printed as the same CSV columns.
 */
public final class NumericBenchmark {

    private NumericBenchmark() {
    }

    public static void main(String[] args) {
        long[] widths = args.length > 0 ? parse(args) : new long[] {256, 1024, 2048};
        System.out.println("tool,task,width,depth,seconds_median,repeats");
        for (long m : widths) {
            run(m);
        }
    }

    private static void run(long m) {
        List<Width> ws = new ArrayList<>();
        ws.add(new Width.Fixed(16));
        for (int i = 0; i < 5; i++) {
            ws.add(Width.parse("m"));
        }
        ws.add(new Width.Fixed(1));
        Architecture arch = new Architecture(ws, new Activation.Tanh(), new Parameterization.Ntk());
        Network network = Network.of(arch, m);
        double[] w = Initialization.weights(network, 1);
        double[] x = Initialization.inputs(network, 1, 1)[0];
        double[] u = Initialization.unitDirection(network, 1, 0);
        double[] out = new double[w.length];
        int depth = network.depth();
        int repeats = m >= 2048 ? 3 : 5;

        double grad = Timer.medianSeconds(2, repeats, () -> new Derivatives(network, w, x).gradient(out));
        emit("grad", m, depth, grad, repeats);
        Derivatives at = new Derivatives(network, w, x);
        double hvp = Timer.medianSeconds(2, repeats, () -> at.hessianTimes(u, out));
        emit("hvp", m, depth, hvp, repeats);
        // a tolerance no Ritz residual reaches: exactly 30 steps, as in the Python baselines
        LanczosNorm.Options thirty = new LanczosNorm.Options(1, 30, 1e-300, false);
        double lanczos = Timer.medianSeconds(1, 3, () -> HessianNorms.hessian(at, thirty));
        emit("lanczos30", m, depth, lanczos, 3);
        TaylorMode taylor = new TaylorMode(network, 4);
        double jet = Timer.medianSeconds(2, repeats, () -> taylor.coefficients(w, u, x));
        emit("taylor_order4", m, depth, jet, repeats);
        System.err.printf(Locale.ROOT, "m=%d ||H|| (30 Lanczos steps) = %.6g%n", m,
                HessianNorms.hessian(at, thirty).magnitude());
    }

    private static void emit(String task, long m, int depth, double seconds, int repeats) {
        System.out.printf(Locale.ROOT, "multilin-java,%s,%d,%d,%.6g,%d%n", task, m, depth, seconds, repeats);
    }

    private static long[] parse(String[] args) {
        long[] result = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            result[i] = Long.parseLong(args[i]);
        }
        return result;
    }
}
