package io.multilin.check.adversarial;

import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.ParsedClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The true claims of the bundled library: the files directly in claims/ (claims/false holds
 * the false ones, claims/jacot2023 the training claims, which have no network to perturb).
 */
final class Library {

    static final Path CLAIMS = Path.of("..", "claims");

    private Library() {
    }

    static List<NetworkClaim> trueClaims() {
        List<NetworkClaim> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLAIMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                ParsedClaim parsed = new ClaimParser().parse(file);
                Claim claim = parsed.claim().orElseThrow(() -> new AssertionError(file + ": " + parsed.errors()));
                ClaimKinds.network(claim).ifPresent(result::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.size() < 20) {
            throw new AssertionError("expected the 20-odd true network claims of the library in "
                    + CLAIMS.toAbsolutePath() + ", found " + result.size());
        }
        return result;
    }

    /** One claim per distinct (network, ball, tolerance): several files share a network. */
    static List<NetworkClaim> distinctNetworks(List<NetworkClaim> claims) {
        Map<List<Object>, NetworkClaim> result = new LinkedHashMap<>();
        claims.forEach(c -> result.putIfAbsent(List.of(c.architecture(), c.radius(), c.tolerance()), c));
        return List.copyOf(result.values());
    }
}
