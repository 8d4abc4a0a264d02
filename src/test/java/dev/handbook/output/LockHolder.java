package dev.handbook.output;

import java.nio.file.Path;

/**
 * Another run, for tests: takes the lock file named by the first argument, prints "held" and its process
 * id, and keeps the lock until it is killed or its input closes.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]))) {
            System.out.println("held " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test lets go
            }
        }
    }

    /** Starts a holder of {@code lock} in a JVM of its own and waits until it holds it. */
    public static Process start(Path lock) throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), lock.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
        if (line == null || !line.equals("held " + holder.pid())) {
            holder.destroyForcibly();
            throw new IllegalStateException("the lock holder did not take the lock: " + line);
        }
        return holder;
    }
}
