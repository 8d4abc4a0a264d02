package dev.handbook.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (var in = LabelsTest.class.getResourceAsStream("/dev/handbook/release/labels_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void dutchAndEnglishHaveTheSameStrings() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("nl")).isNotEmpty();
    }

    @Test
    void englishHandbooksGetEnglishPages() {
        Labels en = new Labels("en");
        assertThat(en.get("banner.text", "2", en.date(java.time.LocalDate.of(2025, 6, 2))))
                .isEqualTo("Edition 2 of 2 June 2025. This edition stays available unchanged.");
    }
}
