package io.multilin.check.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.ClaimYaml;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.ParsedClaim;
import io.multilin.check.testing.ClaimArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every bundled claim file (claims/**) and generated valid claims, edited at random (byte flips,
 * truncations, line shuffles, YAML characters): each edit is a claim or errors, never more.
 */
class MutationFuzzProperties extends WithFuzzOracle {

    static final Path LIBRARY = Path.of("..", "claims");

    /** The starting points are valid: a mutation of a broken file would prove little. */
    @Example
    void everyBundledClaimParses() {
        List<Path> files = library();
        assertTrue(files.size() >= 40, "the bundled claims are found: " + files.size());
        for (Path file : files) {
            ParsedClaim parsed = oracle.check(new Hostile("bundled-claims", read(file), false));
            assertTrue(parsed.claim().isPresent(), () -> file + ": " + parsed.errors());
        }
    }

    @Property(tries = 2500, seed = "5001", generation = GenerationMode.RANDOMIZED)
    void mutatedBundledClaims(@ForAll("libraryFiles") Path file, @ForAll("kinds") int kind,
                              @ForAll @IntRange(min = 1, max = 4) int count, @ForAll long seed) {
        oracle.check(new Hostile("mutated-bundled-claims", Mutations.apply(read(file), kind, count, seed), false));
    }

    @Property(tries = 1000, seed = "5002", generation = GenerationMode.RANDOMIZED)
    void brokenYaml(@ForAll @IntRange(min = 1, max = 6) int count, @ForAll long seed) {
        byte[] valid = Template.valid().getBytes(StandardCharsets.UTF_8);
        oracle.check(new Hostile("broken-yaml", Mutations.apply(valid, 8, count, seed), false));
    }

    @Property(tries = 600, seed = "5003", generation = GenerationMode.RANDOMIZED)
    void mutatedGeneratedClaims(@ForAll("claims") NetworkClaim claim, @ForAll("kinds") int kind,
                                @ForAll @IntRange(min = 0, max = 3) int count, @ForAll long seed) {
        byte[] yaml = ClaimYaml.write(claim).getBytes(StandardCharsets.UTF_8);
        ParsedClaim parsed = oracle.check(new Hostile("mutated-generated-claims",
                Mutations.apply(yaml, kind, count, seed), false));
        assertTrue(count > 0 || parsed.claim().isPresent(), parsed.errors()::toString);
    }

    @Provide
    Arbitrary<Path> libraryFiles() {
        return Arbitraries.of(library());
    }

    @Provide
    Arbitrary<Integer> kinds() {
        return Arbitraries.integers().between(0, Mutations.KINDS.size() - 1);
    }

    @Provide
    Arbitrary<NetworkClaim> claims() {
        return ClaimArbitraries.claims();
    }

    static List<Path> library() {
        try (Stream<Path> files = Files.walk(LIBRARY)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
