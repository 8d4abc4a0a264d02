package dev.handbook.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    @TempDir
    Path dir;

    @Test
    void aResultOutlivesTheProcessThatStoredIt() {
        CacheKey key = Hasher.of("page").add("a.md").add("tekst").key();
        new DiskCache(dir).put(key, new byte[] {1, 2, 3});

        DiskCache later = new DiskCache(dir);
        assertThat(later.get(key)).containsExactly(1, 2, 3);
        assertThat(later.get(Hasher.of("page").add("a.md").add("tekst!").key())).isNull();
        assertThat(later.stats()).isEqualTo(new CacheStats(1, 1));
    }

    @Test
    void partsOfAKeyCannotBeShiftedIntoEachOther() {
        assertThat(Hasher.of("k").add("ab").add("c").key()).isNotEqualTo(Hasher.of("k").add("a").add("bc").key());
        assertThat(Hasher.of("k").add((String) null).key()).isNotEqualTo(Hasher.of("k").add("").key());
    }

    @Test
    void aFolderKeyFollowsEveryByteAndName() throws Exception {
        Path theme = Files.createDirectories(dir.resolve("theme/templates"));
        Files.writeString(theme.resolve("page.peb"), "<p>{{ page.title }}</p>");
        CacheKey first = FolderDigest.of("theme", List.of(dir.resolve("theme")));
        Files.writeString(theme.resolve("page.peb"), "<p>{{ page.title}}</p>");
        CacheKey edited = FolderDigest.of("theme", List.of(dir.resolve("theme")));
        Files.move(theme.resolve("page.peb"), theme.resolve("home.peb"));
        CacheKey renamed = FolderDigest.of("theme", List.of(dir.resolve("theme")));

        assertThat(edited).isNotEqualTo(first);
        assertThat(renamed).isNotEqualTo(edited);
        assertThat(FolderDigest.of("theme", List.of(dir.resolve("theme")))).isEqualTo(renamed);
    }

    @Test
    void theRunningToolHasAKey() {
        assertThat(FolderDigest.tool()).isEqualTo(FolderDigest.tool());
    }

    @Test
    void finishingDropsWhatTheBuildDidNotUse() {
        CacheKey kept = Hasher.of("x").add("kept").key();
        CacheKey dropped = Hasher.of("x").add("dropped").key();
        DiskCache first = new DiskCache(dir);
        first.put(kept, new byte[] {1});
        first.put(dropped, new byte[] {2});

        DiskCache second = new DiskCache(dir);
        assertThat(second.get(kept)).isNotNull();
        second.finish();

        DiskCache third = new DiskCache(dir);
        assertThat(third.get(kept)).containsExactly(1);
        assertThat(third.get(dropped)).isNull();
    }

    @Test
    void aResultThatIsNotWhatWasStoredIsAMissAndIsDropped() throws Exception {
        CacheKey key = Hasher.of("page").add("a.md").key();
        DiskCache first = new DiskCache(dir);
        first.put(key, "<p>heel</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file;
        try (java.util.stream.Stream<Path> walk = Files.walk(first.folder())) {
            file = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 5));

        DiskCache second = new DiskCache(dir);
        assertThat(second.get(key)).isNull();
        assertThat(file).doesNotExist();
        assertThat(second.stats()).isEqualTo(new CacheStats(0, 1));
        second.put(key, new byte[] {7});
        assertThat(new DiskCache(dir).get(key)).containsExactly(7);
    }

    @Test
    void aFolderWhereAResultShouldBeIsAMiss() throws Exception {
        CacheKey key = Hasher.of("page").add("b.md").key();
        DiskCache cache = new DiskCache(dir);
        Files.createDirectories(cache.folder().resolve(key.hex().substring(0, 2)).resolve(key.hex()).resolve("x"));
        assertThat(cache.get(key)).isNull();
        cache.finish();
    }
}
