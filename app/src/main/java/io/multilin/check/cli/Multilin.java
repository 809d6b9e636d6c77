package io.multilin.check.cli;

import io.multilin.check.bench.BenchCommand;
import io.multilin.check.report.ReportSinks;
import io.multilin.check.sides.Sides;
import io.multilin.check.sides.real.RealSides;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code multilin} command: verbs are subcommands, one class each. */
@Command(name = "multilin", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Verifies theoretical claims about wide neural networks, symbolically and numerically.",
        subcommands = {CheckCommand.class, BenchCommand.class, CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class})
public final class Multilin implements Runnable {

    /** Exit status for unusable arguments and invalid claim files. */
    public static final int USAGE = 2;
    /** Exit status for a bug in the tool (not the user's fault). */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'multilin check --help'");
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("multilin.home", "."));
        Sides sides = RealSides.create();
        Environment environment = new Environment(sides, ReportSinks.real(sides.symbolic()), System.out, System.err,
                home, System.console() != null, java.util.Optional.of(Environment.userCache()));
        System.exit(execute(environment, args));
    }

    /** Runs the command line against an environment and returns the exit status. */
    public static int execute(Environment environment, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(environment));
                }
                if (type == BenchCommand.class) {
                    return type.cast(new BenchCommand(environment.out(), environment.err()));
                }
                return defaults.create(type);
            }
        };
        CommandLine line = new CommandLine(new Multilin(), factory);
        line.setOut(new PrintWriter(environment.out(), true));
        line.setErr(new PrintWriter(environment.err(), true));
        line.setParameterExceptionHandler((e, arguments) -> {
            environment.err().println("multilin: " + Terminal.clean(e.getMessage()));
            environment.err().println("try 'multilin " + (e.getCommandLine().getCommandName().equals("multilin")
                    ? "" : e.getCommandLine().getCommandName() + " ") + "--help'");
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            environment.err().println("multilin: internal error (please report): " + e);
            e.printStackTrace(environment.err());
            return INTERNAL;
        });
        return line.execute(args);
    }
}
