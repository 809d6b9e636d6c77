package io.multilin.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The archive unpacked into an empty folder, and a way to run its {@code bin/multilin} the way a
 * user with nothing but a JDK would: the environment is emptied, and PATH holds only a folder
 * with {@code bash} and {@code java}, so neither Maven nor the source tree can be reached.
 */
record UnpackedArchive(Path root, Path jdkOnlyPath, Path userHome) {

    /** What one run printed and how it ended. */
    record Run(int exitStatus, String out, String err) {
    }

    static UnpackedArchive unpack(Path archive, Path into) throws IOException, InterruptedException {
        Path unpacked = Files.createDirectories(into.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        String tarOutput = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), "tar failed: " + tarOutput);
        List<Path> tops;
        try (var entries = Files.list(unpacked)) {
            tops = entries.toList();
        }
        assertEquals(1, tops.size(), "the archive has one top folder: " + tops);

        Path bin = Files.createDirectories(into.resolve("jdk-only-bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Files.createSymbolicLink(bin.resolve("bash"), bashOnThisMachine());
        Path home = Files.createDirectories(into.resolve("user-home"));
        return new UnpackedArchive(tops.get(0), bin, home);
    }

    /** Runs {@code bin/multilin ARGS} from the folder {@code cwd}, with at most ten minutes. */
    Run run(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("bin").resolve("multilin").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", jdkOnlyPath.toString());
        env.put("HOME", userHome.toString());
        env.put("XDG_CACHE_HOME", userHome.resolve(".cache").toString());
        env.put("MULTILIN_JAVA_OPTS", "-Xmx2g");
        Path out = Files.createTempFile(cwd.getParent(), "out", ".txt");
        Path err = Files.createTempFile(cwd.getParent(), "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("bin/multilin " + String.join(" ", args) + " did not end in 10 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path bashOnThisMachine() {
        for (String folder : List.of("/bin", "/usr/bin", "/usr/local/bin")) {
            Path bash = Path.of(folder, "bash");
            if (Files.isExecutable(bash)) {
                return bash;
            }
        }
        throw new AssertionError("no bash on this machine");
    }

    void assertHasFile(String relative) {
        assertTrue(Files.isRegularFile(root.resolve(relative)), "the archive lacks " + relative);
    }
}
