package io.multilin.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The weight matrices split into segments: maximal runs of consecutive layers with no
 * bottleneck (fixed-width hidden layer) between them. With B-1 bottlenecks there are B
 * segments. Layers and segments are numbered from 1, as in claim files.
 */
public record SegmentPartition(List<List<Integer>> segments) {

    public SegmentPartition {
        segments = segments.stream().map(List::copyOf).toList();
    }

    public static SegmentPartition of(List<Width> widths) {
        List<List<Integer>> segments = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int depth = widths.size() - 1;
        for (int layer = 1; layer <= depth; layer++) {
            current.add(layer);
            boolean bottleneckAfter = layer < depth && widths.get(layer).isFixed();
            if (bottleneckAfter) {
                segments.add(current);
                current = new ArrayList<>();
            }
        }
        segments.add(current);
        return new SegmentPartition(segments);
    }

    public int count() {
        return segments.size();
    }

    /** Layers of segment {@code s} (1-based). */
    public List<Integer> layers(int s) {
        return segments.get(s - 1);
    }

    /** The segment (1-based) holding a layer (1-based). */
    public int segmentOf(int layer) {
        for (int s = 0; s < segments.size(); s++) {
            if (segments.get(s).contains(layer)) {
                return s + 1;
            }
        }
        throw new IllegalArgumentException("no layer " + layer);
    }
}
