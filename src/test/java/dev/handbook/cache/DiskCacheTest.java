package dev.handbook.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    @TempDir
    Path dir;

    @Test
    void aResultOutlivesTheProcessThatStoredIt() {
        CacheKey key = Hasher.of("page").add("a.md").add("tekst").key();
        DiskCache first = new DiskCache(dir);
        first.put(key, new byte[] {1, 2, 3});
        first.finish();

        DiskCache later = new DiskCache(dir);
        assertThat(later.get(key)).containsExactly(1, 2, 3);
        assertThat(later.get(Hasher.of("page").add("a.md").add("tekst!").key())).isNull();
        assertThat(later.stats()).isEqualTo(new CacheStats(1, 1));
    }

    @Test
    void aResultIsFoundInTheBuildThatStoredIt() {
        CacheKey key = Hasher.of("page").add("a.md").key();
        DiskCache cache = new DiskCache(dir);
        cache.put(key, new byte[] {4, 5});
        assertThat(cache.get(key)).containsExactly(4, 5);
    }

    @Test
    void allResultsGoIntoOneFile() {
        DiskCache cache = new DiskCache(dir);
        for (int i = 0; i < 200; i++) cache.put(Hasher.of("page").add(i).key(), new byte[] {(byte) i});
        cache.finish();
        assertThat(cache.folder().toFile().list()).containsExactlyInAnyOrder("results.pack", "results.index", "results.lock");
        DiskCache later = new DiskCache(dir);
        for (int i = 0; i < 200; i++) assertThat(later.get(Hasher.of("page").add(i).key())).containsExactly((byte) i);
    }

    @Test
    void aBuildThatStoppedOnErrorsKeepsWhatItStoredAndWhatWasThere() {
        CacheKey before = Hasher.of("x").add("before").key();
        CacheKey during = Hasher.of("x").add("during").key();
        DiskCache first = new DiskCache(dir);
        first.put(before, new byte[] {1});
        first.finish();

        DiskCache failed = new DiskCache(dir);
        failed.put(during, new byte[] {2});
        failed.keep();

        DiskCache next = new DiskCache(dir);
        assertThat(next.get(before)).containsExactly(1);
        assertThat(next.get(during)).containsExactly(2);
    }

    @Test
    void aSecondBuildAtTheSameTimeReadsButDoesNotWrite() {
        CacheKey old = Hasher.of("x").add("old").key();
        DiskCache first = new DiskCache(dir);
        first.put(old, new byte[] {1});
        first.finish();

        DiskCache appending = new DiskCache(dir);
        appending.put(Hasher.of("x").add("a").key(), new byte[] {2});
        DiskCache alongside = new DiskCache(dir); // the lock is taken: it only reads
        assertThat(alongside.get(old)).containsExactly(1);
        alongside.put(Hasher.of("x").add("b").key(), new byte[] {3});
        alongside.finish();
        appending.finish();

        DiskCache next = new DiskCache(dir);
        assertThat(next.get(Hasher.of("x").add("a").key())).containsExactly(2);
        assertThat(next.get(Hasher.of("x").add("b").key())).isNull();
    }

    @Test
    void thePackIsMadeAnewWhenMostOfItIsUnused() throws Exception {
        byte[] big = new byte[1 << 20];
        DiskCache first = new DiskCache(dir);
        for (int i = 0; i < 20; i++) first.put(Hasher.of("big").add(i).key(), big);
        CacheKey kept = Hasher.of("small").key();
        first.put(kept, new byte[] {9});
        first.finish();
        Path pack = first.folder().resolve("results.pack");
        assertThat(Files.size(pack)).isGreaterThan(20L << 20);

        DiskCache second = new DiskCache(dir);
        assertThat(second.get(kept)).containsExactly(9);
        second.finish();

        assertThat(Files.size(pack)).isLessThan(1024);
        assertThat(new DiskCache(dir).get(kept)).containsExactly(9);
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
        first.finish();

        DiskCache second = new DiskCache(dir);
        assertThat(second.get(kept)).isNotNull();
        second.finish();

        DiskCache third = new DiskCache(dir);
        assertThat(third.get(kept)).containsExactly(1);
        assertThat(third.get(dropped)).isNull();
    }

    @Test
    void aResultThatIsNotWhatWasStoredIsAMissAndIsStoredAnew() throws Exception {
        CacheKey key = Hasher.of("page").add("a.md").key();
        DiskCache first = new DiskCache(dir);
        first.put(key, "<p>heel</p>".getBytes(StandardCharsets.UTF_8));
        first.finish();
        Path pack = first.folder().resolve("results.pack");
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length - 20] ^= 0x20; // one bit of the stored text turned over
        Files.write(pack, bytes);

        DiskCache second = new DiskCache(dir);
        assertThat(second.get(key)).isNull();
        assertThat(second.stats()).isEqualTo(new CacheStats(0, 1));
        second.put(key, new byte[] {7});
        second.finish();
        assertThat(new DiskCache(dir).get(key)).containsExactly(7);
    }

    @Test
    void aDamagedIndexEmptiesTheCacheAndIsMadeAnew() throws Exception {
        CacheKey key = Hasher.of("page").add("b.md").key();
        DiskCache first = new DiskCache(dir);
        first.put(key, new byte[] {1});
        first.finish();
        Path index = first.folder().resolve("results.index");
        Files.write(index, Arrays.copyOf(Files.readAllBytes(index), 30));

        DiskCache second = new DiskCache(dir);
        assertThat(second.get(key)).isNull();
        second.put(key, new byte[] {2});
        second.finish();
        assertThat(new DiskCache(dir).get(key)).containsExactly(2);
    }

    @Test
    void aFolderWhereThePackShouldBeKeepsNothingAndBreaksNothing() throws Exception {
        CacheKey key = Hasher.of("page").add("c.md").key();
        DiskCache cache = new DiskCache(dir);
        Files.createDirectories(cache.folder().resolve("results.pack").resolve("x"));
        cache.put(key, new byte[] {1});
        assertThat(cache.get(key)).isNull();
        cache.finish();
    }

    @Test
    void theFolderOfTheOlderLayoutIsRemoved() throws Exception {
        Path older = Files.createDirectories(dir.resolve("v1/ab"));
        Files.write(older.resolve("ab12"), new byte[] {1});
        new DiskCache(dir).finish();
        assertThat(dir.resolve("v1")).doesNotExist();
    }
}
