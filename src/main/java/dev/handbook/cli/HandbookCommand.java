package dev.handbook.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code handbook} command: parses arguments and hands over to one subcommand. Its subcommands are
 * added for each run, and only those the arguments can reach: picocli reads every option of every
 * command it is given by reflection (a sixth of a second for the whole tree, on a build's critical
 * path), so {@code build ...} gets only {@code build}, {@code help build} only {@code help} and
 * {@code build}, {@code --version} none. The overview ({@code --help}, {@code help} and no arguments)
 * lists the other commands by name and description alone, read from their {@link Command}
 * annotation; anything else gets the whole tree, as a {@code subcommands} attribute would give it.
 */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns a folder of Markdown chapters with typed entries (lessons, tips, cases, ...) into a",
            "navigable static website that works from any host and from file://.",
        },
        footer = {"", "Exit codes: 0 ok, 1 problems in the content, 2 wrong use of the command."})
final class HandbookCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The subcommands in the order the overview lists them. */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand.class);
        COMMANDS.put("check", CheckCommand.class);
        COMMANDS.put("serve", ServeCommand.class);
        COMMANDS.put("new", NewCommand.class);
        COMMANDS.put("release", ReleaseCommand.class);
        COMMANDS.put("verify", VerifyCommand.class);
        COMMANDS.put("import", ImportCommand.class);
        COMMANDS.put("schema", SchemaCommand.class);
        COMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    /** Runs the command line and returns its exit code. */
    static int execute(String... args) {
        WarmUp warmUp = args.length > 0 && (args[0].equals("build") || args[0].equals("check"))
                ? WarmUp.start(args[0].equals("build")) : null;
        CommandLine cli = new CommandLine(new HandbookCommand());
        for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
            switch (reach(command.getKey(), args)) {
                case FULL -> cli.addSubcommand(warmUp != null && command.getValue() == BuildCommand.class
                        ? new BuildCommand(warmUp::toolKey) : command.getValue());
                case LISTED -> cli.addSubcommand(command.getKey(), listing(command.getValue()));
                case NONE -> { }
            }
        }
        // the help's sentences only when help is printed: finding the language reads handbook.yml
        if (HelpLanguage.wanted(args)) cli.setResourceBundle(HelpLanguage.bundle(args, java.util.Locale.getDefault()));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> CrashReport.write(e, commandLine.getErr()));
        return cli.execute(args);
    }

    private enum Reach { FULL, LISTED, NONE }

    /** How much of the subcommand {@code name} a run with {@code args} can use. */
    private static Reach reach(String name, String[] args) {
        if (args.length == 0) return name.equals("help") ? Reach.FULL : Reach.LISTED;
        String first = args[0];
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) return Reach.NONE;
        if (args.length == 1 && (first.equals("--help") || first.equals("-h") || first.equals("help"))) {
            return name.equals("help") ? Reach.FULL : Reach.LISTED;
        }
        if (!first.equals("help") && COMMANDS.containsKey(first)) return first.equals(name) ? Reach.FULL : Reach.NONE;
        if (first.equals("help") && args.length == 2 && COMMANDS.containsKey(args[1])) {
            return name.equals("help") || name.equals(args[1]) ? Reach.FULL : Reach.NONE;
        }
        return Reach.FULL;
    }

    /**
     * A command as the overview lists it (name and first line of its description), without its options:
     * for runs that can only print the overview.
     */
    private static CommandLine listing(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(annotation.name());
        spec.aliases(annotation.aliases());
        spec.usageMessage().header(annotation.header()).description(annotation.description()).hidden(annotation.hidden());
        return new CommandLine(spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, check, serve, new, release, verify, import, schema or help.");
    }
}
