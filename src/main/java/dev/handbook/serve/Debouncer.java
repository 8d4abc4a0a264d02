package dev.handbook.serve;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once a burst of changes has gone quiet, on a thread of its own. Changes that come
 * while the action runs lead to one more run afterwards, so no change is lost and runs never
 * overlap. A burst that never goes quiet still gets a run after {@code maxDelay}.
 */
final class Debouncer implements Closeable {
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Runnable action;
    private final Thread thread;
    private boolean pending;
    private boolean closed;
    private long firstChange;
    private long lastChange;

    Debouncer(Duration quiet, Duration maxDelay, Runnable action, String name) {
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = Math.max(maxDelay.toNanos(), quietNanos);
        this.action = action;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Something changed: run the action when things have been quiet for a while. */
    synchronized void changed() {
        long now = System.nanoTime();
        if (!pending) firstChange = now;
        pending = true;
        lastChange = now;
        notifyAll();
    }

    private void loop() {
        while (awaitQuiet()) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // the action reports its own failures; the next change gets a new run
            }
        }
    }

    /** Waits for a change and then for quiet; false when closed. */
    private synchronized boolean awaitQuiet() {
        try {
            while (!pending && !closed) wait();
            while (!closed) {
                long now = System.nanoTime();
                long until = Math.min(lastChange + quietNanos, firstChange + maxDelayNanos);
                if (until - now <= 0) break;
                TimeUnit.NANOSECONDS.timedWait(this, until - now);
            }
            pending = false;
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }
}
