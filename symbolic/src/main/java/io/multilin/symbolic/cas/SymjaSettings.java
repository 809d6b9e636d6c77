package io.multilin.symbolic.cas;

import java.util.List;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.basic.ToggleFeature;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.interfaces.IFunctionEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Symja's global switches, set in this one place, once per JVM, before the first evaluation
 * ({@link SymjaSession} applies them; the CLI never needs Symja before then). They are Symja's
 * own static flags, not state of ours: the library offers no per-engine form of most of them.
 *
 * <p>Why: multilin only ever builds expressions with the Java API from checked values, so no
 * text from a claim file reaches Symja. These switches make sure that even a mistake in that
 * chain could not read or write files, fetch URLs, load Java classes or compile code, and that
 * a runaway expression hits a size limit instead of filling the heap.
 */
public final class SymjaSettings {

    /**
     * Built-in functions that touch files, the network, the JVM, the console or the parser.
     * Symja 3.0.0 guards some of them with {@code Config.FILESYSTEM_ENABLED} but not all
     * ({@code URLFetch}, {@code AddToClassPath}, {@code ToExpression} have no switch), so their
     * evaluators are replaced by one that leaves the call unevaluated.
     */
    static final List<IBuiltInSymbol> REFUSED = List.of(S.AddToClassPath, S.BeginPackage, S.BinaryRead,
            S.BinaryWrite, S.Compile, S.CompilePrint, S.CreateDirectory, S.CreateFile, S.Exit, S.Export,
            S.ExportString, S.FileNames, S.FilePrint, S.Get, S.Import, S.ImportString, S.Input, S.InputStream,
            S.InputString, S.Interrupt, S.JavaNew, S.LoadJavaClass, S.Manipulate, S.Needs, S.OpenAppend,
            S.OpenRead, S.OpenWrite, S.OutputStream, S.Package, S.Pause, S.Put, S.Quit, S.Read, S.ReadList,
            S.ReadString, S.Share, S.StringToStream, S.SystemDialogInput, S.TestReport, S.ToExpression, S.URLFetch,
            S.Write, S.WriteString);

    private SymjaSettings() {
    }

    /** Applies the settings; only the first call in a JVM does anything (class initialization). */
    public static void apply() {
        Once.DONE.hashCode();
    }

    /** The holder idiom: the JVM runs this initializer exactly once, thread-safely. */
    private static final class Once {
        static final Object DONE = new Object();

        static {
            // no file system, no browser, no Java compiler, no JavaScript widgets
            Config.FILESYSTEM_ENABLED = false;
            Config.JAVA_AWT_DESKTOP_AVAILABLE = false;
            Config.JAVA_UNSAFE = false;
            Config.UNPROTECT_ALLOWED = false;
            ToggleFeature.COMPILE = false;
            ToggleFeature.COMPILE_PRINT = false;
            ToggleFeature.COMPILE_WITH_JAVAPARSER = false;
            ToggleFeature.MANIPULATE = false;
            // sizes far above the small instances multilin expands (hundreds of terms, degree < 100)
            Config.MAX_AST_SIZE = 5_000_000;
            Config.MAX_BIT_LENGTH = 1_000_000;
            Config.MAX_POLYNOMIAL_DEGREE = 10_000;
            Config.MAX_MATRIX_DIMENSION_SIZE = 1_000;
            Config.MAX_OUTPUT_SIZE = 1_000_000;
            // builtins are given their evaluators when F is initialized: initialize first, then replace
            F.initSymbols();
            IFunctionEvaluator refused = new Refused();
            REFUSED.forEach(symbol -> symbol.setEvaluator(refused));
        }
    }

    /** Leaves the call unevaluated (F.NIL: "no rule applies"), whatever its arguments. */
    private static final class Refused implements IFunctionEvaluator {
        @Override
        public IExpr evaluate(IAST ast, EvalEngine engine) {
            return F.NIL;
        }

        @Override
        public IExpr numericEval(IAST ast, EvalEngine engine) {
            return F.NIL;
        }

        @Override
        public void setUp(ISymbol symbol) {
        }
    }
}
