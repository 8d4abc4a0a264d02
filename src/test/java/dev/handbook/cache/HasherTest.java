package dev.handbook.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hasher gives the key of its parts exactly as framed one by one, whatever their size, and no two framings meet. */
class HasherTest {
    /**
     * The parts as the cache's keys define them: a string as a marker, its length in four bytes and its
     * UTF-16 code units; bytes as their length in eight bytes, then the bytes; all little-endian.
     */
    private static final class Reference {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Reference add(String text) {
            if (text == null) {
                bytes.write(0xff);
                return this;
            }
            bytes.write(0);
            little(text.length(), 4);
            for (int i = 0; i < text.length(); i++) little(text.charAt(i), 2);
            return this;
        }

        Reference addBytes(byte[] b) {
            little(b.length, 8);
            bytes.writeBytes(b);
            return this;
        }

        private void little(long value, int size) {
            for (int i = 0; i < size; i++) bytes.write((int) (value >>> (8 * i)) & 0xff);
        }

        String key() {
            HashValue128 value = Hashing.xxh3_128().hashBytesTo128Bits(bytes.toByteArray());
            return HexFormat.of().toHexDigits(value.getMostSignificantBits()) + HexFormat.of().toHexDigits(value.getLeastSignificantBits());
        }
    }

    @Test
    void partsOfEverySizeAndScriptGiveTheKeyOfTheirBytes() {
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

    @Test
    void partsThatWouldReadTheSameWrittenTogetherGiveOtherKeys() {
        assertThat(Hasher.of("k").add("ab").add("c").key()).isNotEqualTo(Hasher.of("k").add("a").add("bc").key());
        assertThat(Hasher.of("k").add((String) null).key()).isNotEqualTo(Hasher.of("k").add("").key());
        assertThat(Hasher.of("k").add("ab").key()).isNotEqualTo(Hasher.of("k").add("ab".getBytes(java.nio.charset.StandardCharsets.UTF_8)).key());
        assertThat(Hasher.of("k").key()).isNotEqualTo(Hasher.of("l").key());
    }

    @Test
    void aKeyIsThirtyTwoLowerHexDigits() {
        assertThat(Hasher.of("k").key().hex()).matches("[0-9a-f]{32}");
        assertThatThrownBy(() -> new CacheKey("A".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CacheKey("a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }
}
