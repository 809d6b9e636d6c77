package io.multilin.check.claim;

import io.multilin.architecture.Exponent;
import java.util.OptionalInt;

/**
 * The assertions of network claims (docs/CLAIMS.md): about a network around its initialization,
 * each compiled by the planner into expectations on quantities of the width m.
 */
public sealed interface NetworkAssertion extends Assertion {

    <R> R accept(Cases<R> cases);

    @Override
    default <R> R accept(NetworkAssertion.Cases<R> network, TrainingAssertion.Cases<R> training) {
        return accept(network);
    }

    /** One method per kind: a new kind is a compile error in every implementation until handled. */
    interface Cases<R> {
        R multilinearDegree(MultilinearDegree a);

        R taylorDegree(TaylorDegree a);

        R linear(Linear a);

        R hessianNorm(HessianNorm a);

        R hessianBlock(HessianBlock a);

        R tangentKernel(TangentKernel a);

        R initScale(InitScale a);

        R oneStepChange(OneStepChange a);

        R stationaryAtInit(StationaryAtInit a);

        R featureChange(FeatureChange a);

        R outputChange(OutputChange a);

        R lossChange(LossChange a);

        R regime(Regime a);
    }

    record MultilinearDegree(int degree, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.MULTILINEAR_DEGREE; }
        @Override public String claimedText() { return Integer.toString(degree); }
        @Override public <R> R accept(Cases<R> cases) { return cases.multilinearDegree(this); }
    }

    record TaylorDegree(int degree, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.TAYLOR_DEGREE; }
        @Override public String claimedText() { return Integer.toString(degree); }
        @Override public <R> R accept(Cases<R> cases) { return cases.taylorDegree(this); }
    }

    record Linear(boolean linear, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.LINEAR; }
        @Override public String claimedText() { return Boolean.toString(linear); }
        @Override public <R> R accept(Cases<R> cases) { return cases.linear(this); }
    }

    record HessianNorm(Scale scale, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.HESSIAN_NORM; }
        @Override public String claimedText() { return scale.spelling(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.hessianNorm(this); }
    }

    /** Block of the Hessian between two segments (1-based, as in claim files). */
    record HessianBlock(int rowSegment, int columnSegment, Scale scale, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.HESSIAN_BLOCK; }
        @Override public String claimedText() {
            return "segments: [" + rowSegment + ", " + columnSegment + "], " + scale.spelling();
        }
        @Override public <R> R accept(Cases<R> cases) { return cases.hessianBlock(this); }
    }

    record TangentKernel(boolean constant, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.TANGENT_KERNEL; }
        @Override public String claimedText() { return constant ? "constant" : "varies"; }
        @Override public <R> R accept(Cases<R> cases) { return cases.tangentKernel(this); }
    }

    /** Scale at init of the output ({@code layer} empty) or of the pre-activation z_layer. */
    record InitScale(OptionalInt layer, Exponent exponent, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.INIT_SCALE; }
        @Override public String claimedText() {
            String of = layer.isPresent() ? "layer " + layer.getAsInt() : "output";
            return "of: " + of + ", exponent: " + exponent.text();
        }
        @Override public <R> R accept(Cases<R> cases) { return cases.initScale(this); }
    }

    /** One gradient step on the mean squared error against {@code target} with base rate {@code lr}. */
    record OneStepChange(Exponent exponent, double target, double lr, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.ONE_STEP_CHANGE; }
        @Override public String claimedText() {
            return "exponent: " + exponent.text() + ", loss: mse, target: " + Numbers.format(target)
                    + ", lr: " + Numbers.format(lr);
        }
        @Override public <R> R accept(Cases<R> cases) { return cases.oneStepChange(this); }
    }

    record StationaryAtInit(boolean stationary, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.STATIONARY_AT_INIT; }
        @Override public String claimedText() { return Boolean.toString(stationary); }
        @Override public <R> R accept(Cases<R> cases) { return cases.stationaryAtInit(this); }
    }

    /** How a layer's pre-activations move per coordinate at each of {@code steps} (docs/DYNAMICS.md). */
    record FeatureChange(int layer, GradientSteps steps, Scale scale, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.FEATURE_CHANGE; }
        @Override public String claimedText() { return "layer: " + layer + ", " + steps.text() + ", " + scale.spelling(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.featureChange(this); }
    }

    /** How the output moves at each of {@code steps}. */
    record OutputChange(GradientSteps steps, Scale scale, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.OUTPUT_CHANGE; }
        @Override public String claimedText() { return steps.text() + ", " + scale.spelling(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.outputChange(this); }
    }

    /** How much the loss has changed at each of {@code steps}. */
    record LossChange(GradientSteps steps, Scale scale, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.LOSS_CHANGE; }
        @Override public String claimedText() { return steps.text() + ", " + scale.spelling(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.lossChange(this); }
    }

    /** The training regime over {@code steps}, decided from every layer's feature change. */
    record Regime(DynamicsRegime regime, GradientSteps steps, int line) implements NetworkAssertion {
        @Override public AssertionKind kind() { return AssertionKind.REGIME; }
        @Override public String claimedText() { return regime.spelling(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.regime(this); }
    }
}
