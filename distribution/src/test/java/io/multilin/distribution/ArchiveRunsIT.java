package io.multilin.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive {@code mvn package} builds, unpacked into an empty folder, checks a claim with
 * only a JDK: no source tree, no Maven on PATH, an empty home and cache.
 */
class ArchiveRunsIT {

    private static final String CLAIM = "zhu2022-one-bottleneck-depth4.yaml";

    @TempDir
    static Path scratch;

    private static UnpackedArchive archive;

    @BeforeAll
    static void unpack() throws Exception {
        Path file = Path.of(System.getProperty("multilin.archive"));
        assertTrue(Files.isRegularFile(file), "mvn package did not build " + file);
        archive = UnpackedArchive.unpack(file, scratch);
    }

    @Test
    void holdsTheLauncherTheJarsTheDocsAndTheClaimLibraryButNoSource() throws Exception {
        assertTrue(Files.isExecutable(archive.root().resolve("bin/multilin")));
        archive.assertHasFile("lib/multilin-app-" + System.getProperty("multilin.version") + ".jar");
        archive.assertHasFile("lib/multilin-proofs-check-" + System.getProperty("multilin.version") + ".jar");
        archive.assertHasFile("docs/CLAIMS.md");
        archive.assertHasFile("docs/VERDICTS.md");
        archive.assertHasFile("docs/MEANING.md");
        archive.assertHasFile("claims/" + CLAIM);
        archive.assertHasFile("README.md");
        assertFalse(Files.exists(archive.root().resolve("src")));
        assertFalse(Files.exists(archive.root().resolve("pom.xml")));
    }

    @Test
    void printsItsVersion() throws Exception {
        Path cwd = Files.createDirectories(scratch.resolve("version"));
        UnpackedArchive.Run run = archive.run(cwd, "--version");
        assertEquals(0, run.exitStatus(), run.err());
        assertTrue(run.out().contains(System.getProperty("multilin.version")), run.out());
    }

    @Test
    void checksAUsersClaimAndWritesTheReportAndJsonWhereTheUserIs() throws Exception {
        Path cwd = Files.createDirectories(scratch.resolve("user"));
        Files.copy(archive.root().resolve("claims").resolve(CLAIM), cwd.resolve("my-claim.yaml"));

        UnpackedArchive.Run run = archive.run(cwd, "check", "my-claim.yaml", "--json", "out.json", "--report", "report.tex");

        assertEquals(0, run.exitStatus(), "stdout:\n" + run.out() + "\nstderr:\n" + run.err());
        assertTrue(run.out().contains("VERIFIED"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
        String json = Files.readString(cwd.resolve("out.json"));
        assertTrue(json.contains("\"VERIFIED\""), json);
        assertFalse(json.contains("\"REFUTED\"") || json.contains("\"DISAGREEMENT\""), json);
        assertTrue(Files.size(cwd.resolve("report.tex")) > 1000, "no LaTeX report where the user is");
    }

    @Test
    void refusesABrokenClaimWithAClearErrorAndNoStackTrace() throws Exception {
        Path cwd = Files.createDirectories(scratch.resolve("broken"));
        Files.writeString(cwd.resolve("broken.yaml"), "id: broken\nnetwork:\n  widths: [4, m, 1]\n  activation: nope\n");

        UnpackedArchive.Run run = archive.run(cwd, "check", "broken.yaml", "--no-cache");

        assertEquals(2, run.exitStatus(), run.err());
        assertTrue(run.err().contains("broken.yaml"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
