package io.multilin.numeric.ball;

import io.multilin.architecture.Quantity;

/**
 * The number of probe directions the measure of a quantity lists, from the architecture alone
 * ({@link CostModel#probeCount}; CellCostTest checks it against the measures' own lists). The
 * model's chain groups and block tops are the ones the measures use, so a count cannot drift
 * from the cost it prices.
 */
final class ProbeCounts implements Quantity.Cases<Integer> {

    private final CostModel model;
    private final int depth;

    ProbeCounts(CostModel model, int depth) {
        this.model = model;
        this.depth = depth;
    }

    @Override
    public Integer taylorResidual(Quantity.TaylorResidual q) {
        return 2 + model.chains(ChainGroups.ofSize(depth, q.order() + 1)).size() + model.blockTops()
                + TaylorResidualMeasure.RANDOM_PROBES;
    }

    @Override
    public Integer hessianNorm(Quantity.HessianNorm q) {
        return 2 + model.chains(ChainGroups.ofSize(depth, 2)).size() + HessianMeasure.RANDOM_PROBES;
    }

    @Override
    public Integer hessianBlock(Quantity.HessianBlock q) {
        return 2 + model.chains(ChainGroups.pairs(q.rows(), q.columns())).size() + HessianMeasure.RANDOM_PROBES;
    }

    @Override
    public Integer tangentKernelChange(Quantity.TangentKernelChange q) {
        return 2 + model.blockTops() + model.chains(ChainGroups.ofSize(depth, 2)).size()
                + KernelChangeMeasure.RANDOM_PROBES;
    }

    @Override
    public Integer mixedDerivative(Quantity.MixedDerivative q) {
        return q.blocks().size() == 1 ? 2 : model.chains(ChainGroups.across(q.blocks())).size()
                + (q.blocks().size() == 2 ? 1 : 0) + MixedDerivativeMeasure.RANDOM_PROBES;
    }

    // measured at w0 (init scales) or along the gradient steps: no probe list
    @Override
    public Integer outputScale(Quantity.OutputScale q) {
        return 1;
    }

    @Override
    public Integer preActivationScale(Quantity.PreActivationScale q) {
        return 1;
    }

    @Override
    public Integer oneStepChange(Quantity.OneStepChange q) {
        return 1;
    }

    @Override
    public Integer featureChange(Quantity.FeatureChange q) {
        return 1;
    }

    @Override
    public Integer outputChange(Quantity.OutputChange q) {
        return 1;
    }

    @Override
    public Integer lossChange(Quantity.LossChange q) {
        return 1;
    }
}
