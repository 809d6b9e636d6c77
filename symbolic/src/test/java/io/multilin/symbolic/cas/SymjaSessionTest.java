package io.multilin.symbolic.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.basic.ToggleFeature;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

class SymjaSessionTest {

    @Test
    void aRunawayEvaluationStopsAtTheLimit() {
        // While[True, x + 1] never ends; the watchdog stops it and the session says so
        IExpr endless = F.binaryAST2(S.While, S.True, F.Plus(F.symbol("x"), F.C1));
        SymjaTimeLimitExceeded e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (SymjaSession symja = SymjaSession.open("an endless loop", Duration.ofMillis(300))) {
                return assertThrows(SymjaTimeLimitExceeded.class, () -> symja.eval(endless));
            }
        });
        assertEquals("Symja did not finish an endless loop within 300 ms", e.getMessage());
    }

    @Test
    void aShortEvaluationIsUntouched() {
        try (SymjaSession symja = SymjaSession.open("a sum", Duration.ofSeconds(30))) {
            assertEquals(F.ZZ(5), symja.eval(F.Plus(F.C2, F.C3)));
        }
    }

    @Test
    void anInterruptedThreadGetsNoHalfResult() {
        try (SymjaSession symja = SymjaSession.open("a sum")) {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> symja.eval(F.Plus(F.C2, F.C3)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void fileSystemNetworkAndCompilerAreSwitchedOff(@TempDir Path dir) {
        try (SymjaSession symja = SymjaSession.open("refused functions")) {
            assertFalse(Config.FILESYSTEM_ENABLED);
            assertFalse(Config.isFileSystemEnabled(symja.engine()));
            assertFalse(ToggleFeature.COMPILE);
            Path written = dir.resolve("written.txt");
            IExpr write = symja.eval(F.binaryAST2(S.WriteString, F.stringx(written.toString()), F.stringx("x")));
            assertEquals(S.WriteString, write.head(), "WriteString stays unevaluated");
            assertFalse(Files.exists(written));
            // ToExpression would parse a string into code: 1+1 would become 2
            assertEquals(S.ToExpression, symja.eval(F.unaryAST1(S.ToExpression, F.stringx("1+1"))).head());
            assertEquals(S.URLFetch, symja.eval(F.unaryAST1(S.URLFetch, F.stringx("http://127.0.0.1:9/"))).head());
            assertEquals(S.JavaNew, symja.eval(F.unaryAST1(S.JavaNew, F.stringx("java.io.File"))).head());
            assertTrue(SymjaSettings.REFUSED.contains(S.Import));
        }
    }
}
