package io.multilin.symbolic.scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * The fewest blocks of layers such that no two layers in one block interact: the chromatic
 * number of the interaction graph, by backtracking over k = 1, 2, ... colours with layers
 * coloured in order and each given the smallest colour that works. That order makes the answer
 * canonical (block 1 holds layer 1, and so on) and, for the complete multipartite graphs of
 * bottleneck networks, returns exactly the parts. Exponential in the worst case; fine for the
 * at most 20 layers the group table allows.
 */
final class InteractionColoring {

    private InteractionColoring() {
    }

    /** {@code interacts[a][b]} for layers a, b in 0..n-1; returns blocks of 1-based layers. */
    static List<List<Integer>> blocks(boolean[][] interacts) {
        int n = interacts.length;
        for (int k = 1; k <= n; k++) {
            int[] colour = new int[n];
            if (colour(interacts, colour, 0, k, 0)) {
                List<List<Integer>> blocks = new ArrayList<>();
                for (int c = 0; c < k; c++) {
                    blocks.add(new ArrayList<>());
                }
                for (int layer = 0; layer < n; layer++) {
                    blocks.get(colour[layer]).add(layer + 1);
                }
                return blocks;
            }
        }
        return List.of();
    }

    private static boolean colour(boolean[][] interacts, int[] colour, int layer, int k, int used) {
        if (layer == colour.length) {
            return true;
        }
        // A new colour only as the next unused one: avoids trying relabellings of the same split.
        for (int c = 0; c < Math.min(k, used + 1); c++) {
            boolean free = true;
            for (int other = 0; other < layer && free; other++) {
                free = !(interacts[layer][other] && colour[other] == c);
            }
            if (free) {
                colour[layer] = c;
                if (colour(interacts, colour, layer + 1, k, Math.max(used, c + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
