package io.multilin.check.sides.real;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Keeps every finished (width, seed) cell of one sweep on disk, so that a run stopped midway
 * (Ctrl-C, a crash, a killed process) resumes without measuring finished cells again. One file
 * per cell under a folder named by the sweep's key (architecture, quantity, radius and the
 * fingerprint of the numeric code, so a changed tool never reads an old cell). A file is
 * written to a temporary name and moved into place atomically, so a reader sees a whole cell or
 * none, and two runs sharing the folder at most measure a cell twice. Each file carries a CRC32
 * of its content: a truncated or corrupted file is measured again and overwritten. Cells with
 * NaN or Inf are never kept: they are measured again, and they invalidate the sweep anyway.
 */
final class DiskCells implements CellMeasurement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CellMeasurement measurement;
    private final Path folder;

    DiskCells(CellMeasurement measurement, Path folder) {
        this.measurement = measurement;
        this.folder = folder;
    }

    @Override
    public PointValue measure(long m, long seed) throws Exception {
        Path file = folder.resolve(m + "-" + Long.toUnsignedString(seed, 16) + ".cell");
        Optional<PointValue> known = read(file);
        if (known.isPresent()) {
            return known.get();
        }
        PointValue value = measurement.measure(m, seed);
        if (value.isFinite()) {
            write(file, value);
        }
        return value;
    }

    static Optional<PointValue> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != 2 || !lines.get(1).equals(Long.toHexString(crc(lines.get(0))))) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(lines.get(0));
            return Optional.of(new PointValue(node.get("value").asDouble(), node.get("floor").asDouble(),
                    node.get("probe").asText(), strings(node.get("evaluated")), strings(node.get("dropped")),
                    node.get("converged").asBoolean()));
        } catch (IOException | RuntimeException unreadable) {
            // a damaged entry is no worse than a missing one: the cell is measured again
            return Optional.empty();
        }
    }

    static void write(Path file, PointValue value) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("value", value.value());
        node.put("floor", value.noiseFloor());
        node.put("probe", value.probe());
        ArrayNode evaluated = node.putArray("evaluated");
        value.evaluated().forEach(evaluated::add);
        ArrayNode dropped = node.putArray("dropped");
        value.dropped().forEach(dropped::add);
        node.put("converged", value.converged());
        String body = JSON.writeValueAsString(node);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".cell-", ".tmp");
        try {
            Files.writeString(temporary, body + "\n" + Long.toHexString(crc(body)) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
