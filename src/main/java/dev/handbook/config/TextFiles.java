package dev.handbook.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads source text strictly as UTF-8, so that a file in another encoding is reported, not garbled. */
public final class TextFiles {
    private TextFiles() {}

    public static String read(Path path) throws IOException {
        return decode(Files.readAllBytes(path));
    }

    /** The text of a file's bytes, as {@link #read} gives it. */
    public static String decode(byte[] bytes) throws IOException {
        // String's own decoding is several times faster than a decoder's; it writes U+FFFD for what is not
        // UTF-8, so only a text holding that character (a broken file, or one that means it) is decoded
        // again strictly, to tell the two apart
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether an exception from {@link #read} means the file is not UTF-8. */
    public static boolean isEncodingError(IOException e) {
        return e instanceof CharacterCodingException;
    }
}
