package dev.handbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code handbook} command: parses arguments and hands over to one subcommand. */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns a folder of Markdown chapters with typed entries (lessons, tips, cases, ...) into a",
            "navigable static website that works from any host and from file://.",
        },
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
            ReleaseCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 problems in the content, 2 wrong use of the command."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int launched = Launcher.run(args);
        System.exit(launched >= 0 ? launched : execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and for {@link #main}). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> CrashReport.write(e, commandLine.getErr()));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, check, serve, new, release, verify or help.");
    }
}
