package io.multilin.check.sides.real;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The folder name of one sweep's cells: a digest of what a cell's value depends on besides its
 * width and seed (the network, the quantity, the ball radius). The values are records, whose
 * text lists every component, so equal sweeps share a folder and different ones never do.
 */
final class SweepKey {

    private SweepKey() {
    }

    static String of(Architecture architecture, Quantity quantity, double radius) {
        String text = architecture + "|" + quantity + "|" + Double.toString(radius);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
