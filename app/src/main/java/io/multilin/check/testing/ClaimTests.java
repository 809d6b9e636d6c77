package io.multilin.check.testing;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.run.ClaimFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Claim files as tests: one {@link ClaimCase} per {@code *.yaml}/{@code *.yml} file of a
 * folder (not its subfolders), sorted. With JUnit 5:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> claims() {
 *     return ClaimTests.in(Path.of("src/test/resources/claims"), ClaimTestOptions.defaults()
 *             .withWidths(32L, 64L, 128L, 256L, 512L).withSeeds(2))
 *         .stream().map(c -> DynamicTest.dynamicTest(c.name(), c.file().toUri(), c::check));
 * }
 * }</pre>
 * The API returns JDK types only, so proofs-check needs no test framework at compile scope.
 */
public final class ClaimTests {

    private ClaimTests() {
    }

    public static List<ClaimCase> in(Path folder) {
        return in(folder, ClaimTestOptions.defaults());
    }

    /** @throws IllegalArgumentException when the folder is missing or holds no claim file */
    public static List<ClaimCase> in(Path folder, ClaimTestOptions options) {
        ClaimFiles.Found found = ClaimFiles.collect(List.of(folder));
        if (!found.errors().isEmpty()) {
            throw new IllegalArgumentException(found.errors().stream().map(ClaimError::message)
                    .map(m -> folder + ": " + m).collect(Collectors.joining("; ")));
        }
        return found.files().stream().map(f -> new ClaimCase(name(f), f, options)).toList();
    }

    /** One file as a test case. */
    public static ClaimCase of(Path file, ClaimTestOptions options) {
        return new ClaimCase(name(file), file, options);
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
