package dev.handbook.cli;

import java.util.Optional;

/**
 * Ends the worker JVM that {@link Launcher} started as soon as the launcher is gone. A launcher killed
 * outright (SIGKILL, a closed terminal, a CI job cancelled) runs no shutdown hook to stop its worker, and
 * the worker would go on and replace the site seconds later, unseen by anyone. The worker halts at once
 * instead: no shutdown hooks, no further step of the build, so a killed build never touches the site
 * later. Whatever it left beside the output folder (a staging folder, its lock, at worst a site swapped
 * halfway) is repaired by the next run.
 */
final class ParentWatch {
    /** How often the worker looks: {@link ProcessHandle#onExit()} on a process that is not one's child polls too, slower and slower (up to 5 s). */
    private static final long INTERVAL_MS = 200;
    /** The exit code of a halted worker; nobody waits for it, the launcher is gone. */
    private static final int HALTED = 143;

    private ParentWatch() {}

    /** Watches the launcher named by the system property {@link Launcher#LAUNCHED}, when this JVM is its worker. */
    static void start() {
        String value = System.getProperty(Launcher.LAUNCHED);
        if (value == null) return;
        long pid;
        try {
            pid = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return; // not started by a launcher that says who it is
        }
        // taken now, with the process's start time: a pid used again by another process later is not ours
        Optional<ProcessHandle> launcher = ProcessHandle.of(pid);
        if (launcher.isEmpty() || !launcher.get().isAlive()) Runtime.getRuntime().halt(HALTED);
        Thread watch = new Thread(() -> {
            ProcessHandle parent = launcher.get();
            while (parent.isAlive()) {
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(HALTED);
        }, "handbook-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
