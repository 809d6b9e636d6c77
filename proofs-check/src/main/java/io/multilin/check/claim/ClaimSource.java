package io.multilin.check.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of a claim file, or why there is none: larger than {@link #MAX_BYTES} (refused before
 * a byte is read, so a huge or endless file cannot fill the memory), unreadable, or not UTF-8
 * (docs/CLAIMS.md, "Limits"). A leading UTF-8 byte order mark is dropped.
 */
record ClaimSource(Optional<String> text, Optional<ClaimError> error) {

    /** 1 MiB: the largest bundled claim is under 4 KiB. */
    static final int MAX_BYTES = 1 << 20;

    static ClaimSource read(Path path) {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return failed(file, 0, "the file has " + size + " bytes, more than the limit of " + MAX_BYTES
                        + " (1 MiB); a claim file is a short YAML document");
            }
            byte[] bytes;
            // read at most one byte past the limit: the file may grow between size() and the read
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return failed(file, 0, "the file has more than " + MAX_BYTES + " bytes (1 MiB); a claim file is a"
                        + " short YAML document");
            }
            return decode(file, bytes);
        } catch (IOException e) {
            return failed(file, 0, "cannot read: " + e.getClass().getSimpleName().replace("Exception", "")
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** Strict UTF-8: the first malformed byte is reported with its line, never replaced. */
    static ClaimSource decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return failed(file, line, "cannot read: the file is not UTF-8 text (byte " + (at + 1) + " is 0x"
                    + String.format("%02x", bytes[at] & 0xff) + ")");
        }
        out.flip();
        return new ClaimSource(Optional.of(withoutBom(out.toString())), Optional.empty());
    }

    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ClaimSource failed(String file, int line, String message) {
        return new ClaimSource(Optional.empty(), Optional.of(new ClaimError(file, line, "", message)));
    }
}
