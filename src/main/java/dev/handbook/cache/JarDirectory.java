package dev.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The key of a jar from its central directory, which lists every entry with its size and CRC-32. */
final class JarDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xffff;

    private JarDirectory() {}

    static CacheKey key(Path jar) {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
            ByteBuffer tail = read(channel, size - tailLength, tailLength);
            for (int at = tailLength - END_LENGTH; at >= 0; at--) {
                if (tail.getInt(at) != END_SIGNATURE) continue;
                long directorySize = Integer.toUnsignedLong(tail.getInt(at + 12));
                long directoryStart = Integer.toUnsignedLong(tail.getInt(at + 16));
                if (directoryStart + directorySize > size || directorySize > Integer.MAX_VALUE) break;
                byte[] directory = new byte[(int) directorySize];
                read(channel, directoryStart, (int) directorySize).get(directory);
                return Hasher.of("tool jar").add(size).add(directory).key();
            }
            // not a zip we can read the directory of: key the whole file
            return FolderDigest.of("tool", java.util.List.of(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) throw new IOException("jar ends early");
        }
        return buffer.flip();
    }
}
