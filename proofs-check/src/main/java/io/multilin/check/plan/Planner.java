package io.multilin.check.plan;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.SegmentPartition;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles each assertion of a claim into expectations on quantities (docs/MEANING.md section 2,
 * docs/VERDICTS.md section 1).
 */
public final class Planner {

    /** Inputs of the tangent kernel: a small fixed set, as docs/MEANING.md section 2 asks. */
    public static final int KERNEL_INPUTS = 3;
    public static final double DEFAULT_TARGET = 1.0;
    public static final double DEFAULT_LR = 1.0;

    private Planner() {
    }

    public static Plan plan(NetworkClaim claim) {
        return new Plan(claim, claim.assertions().stream().map(a -> plan(a, claim.architecture())).toList());
    }

    public static AssertionPlan plan(NetworkAssertion assertion, Architecture architecture) {
        return assertion.accept(new Compiler(architecture));
    }

    /** Each kind's expectations (and, for the Taylor degree, the residuals that estimate it). */
    private record Compiler(Architecture architecture) implements NetworkAssertion.Cases<AssertionPlan> {

        @Override
        public AssertionPlan linear(NetworkAssertion.Linear l) {
            return plan(l, new Expectation(new Quantity.TaylorResidual(1),
                    l.linear() ? new Property.Vanishes() : new Property.DoesNotVanish()));
        }

        @Override
        public AssertionPlan taylorDegree(NetworkAssertion.TaylorDegree t) {
            int k = t.degree();
            List<Expectation> expectations = new ArrayList<>();
            expectations.add(new Expectation(new Quantity.TaylorResidual(k), new Property.Vanishes()));
            if (k >= 1) {
                expectations.add(new Expectation(new Quantity.TaylorResidual(k - 1), new Property.DoesNotVanish()));
            }
            List<Quantity> estimation = new ArrayList<>();
            for (int order = 0; order <= k + 1; order++) {
                estimation.add(new Quantity.TaylorResidual(order));
            }
            return new AssertionPlan(t, expectations, estimation);
        }

        @Override
        public AssertionPlan multilinearDegree(NetworkAssertion.MultilinearDegree m) {
            SegmentPartition segments = architecture.segments();
            List<Expectation> expectations = new ArrayList<>();
            // every block's own second derivative, one-layer blocks included: a single layer is
            // an affine block only where the network is linear in it by construction
            for (List<Integer> layers : segments.segments()) {
                if (!(layers.size() == 1 && linearIn(architecture, layers.get(0)))) {
                    expectations.add(new Expectation(new Quantity.HessianBlock(layers, layers), new Property.Vanishes()));
                }
            }
            expectations.add(new Expectation(new Quantity.MixedDerivative(segments.segments()),
                    new Property.OrderOne()));
            return new AssertionPlan(m, expectations, List.of());
        }

        @Override
        public AssertionPlan hessianNorm(NetworkAssertion.HessianNorm h) {
            return plan(h, new Expectation(new Quantity.HessianNorm(), property(h.scale())));
        }

        @Override
        public AssertionPlan hessianBlock(NetworkAssertion.HessianBlock b) {
            SegmentPartition segments = architecture.segments();
            return plan(b, new Expectation(new Quantity.HessianBlock(segments.layers(b.rowSegment()),
                    segments.layers(b.columnSegment())), property(b.scale())));
        }

        @Override
        public AssertionPlan tangentKernel(NetworkAssertion.TangentKernel k) {
            return plan(k, new Expectation(new Quantity.TangentKernelChange(KERNEL_INPUTS),
                    k.constant() ? new Property.Vanishes() : new Property.DoesNotVanish()));
        }

        @Override
        public AssertionPlan initScale(NetworkAssertion.InitScale i) {
            return plan(i, new Expectation(i.layer().isPresent()
                    ? new Quantity.PreActivationScale(i.layer().getAsInt()) : new Quantity.OutputScale(),
                    new Property.Exponent(i.exponent())));
        }

        @Override
        public AssertionPlan oneStepChange(NetworkAssertion.OneStepChange o) {
            return plan(o, new Expectation(new Quantity.OneStepChange(o.target(), o.lr()),
                    new Property.Exponent(o.exponent())));
        }

        @Override
        public AssertionPlan stationaryAtInit(NetworkAssertion.StationaryAtInit s) {
            return plan(s, new Expectation(new Quantity.OneStepChange(DEFAULT_TARGET, DEFAULT_LR),
                    s.stationary() ? new Property.Vanishes() : new Property.DoesNotVanish()));
        }

        @Override
        public AssertionPlan featureChange(NetworkAssertion.FeatureChange f) {
            GradientSteps s = f.steps();
            return new AssertionPlan(f, s.steps().stream().map(t -> new Expectation(s.featureChange(f.layer(), t),
                    property(f.scale()))).toList(), List.of());
        }

        @Override
        public AssertionPlan outputChange(NetworkAssertion.OutputChange o) {
            GradientSteps s = o.steps();
            return new AssertionPlan(o, s.steps().stream().map(t -> new Expectation(s.outputChange(t),
                    property(o.scale()))).toList(), List.of());
        }

        @Override
        public AssertionPlan lossChange(NetworkAssertion.LossChange o) {
            GradientSteps s = o.steps();
            return new AssertionPlan(o, s.steps().stream().map(t -> new Expectation(s.lossChange(t),
                    property(o.scale()))).toList(), List.of());
        }

        /**
         * Every layer's feature change at every claimed step, the output's pre-activation (layer
         * L) included: the regime is their classification (docs/DYNAMICS.md), so each is checked.
         */
        @Override
        public AssertionPlan regime(NetworkAssertion.Regime r) {
            GradientSteps s = r.steps();
            List<Quantity> changes = new ArrayList<>();
            for (int layer = 1; layer <= architecture.depth(); layer++) {
                for (int t : s.steps()) {
                    changes.add(s.featureChange(layer, t));
                }
            }
            return new AssertionPlan(r, List.of(), changes, true);
        }

        private static AssertionPlan plan(NetworkAssertion assertion, Expectation expectation) {
            return new AssertionPlan(assertion, List.of(expectation), List.of());
        }
    }

    /**
     * f is linear in W_l by construction when nothing after z_l bends: a linear output, and a
     * linear activation unless l is the last layer.
     */
    static boolean linearIn(Architecture architecture, int layer) {
        boolean linearOutput = architecture.output() instanceof Activation.Linear;
        return linearOutput && (layer == architecture.depth() || architecture.activation() instanceof Activation.Linear);
    }

    /** What a claimed scale expects of a quantity; a bound is a property of training claims only. */
    public static Property property(Scale scale) {
        return scale.accept(new Scale.Cases<>() {
            @Override
            public Property exponent(Scale.Exponent s) {
                return new Property.Exponent(s.value());
            }

            @Override
            public Property orderOne(Scale.OrderOne s) {
                return new Property.OrderOne();
            }

            @Override
            public Property vanishes(Scale.Vanishes s) {
                return new Property.Vanishes();
            }

            @Override
            public Property doesNotVanish(Scale.DoesNotVanish s) {
                return new Property.DoesNotVanish();
            }

            @Override
            public Property bound(Scale.Bound s) {
                // the parser reads bounds only in training claims, which judge them themselves
                throw new IllegalArgumentException("a bound is only a property of training claims");
            }
        });
    }
}
