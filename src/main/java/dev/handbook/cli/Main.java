package dev.handbook.cli;

/**
 * The entry point. It knows no picocli: when {@link Launcher} hands {@code build} or {@code check}
 * to a tuned JVM, this one only waits for it, and every class it loads before starting the child
 * delays the build.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int launched = Launcher.run(args);
        if (launched >= 0) System.exit(launched);
        ParentWatch.start();
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and for {@link #main}). */
    public static int execute(String... args) {
        return HandbookCommand.execute(args);
    }
}
