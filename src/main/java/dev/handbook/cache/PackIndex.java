package dev.handbook.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The index of a {@link Pack}: where each result stands in the pack file, for the pack of one
 * generation. It is written whole beside its place and moved in, and it carries its own checksum, so
 * that an index that is damaged, cut short or of another pack is not trusted: the cache then starts
 * empty, which makes a build slower and never wrong.
 */
final class PackIndex {
    /** "HBi3": an index of this format (2 held keys of 32 bytes). */
    private static final int MARK = 0x48426933;
    private static final int KEY = CacheKey.BYTES;
    private static final int ENTRY = KEY + Long.BYTES + Integer.BYTES;
    private static final int HEAD = Integer.BYTES + Long.BYTES + Integer.BYTES;

    /** Where one result stands in the pack: its sealed bytes from {@code offset}, {@code length} long. */
    record Slot(long offset, int length) {}

    private PackIndex() {}

    /** The slots of {@code file}, or null when it is missing, damaged, or made for another generation of the pack. */
    static Map<CacheKey, Slot> read(Path file, long generation, long packSize) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        if (bytes.length < HEAD + Integer.BYTES) return null;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MARK || in.getLong() != generation) return null;
        int count = in.getInt();
        if (count < 0 || (long) count * ENTRY != bytes.length - HEAD - Integer.BYTES) return null;
        if (in.getInt(bytes.length - Integer.BYTES) != crc(bytes, bytes.length - Integer.BYTES)) return null;
        Map<CacheKey, Slot> slots = new HashMap<>(count * 2);
        byte[] key = new byte[KEY];
        for (int i = 0; i < count; i++) {
            in.get(key);
            long offset = in.getLong();
            int length = in.getInt();
            if (offset < 0 || length < 0 || offset + length > packSize) return null;
            slots.put(new CacheKey(HexFormat.of().formatHex(key)), new Slot(offset, length));
        }
        return slots;
    }

    /** Writes the index of {@code slots} for the pack of {@code generation} into {@code file}, whole. */
    static void write(Path file, long generation, Map<CacheKey, Slot> slots) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(HEAD + slots.size() * ENTRY + Integer.BYTES);
        out.putInt(MARK).putLong(generation).putInt(slots.size());
        for (Map.Entry<CacheKey, Slot> slot : slots.entrySet()) {
            out.put(HexFormat.of().parseHex(slot.getKey().hex()));
            out.putLong(slot.getValue().offset()).putInt(slot.getValue().length());
        }
        out.putInt(crc(out.array(), out.position()));
        Path part = Files.createTempFile(file.getParent(), "index", ".part");
        Files.write(part, out.array());
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
