package dev.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Source text is UTF-8 or reported: a Latin-1 file is an error, a file that holds U+FFFD itself is not. */
class TextFilesTest {
    @Test
    void dutchTextWithABomAndWindowsLineEndsIsReadAsWritten() throws IOException {
        byte[] bytes = "\uFEFFEén regio,\r\n‘brede welvaart’\rijs".getBytes(StandardCharsets.UTF_8);
        assertThat(TextFiles.decode(bytes)).isEqualTo("Eén regio,\n‘brede welvaart’\nijs");
    }

    @Test
    void aReplacementCharacterThatTheFileHoldsIsKept() throws IOException {
        assertThat(TextFiles.decode("kapot: \uFFFD.".getBytes(StandardCharsets.UTF_8))).isEqualTo("kapot: \uFFFD.");
    }

    @Test
    void bytesThatAreNotUtf8AreAnEncodingError() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cutShort = {'a', (byte) 0xC3};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] holdingFffdToo = ("\uFFFD" + "é").getBytes(StandardCharsets.UTF_8);
        holdingFffdToo[holdingFffdToo.length - 1] = 'x'; // é cut to its first byte
        for (byte[] bytes : new byte[][] {latin1, cutShort, surrogate, holdingFffdToo}) {
            IOException e = catchThrowableOfType(() -> TextFiles.decode(bytes), IOException.class);
            assertThat(e).isNotNull();
            assertThat(TextFiles.isEncodingError(e)).isTrue();
        }
    }
}
