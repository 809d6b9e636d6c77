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
        assertEquals(Set.of("expand", "stream", "forward", "taylor", "hvp", "lanczos", "trajectory"), tasks);
        List<String> optimizers = lines(cli.out).stream().filter(l -> l.get("task").asText().equals("trajectory"))
                .map(l -> l.get("optimizer").asText()).toList();
        assertEquals(List.of("gd", "adam"), optimizers);
    }

    @Test
    void aTrajectoryWritesItsPointAndStepsFromIt(@TempDir Path dir) throws Exception {
        // muP [3, 5, 4, 1]: m = 5 (the widest hidden layer), alpha = (sqrt(5/3), 1, 5^-1/2), rates m^0 = 1
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "trajectory", "--widths", "3,5,4,1", "--steps", "1",
                "--eta", "0.5", "--target", "0.25", "--repeats", "1", "--warmups", "0", "--point-dir",
                dir.resolve("points").toString()), cli.err);
        JsonNode line = lines(cli.out).get(0);
        assertEquals("trajectory", line.get("task").asText());
        assertEquals("[3,5,4,1]", line.get("widths").toString());
        assertEquals("mup", line.get("parameterization").asText());
        assertEquals("gd", line.get("optimizer").asText());
        assertEquals(5, line.get("m").asLong());
        assertEquals(1, line.get("threads").asInt());
        double[] alpha = {Math.sqrt(5 / 3.0), 1, 1 / Math.sqrt(5)};
        for (int l = 0; l < 3; l++) {
            assertEquals(alpha[l], line.get("multipliers").get(l).asDouble(), 1e-15);
            assertEquals(1.0, line.get("rates").get(l).asDouble());
        }
        // the point file: x then W1 (5x3), W2 (4x5), W3 (1x4), float64 little-endian
        byte[] bytes = Files.readAllBytes(dir.resolve("points").resolve(line.get("point_file").asText()));
        assertEquals(8 * (3 + 15 + 20 + 4), bytes.length);
        java.nio.DoubleBuffer point = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .asDoubleBuffer();
        int[] n = {3, 5, 4, 1};
        double[] x = new double[3];
        point.get(x);
        double[][][] w = new double[4][][];
        for (int l = 1; l <= 3; l++) {
            w[l] = new double[n[l]][n[l - 1]];
            for (double[] row : w[l]) {
                point.get(row);
            }
        }
        // one gradient step by hand on 1/2 (f - 0.25)^2, then each layer's RMS change of z
        double[][] z0 = forward(w, alpha, x);
        double[][] g = new double[4][];
        g[3] = new double[] {z0[3][0] - 0.25};
        for (int l = 3; l >= 2; l--) {
            g[l - 1] = new double[n[l - 1]];
            for (int j = 0; j < n[l - 1]; j++) {
                double back = 0;
                for (int i = 0; i < n[l]; i++) {
                    back += alpha[l - 1] * w[l][i][j] * g[l][i];
                }
                double t = Math.tanh(z0[l - 1][j]);
                g[l - 1][j] = (1 - t * t) * back;
            }
        }
        for (int l = 1; l <= 3; l++) {
            for (int i = 0; i < n[l]; i++) {
                for (int j = 0; j < n[l - 1]; j++) {
                    double input = l == 1 ? x[j] : Math.tanh(z0[l - 1][j]);
                    w[l][i][j] -= 0.5 * alpha[l - 1] * g[l][i] * input;
                }
            }
        }
        double[][] z1 = forward(w, alpha, x);
        for (int l = 1; l <= 3; l++) {
            double sum = 0;
            for (int i = 0; i < n[l]; i++) {
                sum += (z1[l][i] - z0[l][i]) * (z1[l][i] - z0[l][i]);
            }
            double expected = Math.sqrt(sum / n[l]);
            double got = line.get("feature_change").get(l - 1).asDouble();
            assertTrue(expected > 0 && Math.abs(got - expected) <= 1e-12 * expected, l + ": " + got + " vs " + expected);
        }
        assertEquals(0.5 * Math.pow(z0[3][0] - 0.25, 2), line.get("loss").get(0).asDouble(), 1e-15);
        assertEquals(0.5 * Math.pow(z1[3][0] - 0.25, 2), line.get("loss").get(1).asDouble(), 1e-15);
    }

    /** z_1..z_3 of a tanh network with linear output, {@code z_l = alpha_l W_l a_{l-1}}. */
    private static double[][] forward(double[][][] w, double[] alpha, double[] x) {
        double[][] z = new double[4][];
        double[] a = x;
        for (int l = 1; l <= 3; l++) {
            z[l] = new double[w[l].length];
            for (int i = 0; i < w[l].length; i++) {
                double sum = 0;
                for (int j = 0; j < a.length; j++) {
                    sum += w[l][i][j] * a[j];
                }
                z[l][i] = alpha[l - 1] * sum;
            }
            a = new double[z[l].length];
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.tanh(z[l][i]);
            }
        }
        return z;
    }

    @Test
    void aTrajectoryUnderAdamMovesEveryLayer(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run(RealSides.create(), dir, "bench", "trajectory", "--widths", "4,m,m,1", "--m", "8",
                "--steps", "3", "--optimizer", "adam", "--repeats", "1", "--warmups", "0"), cli.err);
        JsonNode line = lines(cli.out).get(0);
        assertEquals("adam", line.get("optimizer").asText());
        assertEquals(8, line.get("m").asLong());
        assertEquals(4, line.get("loss").size(), "steps 0..3");
        assertEquals(3, line.get("feature_change").size());
        line.get("feature_change").forEach(c -> assertTrue(c.asDouble() > 0 && Double.isFinite(c.asDouble()),
                line.toString()));
        assertTrue(!line.has("point_file"));
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
        for (String[] bad : new String[][] {{"--optimizer", "sgd"}, {"--steps", "0"}, {"--parameterization", "abc"},
            {"--eta", "-1"}}) {
            assertEquals(2, cli.run(RealSides.create(), dir, "bench", "trajectory", "--widths", "4,8,1", bad[0],
                    bad[1]), String.join(" ", bad));
            assertTrue(cli.err.startsWith("multilin: "), cli.err);
        }
        Path training = Path.of("..", "claims", "jacot2023", "jacot2023-rank-two-bottleneck.yaml");
        assertEquals(2, cli.run(RealSides.create(), dir, "bench", "sweep", training.toString(), "--estimate-only"));
        assertTrue(cli.err.contains("a training claim has no width sweep"), cli.err);
    }
}
