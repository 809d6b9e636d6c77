package io.multilin.check.sides.real;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the code that computes cells (the numeric and architecture modules, as jars or
 * class folders). Cached cells are filed under it, so cells measured by another build of the
 * tool are never read: a version number would not change when the code does.
 */
final class CodeFingerprint {

    private CodeFingerprint() {
    }

    static String of(List<Class<?>> classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : classes) {
                Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(location)) {
                    try (Stream<Path> files = Files.walk(location)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                            update(digest, file);
                        }
                    }
                } else {
                    update(digest, location);
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }
}
