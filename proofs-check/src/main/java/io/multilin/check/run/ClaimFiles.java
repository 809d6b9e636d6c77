package io.multilin.check.run;

import io.multilin.check.claim.ClaimError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command's FILE_OR_DIR arguments into claim files: a directory contributes its own
 * *.yaml / *.yml files (not its subdirectories), sorted so runs are deterministic.
 */
public final class ClaimFiles {

    /** Files found, and arguments that name nothing usable. */
    public record Found(List<Path> files, List<ClaimError> errors) {
        public Found {
            files = List.copyOf(files);
            errors = List.copyOf(errors);
        }
    }

    private ClaimFiles() {
    }

    public static Found collect(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        List<ClaimError> errors = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                // Not recursive: claims/ is the bundled library and claims/false/ is deliberately not in it.
                try (Stream<Path> listing = Files.list(argument)) {
                    List<Path> found = listing.filter(Files::isRegularFile).filter(ClaimFiles::isClaimFile).sorted().toList();
                    if (found.isEmpty()) {
                        errors.add(new ClaimError(argument.toString(), 0, "", "no *.yaml or *.yml claim files in this"
                                + " directory"));
                    }
                    files.addAll(found);
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.add(new ClaimError(argument.toString(), 0, "", "cannot list the directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                errors.add(new ClaimError(argument.toString(), 0, "", "no such file or directory"));
            }
        }
        return new Found(files.stream().distinct().toList(), errors);
    }

    static boolean isClaimFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
