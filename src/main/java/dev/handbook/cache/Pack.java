package dev.handbook.cache;

import dev.handbook.cache.PackIndex.Slot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files of a {@link DiskCache}: {@code results.pack}, which results are appended to, and
 * {@code results.index} (see {@link PackIndex}), which says where the results of the last build stand
 * in it. One process at a time appends, the one that holds the lock on {@code results.lock}; any
 * other reads what the index held when it opened and keeps nothing new (appending never moves a byte
 * that an open index points to, and a pack made anew replaces the file, so a reader keeps reading
 * the old one). When the space of results nobody uses outgrows the rest, the results in use are
 * copied into a new pack of a new generation, so the pack stays about one build's worth.
 */
final class Pack {
    /** "HBpack02": a pack of this format; its generation follows. */
    private static final long MARK = 0x48427061636b3032L;
    private static final int HEAD = Long.BYTES * 2;
    /** Appended results are gathered in memory and written in pieces of this size. */
    private static final int BUFFER = 1 << 20;
    /** Below this, unused space is not worth copying the pack for. */
    private static final long SMALL = 8L << 20;

    private final Path file;
    private final Path index;
    private final Map<CacheKey, Slot> slots;
    /** Null when nothing can be read: no pack, or a folder that refuses. */
    private final FileChannel channel;
    /** Null when this process may not append: another holds the lock, or the folder refuses writes. */
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final long generation;
    private final ByteBuffer pending;
    /** Where the pending bytes go in the file; the file's end, as far as it is written. */
    private volatile long written;
    private boolean closed;

    private Pack(Path root, Map<CacheKey, Slot> slots, FileChannel channel, FileChannel lockChannel, FileLock lock,
            long generation, long written) {
        this.file = root.resolve("results.pack");
        this.index = root.resolve("results.index");
        this.slots = new ConcurrentHashMap<>(slots);
        this.channel = channel;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.generation = generation;
        this.written = written;
        this.pending = lock == null ? null : ByteBuffer.allocate(BUFFER);
    }

    /** The pack in {@code root}; never fails: a folder that cannot be read or written gives a pack that keeps nothing. */
    static Pack open(Path root) {
        Path file = root.resolve("results.pack");
        FileChannel lockChannel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(root);
            lockChannel = FileChannel.open(root.resolve("results.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null; // another build appends (or the folder is read-only): this one only reads
        }
        if (lock == null) close(lockChannel);
        try {
            FileChannel channel = lock != null
                    ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.READ);
            long generation = generation(channel);
            Map<CacheKey, Slot> slots = generation == 0 ? null
                    : PackIndex.read(root.resolve("results.index"), generation, channel.size());
            if (slots != null) return new Pack(root, slots, channel, lock == null ? null : lockChannel, lock, generation, channel.size());
            if (lock == null) return new Pack(root, Map.of(), channel, null, null, generation, channel.size());
            // no pack yet, or one whose index is lost: start a new generation
            channel.truncate(0);
            long fresh = newGeneration();
            channel.write(head(fresh), 0);
            return new Pack(root, Map.of(), channel, lockChannel, lock, fresh, HEAD);
        } catch (IOException e) {
            close(lockChannel);
            return new Pack(root, Map.of(), null, null, null, 0, 0);
        }
    }

    /** The sealed bytes of {@code key}'s result, or null when the pack has none. */
    byte[] read(CacheKey key) {
        Slot slot = slots.get(key);
        if (slot == null || channel == null) return null;
        if (slot.offset() + slot.length() > written) flush();
        ByteBuffer bytes = ByteBuffer.allocate(slot.length());
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, slot.offset() + bytes.position()) < 0) return null;
            }
        } catch (IOException e) {
            return null;
        }
        return bytes.array();
    }

    /** How many results the pack holds. */
    int count() {
        return slots.size();
    }

    /** Forgets {@code key}'s result: what was read back was not what was stored. */
    void drop(CacheKey key) {
        slots.remove(key);
    }

    /** Appends a sealed result, when this process is the one that appends and the pack has none under the key. */
    synchronized void append(CacheKey key, byte[] sealed) {
        if (pending == null || closed || slots.containsKey(key)) return;
        long at = written + pending.position();
        if (sealed.length > pending.remaining()) {
            flush();
            if (sealed.length > pending.capacity()) {
                if (!write(ByteBuffer.wrap(sealed))) return;
                slots.put(key, new Slot(at, sealed.length));
                return;
            }
        }
        pending.put(sealed);
        slots.put(key, new Slot(at, sealed.length));
    }

    /**
     * The build is over: the index keeps the results of {@code used} (all of them when null), the pack
     * is made anew when most of it is unused, and the lock is let go.
     */
    synchronized void close(Set<CacheKey> used) {
        if (closed) return;
        closed = true;
        try {
            if (lock == null || !flush()) return;
            Map<CacheKey, Slot> kept = new HashMap<>(slots);
            if (used != null) kept.keySet().retainAll(used);
            long live = kept.values().stream().mapToLong(Slot::length).sum();
            long unused = written - HEAD - live;
            if (unused > live && unused > SMALL) {
                compact(kept);
            } else {
                PackIndex.write(index, generation, kept);
            }
        } catch (IOException e) {
            // the index stays as the last build left it, or is lost: the next build starts afresh
        } finally {
            close(channel);
            close(lockChannel); // lets go of the lock
        }
    }

    /** Copies the results in {@code kept} into a new pack of a new generation, in their order in the old one. */
    private void compact(Map<CacheKey, Slot> kept) throws IOException {
        Path part = Files.createTempFile(file.getParent(), "results", ".part");
        long fresh = newGeneration();
        Map<CacheKey, Slot> moved = new HashMap<>(kept.size() * 2);
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
            out.write(head(fresh), 0);
            long at = HEAD;
            List<Map.Entry<CacheKey, Slot>> inOrder = new ArrayList<>(kept.entrySet());
            inOrder.sort(Comparator.comparingLong(e -> e.getValue().offset()));
            for (Map.Entry<CacheKey, Slot> result : inOrder) {
                Slot slot = result.getValue();
                long copied = 0;
                while (copied < slot.length()) {
                    long n = channel.transferTo(slot.offset() + copied, slot.length() - copied, out.position(at + copied));
                    if (n <= 0) throw new IOException("pack ends early");
                    copied += n;
                }
                moved.put(result.getKey(), new Slot(at, slot.length()));
                at += slot.length();
            }
        }
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
        PackIndex.write(index, fresh, moved);
    }

    /** Writes what is pending; false when the file refused it, after which nothing more is kept. */
    private boolean flush() {
        synchronized (this) {
            if (pending == null || pending.position() == 0) return pending != null;
            pending.flip();
            boolean ok = write(pending);
            pending.clear();
            return ok;
        }
    }

    private boolean write(ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) written += channel.write(bytes, written);
            return true;
        } catch (IOException e) {
            slots.values().removeIf(slot -> slot.offset() + slot.length() > written);
            return false;
        }
    }

    /** The generation in the pack's head, or 0 when it has none (empty, or not a pack). */
    private static long generation(FileChannel channel) throws IOException {
        if (channel.size() < HEAD) return 0;
        ByteBuffer head = ByteBuffer.allocate(HEAD);
        while (head.hasRemaining()) {
            if (channel.read(head, head.position()) < 0) return 0;
        }
        return head.getLong(0) == MARK ? head.getLong(Long.BYTES) : 0;
    }

    private static ByteBuffer head(long generation) {
        return ByteBuffer.allocate(HEAD).putLong(MARK).putLong(generation).flip();
    }

    private static long newGeneration() {
        long generation;
        do {
            generation = ThreadLocalRandom.current().nextLong();
        } while (generation == 0);
        return generation;
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException e) {
            // nothing was pending on it
        }
    }
}
