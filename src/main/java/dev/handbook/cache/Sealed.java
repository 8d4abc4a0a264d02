package dev.handbook.cache;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A result as the disk cache stores it: its bytes, then their length, their CRC-32C and a mark. What
 * was cut short, padded, overwritten or written by something else does not open. CRC-32C, not a
 * cryptographic digest: it guards against accidents in a folder the user owns, and costs next to
 * nothing (the JVM computes it with the processor's own instruction).
 */
final class Sealed {
    /** "HBc1": a file of this format. */
    private static final int MARK = 0x48426331;
    private static final int TRAILER = Long.BYTES + Integer.BYTES + Integer.BYTES;

    private Sealed() {}

    static byte[] seal(byte[] value) {
        ByteBuffer out = ByteBuffer.allocate(value.length + TRAILER);
        out.put(value).putLong(value.length).putInt(crc(value, value.length)).putInt(MARK);
        return out.array();
    }

    /** The bytes {@link #seal} was given, or null when {@code stored} is not a whole sealed result. */
    static byte[] open(byte[] stored) {
        if (stored.length < TRAILER) return null;
        ByteBuffer trailer = ByteBuffer.wrap(stored, stored.length - TRAILER, TRAILER);
        long length = trailer.getLong();
        int crc = trailer.getInt();
        if (trailer.getInt() != MARK || length != stored.length - TRAILER) return null;
        if (crc(stored, (int) length) != crc) return null;
        return Arrays.copyOf(stored, (int) length);
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
