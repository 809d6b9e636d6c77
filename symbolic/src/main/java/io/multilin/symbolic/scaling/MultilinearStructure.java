package io.multilin.symbolic.scaling;

import java.util.List;

/** The multilinear degree and the blocks of layers (1-based) in which f is affine. */
public record MultilinearStructure(int degree, List<List<Integer>> blocks) {
    public MultilinearStructure {
        blocks = blocks.stream().map(List::copyOf).toList();
        if (degree != blocks.size()) {
            throw new IllegalArgumentException("degree " + degree + " but " + blocks.size() + " blocks");
        }
    }
}
