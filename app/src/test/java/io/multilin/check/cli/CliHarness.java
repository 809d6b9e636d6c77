package io.multilin.check.cli;

import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.ReportSink;
import io.multilin.check.sides.Sides;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process against fake sides, capturing stdout, stderr and report requests. */
final class CliHarness {

    final List<ReportRequest> reports = new ArrayList<>();
    String out;
    String err;

    /** {@code multilin check args...} */
    int check(Sides sides, Path home, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "check";
        System.arraycopy(args, 0, full, 1, args.length);
        return run(sides, home, full);
    }

    int run(Sides sides, Path home, String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        ReportSink sink = request -> {
            reports.add(request);
            return List.of();
        };
        try (PrintStream o = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            int code = Multilin.execute(new Environment(sides, sink, o, e, home, false), args);
            out = outBytes.toString(StandardCharsets.UTF_8);
            err = errBytes.toString(StandardCharsets.UTF_8);
            return code;
        }
    }
}
