package dev.handbook.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own while this one goes on, so that both cores work (the search
 * index is merged while the overviews and the print page are made). The thread is a daemon, so that
 * it never keeps the JVM from exiting when a build fails before asking for the result.
 */
final class BackgroundTask<T> {
    private final FutureTask<T> task;
    private final String during;

    private BackgroundTask(FutureTask<T> task, String during) {
        this.task = task;
        this.during = during;
    }

    /**
     * @param name the thread's name
     * @param during what the work does, for the message when waiting for it is interrupted
     */
    static <T> BackgroundTask<T> start(String name, String during, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundTask<>(task, during);
    }

    /** The result, once made; an unchecked exception or error of the work is thrown here as it was. */
    T result() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + during);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }
}
