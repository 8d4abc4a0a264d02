package dev.handbook.scaffold;

import dev.handbook.config.TextFiles;
import dev.handbook.content.FrontMatter;
import dev.handbook.text.Slugs;
import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlException;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Whether a chapter folder is an appendix: its index says {@code appendix: true}, or its name says so. */
final class Appendices {
    /** Folder names (without number prefix) that mean "appendices" in the supported languages. */
    static final Set<String> NAMES = Set.of("bijlagen", "bijlage", "appendix", "appendices");

    private Appendices() {}

    static boolean is(Path chapter) {
        if (NAMES.contains(Slugs.fromFileName(chapter.getFileName().toString()))) return true;
        for (String index : new String[] {"index.md", "_index.md"}) {
            Path file = chapter.resolve(index);
            if (!Files.isRegularFile(file)) continue;
            try {
                FrontMatter front = FrontMatter.split(TextFiles.read(file));
                if (front.yaml() == null) return false;
                return new StrictYaml().parse(front.yaml()) instanceof YamlMap map
                        && map.get("appendix").orElse(null) instanceof YamlScalar s && Boolean.TRUE.equals(s.value());
            } catch (IOException | YamlException e) {
                return false; // an index that does not read: the checker reports it, and it is no appendix
            }
        }
        return false;
    }
}
