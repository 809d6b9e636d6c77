package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multilin.check.sides.real.RealSides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code multilin bench}: JSON lines with a task each, the right mathematics in them, user errors as exit 2. */
class BenchCommandTest {

    final CliHarness cli = new CliHarness();

    List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                result.add(json.readTree(line));
            }
        }
        return result;
    }

    @Test
    void expandCountsOnePathPerMonomialAndReadsDegreesOffTheExpansion(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "expand", "--widths", "3,4,2x2,1", "--repeats", "1",
                "--warmups", "0"), cli.err);
        JsonNode line = lines(cli.out).get(0);
        assertEquals("expand", line.get("task").asText());
        assertEquals(3 * 4 * 2 * 2, line.get("monomials").asInt(), "one monomial per path");
        assertEquals("[1,1,1,1]", line.get("degree_per_layer").toString());
        assertEquals("[1,1,1,1]", line.get("degree_per_segment").toString());
        assertTrue(line.get("seconds").asDouble() > 0);
    }

    @Test
    void expandOfABottleneckNetworkGivesTheDegreePerSegment(@TempDir Path dir) throws Exception {
        // [4, m, 2, m, 1] at m = 3: segments {1, 2} and {3, 4}, degree 2 in each
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "expand", "--widths", "4,m,2,m,1", "--m", "3",
                "--repeats", "1", "--warmups", "0"), cli.err);
        JsonNode line = lines(cli.out).get(0);
        assertEquals(4 * 3 * 2 * 3, line.get("monomials").asInt());
        assertEquals("[2,2]", line.get("degree_per_segment").toString());
    }

    @Test
    void theSmokeRunsEveryTaskOnce(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "--smoke", "--threads", "2"), cli.err);
        Set<String> tasks = new TreeSet<>();
        for (JsonNode line : lines(cli.out)) {
            tasks.add(line.get("task").asText());
            if (line.has("bytes_per_second")) {
                double rate = line.get("bytes_per_second").asDouble();
                assertTrue(rate > 0 && Double.isFinite(rate), line.toString());
            }
        }
        assertEquals(Set.of("expand", "stream", "forward", "taylor", "hvp", "lanczos"), tasks);
    }

    @Test
    void aSweepEstimateNeedsNoRunAndGrowsWithTheWeights(@TempDir Path dir) throws Exception {
        Path claim = Files.writeString(dir.resolve("c.yaml"), """
                id: estimate-me
                title: A bottleneck network priced, not run
                network: {widths: [8, m, m, 2, m, m, 1], activation: linear, parameterization: ntk}
                assert:
                  - hessian-block: {segments: [1, 1], exponent: -0.5}
                """);
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "sweep", claim.toString(), "--widths",
                "4096,8192,16384", "--estimate-only"), cli.err);
        List<JsonNode> lines = lines(cli.out);
        assertEquals(3, lines.size());
        for (JsonNode line : lines) {
            double weights = line.get("weight_bytes").asDouble();
            double cell = line.get("estimated_cell_bytes").asDouble();
            // a ball cell holds w0 and width-sized vectors: at most 1.5 times the weights
            assertTrue(cell >= weights && cell <= 1.5 * weights, line.toString());
        }
    }

    @Test
    void aSweepRunsEveryQuantityPerWidth(@TempDir Path dir) throws Exception {
        Path claim = Files.writeString(dir.resolve("c.yaml"), """
                id: sweep-me
                title: A small linear network swept for its timings
                network: {widths: [4, m, 1], activation: linear, parameterization: ntk}
                assert:
                  - taylor-degree: 2
                """);
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "sweep", claim.toString(), "--widths", "8,16,32",
                "--seeds", "1"), cli.err);
        List<JsonNode> lines = lines(cli.out);
        assertEquals("sweep-total", lines.get(lines.size() - 1).get("task").asText());
        assertEquals(List.of(8L, 16L, 32L), lines.subList(0, 3).stream().map(l -> l.get("m").asLong()).toList());
        // f = W2 W1 x is a polynomial of degree 2 in the weights: f - T_k is rounding for k >= 2, not below
        for (JsonNode line : lines.subList(0, lines.size() - 1)) {
            double value = line.get("largest_value").asDouble();
            String quantity = line.get("quantity").asText();
            boolean vanishes = quantity.equals("sup |f - T_2|") || quantity.equals("sup |f - T_3|");
            assertTrue(vanishes ? value < 1e-10 : value > 1e-3, line.toString());
        }
    }

    @Test
    void badWidthsAndBadClaimsAreTheUsersErrors(@TempDir Path dir) throws Exception {
        for (String widths : new String[] {"4,0,1", "4,x3,1", "4", "4,99999999999,1", "4,2x2000,1"}) {
            assertEquals(2, cli.run(RealSides.create(), dir, "bench", "expand", "--widths", widths), widths);
            assertTrue(cli.err.startsWith("multilin: "), cli.err);
        }
        assertEquals(2, cli.run(RealSides.create(), dir, "bench", "expand", "--activation", "tanh"));
        assertTrue(cli.err.contains("expand needs a linear or poly(...) activation"), cli.err);
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed\n");
        assertEquals(2, cli.run(RealSides.create(), dir, "bench", "sweep", broken.toString()));
        assertTrue(cli.err.contains("broken.yaml"), cli.err);
        assertEquals(2, cli.run(RealSides.create(), dir, "bench", "--threads", "0", "--smoke"));
        Path training = Path.of("..", "claims", "jacot2023", "jacot2023-rank-two-bottleneck.yaml");
        assertEquals(2, cli.run(RealSides.create(), dir, "bench", "sweep", training.toString(), "--estimate-only"));
        assertTrue(cli.err.contains("a training claim has no width sweep"), cli.err);
    }
}
