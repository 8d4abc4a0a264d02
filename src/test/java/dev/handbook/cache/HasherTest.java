package dev.handbook.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The buffered hasher gives the key of its parts exactly as written out one by one, whatever their size. */
class HasherTest {
    /** The parts as the cache's keys define them: a marker, the length in eight bytes, then the bytes. */
    private static final class Reference {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Reference add(String text) {
            bytes.write(text == null ? 0xff : 0);
            byte[] b = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            return addBytes(b);
        }

        Reference addBytes(byte[] b) {
            for (int i = 0; i < 8; i++) bytes.write((int) ((long) b.length >>> (8 * i)) & 0xff);
            bytes.writeBytes(b);
            return this;
        }

        String key() throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        }
    }

    @Test
    void partsOfEverySizeAndScriptGiveTheKeyOfTheirBytes() throws Exception {
        String ascii = "hoofdstuk-3/brede-welvaart.md";
        String dutch = "Één regio, één aanpak: ‘brede welvaart’ — ĳs";
        String large = "x".repeat(9000);
        String largeDutch = "é".repeat(700);
        byte[] image = new byte[20_000];
        for (int i = 0; i < image.length; i++) image[i] = (byte) i;

        Hasher hasher = Hasher.of("kind");
        Reference reference = new Reference().add("kind");
        for (int round = 0; round < 300; round++) { // enough parts to fill the buffer many times over
            hasher.add(ascii).add(dutch).add((String) null).add("").add(round);
            reference.add(ascii).add(dutch).add(null).add("").add(Integer.toString(round));
        }
        hasher.add(large).add(image).add(largeDutch).add(List.of("a", "b")).add(Map.of("k", List.of("v")));
        reference.add(large).addBytes(image).add(largeDutch)
                .add("2").add("a").add("b")
                .add("1").add("k").add("1").add("v");

        assertThat(hasher.key().hex()).isEqualTo(reference.key());
    }

    @Test
    void aListIsNotTheSameAsItsElementsWritten() {
        assertThat(Hasher.of("k").add(List.of("a", "b")).key()).isNotEqualTo(Hasher.of("k").add("a").add("b").key());
    }
}
