package dev.handbook.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code build} and {@code check} in a second JVM tuned for a run of seconds, since
 * {@code java -jar} cannot carry JVM options. Measured on the 1,000-page bench corpus: the optimising
 * compiler (C2) cost half of the CPU time of a build, for code that the build has finished with before
 * it pays off, so the child stops at C1; and an AppCDS archive of the tool's classes, made beside the jar
 * after the first build that succeeds, saves most of the class loading at start-up. Its heap is capped at
 * {@value #HEAP}, which a 10,000-page handbook builds in (without a cap the JVM grows its heap to a
 * quarter of the machine's memory and keeps every parsed page it may reuse); a handbook that needs more
 * is built again without the cap. Set {@code HANDBOOK_LAUNCHER=off} to run in the first JVM.
 */
final class Launcher {
    // This class runs in the first JVM before the child starts, so every millisecond it takes delays the
    // build: no lambdas, method references, streams or string concatenation with `+` on values (each
    // bootstraps invokedynamic, 45 ms of the 90 ms this class took), only plain calls.
    /** The system property that tells the worker JVM the launcher's process id. */
    static final String LAUNCHED = "handbook.launched";
    static final String HEAP = "700m";
    /**
     * The cap when the build makes the PDF: openhtmltopdf holds the whole layout and the tagged document
     * until it saves, about 800 MB for the 1,000-page corpus (README, "Print page and PDF").
     */
    static final String PDF_HEAP = "1200m";
    /** What the JVM exits with on {@code -XX:+ExitOnOutOfMemoryError}; no command of ours uses it. */
    private static final int OUT_OF_MEMORY = 3;

    private Launcher() {}

    /** The exit code of the command run in a tuned JVM, or -1 when it was not started (run it here). */
    static int run(String[] args) {
        if (System.getProperty(LAUNCHED) != null || "off".equals(System.getenv("HANDBOOK_LAUNCHER"))) return -1;
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) return -1;
        Path jar = ownJar();
        if (jar == null) return -1;
        Path archive = archive(jar);
        // the classes a build loads are those a check loads and more, so a check never makes the archive
        Path classList = archive != null && !Files.isRegularFile(archive) && args[0].equals("build")
                ? beside(archive, ".classlist") : null;
        List<String> inherited = inheritedOptions();
        boolean capped = true;
        for (String option : inherited) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxRAM")) capped = false;
        }
        try {
            int code = start(command(jar, archive, classList, inherited, capped, args), false);
            if (classList != null) {
                if (code == 0) dump(jar, classList, archive);
                delete(classList);
            }
            if (capped && code == OUT_OF_MEMORY) {
                System.err.println("handbook: more than " + heap(args) + " of memory needed; building again without that limit");
                code = start(command(jar, archive, null, inherited, false, args), false);
            }
            return code;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static String heap(String[] args) {
        for (String arg : args) {
            if (arg.equals("--pdf")) return PDF_HEAP;
        }
        return HEAP;
    }

    /**
     * @param classList where the child lists the classes it loads, for the archive to be made from; null
     *     to run with the archive when there is one
     */
    private static List<String> command(Path jar, Path archive, Path classList, List<String> inherited, boolean capped,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-XX:TieredStopAtLevel=1");
        if (capped) command.addAll(List.of("-Xmx".concat(heap(args)), "-XX:+ExitOnOutOfMemoryError"));
        if (classList != null) {
            command.add("-XX:DumpLoadedClassList=".concat(classList.toString()));
        } else if (archive != null && Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=".concat(archive.toString()), "-Xlog:cds=off"));
        }
        // the worker ends when this JVM does, however it ends (ParentWatch)
        command.add(new StringBuilder("-D").append(LAUNCHED).append('=').append(ProcessHandle.current().pid()).toString());
        command.addAll(inherited);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Makes the class archive from the classes a build loaded: a static archive, which unlike a dynamic
     * one ({@code -XX:ArchiveClassesAtExit}) in Java 17 also takes classes compiled for Java 5 and older
     * (all of picocli: 180 classes that were loaded, verified by the old verifier, from the jar on every
     * run) and the lambda forms the build spun. It is written beside the archive and moved into place
     * whole, so that two first runs never leave half of one.
     */
    private static void dump(Path jar, Path classList, Path archive) throws InterruptedException {
        Path made = beside(archive, ".part");
        try {
            int code = start(List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=".concat(classList.toString()),
                    "-XX:SharedArchiveFile=".concat(made.toString()), "-Xlog:cds=off", "-cp", jar.toString()), true);
            if (code == 0) publish(made, archive);
        } catch (IOException e) {
            // no archive: the next build tries again
        } finally {
            delete(made);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left beside the jar; harmless
        }
    }

    /** A file of this process beside {@code archive}. */
    private static Path beside(Path archive, String suffix) {
        return archive.resolveSibling(new StringBuilder().append(archive.getFileName()).append('.')
                .append(ProcessHandle.current().pid()).append(suffix).toString());
    }

    /** @param quiet whether to drop what the process prints rather than pass it on */
    private static int start(List<String> command, boolean quiet) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (quiet) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.inheritIO();
        }
        Process child = builder.start();
        Thread stopChild = new Thread() {
            @Override
            public void run() {
                child.destroy();
            }
        };
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return code;
    }

    /** The jar this class was loaded from, or null when it runs from a class folder (tests, IDE). */
    private static Path ownJar() {
        try {
            Path code = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) && code.toString().endsWith(".jar") ? code : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /**
     * Where the class archive for this very jar lies (named by its size and time, so that a rebuilt jar
     * gets a new one), or null when the jar's folder cannot take one.
     */
    private static Path archive(Path jar) {
        try {
            String name = new StringBuilder().append('.').append(jar.getFileName()).append('-').append(Files.size(jar))
                    .append('-').append(Files.getLastModifiedTime(jar).toMillis()).append(".jsa").toString();
            Path archive = jar.toAbsolutePath().resolveSibling(name);
            return Files.isRegularFile(archive) || Files.isWritable(archive.getParent()) ? archive : null;
        } catch (IOException e) {
            return null; // no archive: a slower start, nothing worse
        }
    }

    /** Moves a newly written archive into place whole. */
    private static void publish(Path made, Path archive) {
        try {
            if (Files.isRegularFile(made)) Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another run published one first, or the folder refuses: the next run tries again
        }
    }

    /** Memory and system-property options given to the first JVM, passed on. */
    private static List<String> inheritedOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : ProcessHandle.current().info().arguments().orElse(new String[0])) {
            if (arg.equals("-jar") || arg.endsWith(File.separator.concat("handbook.jar"))) break;
            if (arg.startsWith("-X") || arg.startsWith("-D")) options.add(arg);
        }
        return options;
    }
}
