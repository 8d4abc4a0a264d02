package dev.handbook.release;

import dev.handbook.check.Problem;
import dev.handbook.model.SitePaths;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The releases in a releases folder, oldest first. A folder without a manifest is no release (a
 * staging folder of a release under way starts with a dot and is skipped too); one whose manifest cannot
 * be read is reported, never guessed at.
 */
public record Editions(List<Edition> all, List<Problem> problems) {
    public Editions {
        all = List.copyOf(all);
        problems = List.copyOf(problems);
    }

    public static Editions read(Path releases) {
        List<Edition> editions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(releases)) return new Editions(editions, problems);
        try (Stream<Path> children = Files.list(releases)) {
            for (Path folder : children.sorted().toList()) {
                if (folder.getFileName().toString().startsWith(".") || !Files.isDirectory(folder)) continue;
                Path manifest = folder.resolve(SitePaths.EDITION_MANIFEST);
                if (!Files.isRegularFile(manifest)) continue;
                try {
                    editions.add(new Edition(folder, ManifestJson.read(Files.readAllBytes(manifest))));
                } catch (IOException | RuntimeException e) {
                    problems.add(Problem.error(manifest.toString(), Pos.NONE, "release.manifest-unreadable",
                            String.valueOf(e.getMessage())));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.error(releases.toString(), Pos.NONE, "file.unreadable", e.getMessage()));
        }
        editions.sort(Edition.ORDER);
        return new Editions(editions, problems);
    }

    /** The newest release, the one a new release is compared with. */
    public java.util.Optional<Edition> latest() {
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }
}
