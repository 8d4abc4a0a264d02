package dev.handbook.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** THIRD-PARTY.md names every library that the jar holds, so that no licence goes out unlisted. */
class ThirdPartyListIT {
    @Test
    void everyLibraryInTheJarIsListedWithItsLicence() throws Exception {
        String list = Files.readString(Path.of("THIRD-PARTY.md"));
        List<String> unlisted = new ArrayList<>();
        int libraries = 0;
        try (JarFile jar = new JarFile(Path.of("target/handbook.jar").toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                if (!entry.getName().startsWith("META-INF/maven/") || !entry.getName().endsWith("/pom.properties")) continue;
                Properties pom = new Properties();
                try (var in = jar.getInputStream(entry)) {
                    pom.load(in);
                }
                String group = pom.getProperty("groupId");
                String artifact = pom.getProperty("artifactId");
                if (group.equals("dev.handbook")) continue;
                libraries++;
                if (!list.contains("`" + group + "`") || !list.contains("`" + artifact + "` " + pom.getProperty("version"))) {
                    unlisted.add(group + ":" + artifact + ":" + pom.getProperty("version"));
                }
            }
        }
        assertThat(libraries).isGreaterThan(20);
        assertThat(unlisted).as("libraries in the jar that THIRD-PARTY.md does not list").isEmpty();
    }
}
