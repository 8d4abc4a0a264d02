package dev.handbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/handbook/check/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void dutchAndEnglishHaveTheSameMessages() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("nl"));
    }

    @Test
    void everyProblemCodeInTheSourceHasAMessageAndAHint() throws IOException {
        Pattern code = Pattern.compile("Problem\\.(?:error|warning)\\([^;]*?\"([a-z]+(?:\\.[a-z0-9-]+)+)\"", Pattern.DOTALL);
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) codes.add(m.group(1));
            }
        }
        assertThat(codes).hasSizeGreaterThan(30);
        Set<String> nl = keys("nl");
        for (String c : codes) {
            assertThat(nl).as(c).contains(c, c + ".hint");
        }
    }
}
