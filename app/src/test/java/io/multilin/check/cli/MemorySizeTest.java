package io.multilin.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemorySizeTest {

    @Test
    void sizesInBytesAndPowersOf1024() {
        assertEquals(Optional.of(1000L), MemorySize.parse("1000"));
        assertEquals(Optional.of(512L << 20), MemorySize.parse("512m"));
        assertEquals(Optional.of(6L << 30), MemorySize.parse("6G"));
        assertEquals(Optional.of(2L << 10), MemorySize.parse("2kb"));
    }

    @Test
    void nonsenseIsRefused() {
        for (String bad : new String[] {"", "0", "-1g", "1.5g", "6t", "g", "9999999999999g"}) {
            assertEquals(Optional.empty(), MemorySize.parse(bad), bad);
        }
    }
}
