package dev.handbook.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lock file beside an output folder that one run at a time holds while it writes there: a second run
 * into the same folder is told the holder's process id instead of mixing its files into the first one's.
 * The holder keeps an operating-system lock on the file, which the system lets go of when the process
 * ends however it ends (a kill included), so a lock left by a dead run is taken over by the next one
 * without asking; the file holds the holder's process id, for the message. Where the file system has no
 * locks, a file whose process is still alive ({@link ProcessHandle#of}) counts as held.
 */
public final class OutputLock implements AutoCloseable {
    /**
     * The lock files this JVM holds. An operating-system lock belongs to the process, and on POSIX closing
     * any channel to the file lets go of it: a second attempt from this JVM must not even open the file.
     */
    private static final Map<Path, OutputLock> HELD = new ConcurrentHashMap<>();
    /** The byte locked: far past the pid, so that systems with mandatory locks still let others read it. */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The process that holds a lock file, when another run does. */
    public static final class Busy extends Exception {
        private final long pid;

        Busy(long pid) {
            super("held by process " + pid);
            this.pid = pid;
        }

        public long pid() {
            return pid;
        }
    }

    /** Takes the lock {@code file} (made when missing), or says which live process holds it. */
    public static OutputLock acquire(Path file) throws IOException, Busy {
        Path key = file.toAbsolutePath().normalize();
        Busy last = null;
        // a few rounds: the holder may delete the file between our open and our lock, or not have written
        // its process id yet
        for (int round = 0; round < 20; round++) {
            if (HELD.containsKey(key)) throw new Busy(ProcessHandle.current().pid());
            try {
                OutputLock taken = tryOnce(key);
                if (taken != null) {
                    if (HELD.putIfAbsent(key, taken) == null) return taken;
                    taken.release();
                }
            } catch (Busy busy) {
                if (busy.pid() > 0) throw busy;
                last = busy;
            }
            pause();
        }
        throw last != null ? last : new Busy(-1);
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the output lock");
        }
    }

    /** The lock, or null to try again; {@link Busy} when a live process holds it. */
    private static OutputLock tryOnce(Path file) throws IOException, Busy {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // another run's, or a dead one's: the lock on it tells
        }
        Object before = fileKey(file);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null; // its holder removed it just now
        }
        boolean kept = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
                if (lock == null) throw new Busy(pidIn(channel).orElse(-1));
            } catch (OverlappingFileLockException e) {
                return null; // another thread of this JVM is taking it right now; HELD tells next round
            } catch (IOException e) {
                lock = null; // no locks on this file system: the process id alone decides
                OptionalLong pid = pidIn(channel);
                if (pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid() && alive(pid.getAsLong())) {
                    throw new Busy(pid.getAsLong());
                }
            }
            // The file we locked may have been removed by its last holder after we looked: it is ours only if
            // the path still names the file we looked at. (Reading it by its path would not do: closing any
            // other channel to the file lets go of this process's lock on POSIX.)
            if (before != null && !before.equals(fileKey(file))) {
                if (lock != null) lock.release();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            kept = true;
            return new OutputLock(file, channel, lock);
        } finally {
            if (!kept) channel.close();
        }
    }

    /** What identifies the file at {@code path} (device and inode on POSIX), or null where there is nothing. */
    private static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return new Object(); // equal to nothing: try again
        }
    }

    private static OptionalLong pidIn(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        return pidIn(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
    }

    private static OptionalLong pidIn(String text) {
        String first = text.strip().split("\\s+", 2)[0];
        try {
            return OptionalLong.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether the process {@code pid} runs: a lock file whose process is gone is free to take. */
    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Lets go of the lock and removes its file, so that nothing is left beside the output folder. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                release();
            } finally {
                HELD.remove(file, this);
            }
        }
    }

    private void release() throws IOException {
        try {
            if (lock != null) lock.release();
        } finally {
            channel.close();
        }
    }
}
