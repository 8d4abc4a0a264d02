package dev.handbook.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The disk cache as a build uses it, in the system's temporary folder as users get it: a cold build
 * stores {@code results} results of {@code size} bytes and finishes; a rebuild takes all of them back
 * and finishes. The defaults are what a cold build of the 1,000-page bench corpus stores. Each
 * iteration starts from a fresh folder (a filled one for the rebuild), so one shot is one build's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
public class CacheBenchmarks {
    @Param("5000")
    public int results;

    @Param("11000")
    public int size;

    @Param("content")
    public String source; // the stage benchmarks' parameter; unused here

    private CacheKey[] keys;
    private byte[][] values;
    private Path empty;
    private Path filled;

    @Setup(Level.Trial)
    public void values() {
        Random random = new Random(1);
        keys = new CacheKey[results];
        values = new byte[results][];
        for (int i = 0; i < results; i++) {
            keys[i] = Hasher.of("page").add(i).key();
            values[i] = new byte[size];
            random.nextBytes(values[i]);
        }
    }

    @Setup(Level.Iteration)
    public void folders() throws IOException {
        empty = Files.createTempDirectory("cache-bench-empty");
        filled = Files.createTempDirectory("cache-bench-filled");
        DiskCache cache = new DiskCache(filled);
        for (int i = 0; i < results; i++) cache.put(keys[i], values[i]);
        cache.finish();
    }

    @TearDown(Level.Iteration)
    public void remove() throws IOException {
        for (Path folder : new Path[] {empty, filled}) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public void coldBuildStores() {
        DiskCache cache = new DiskCache(empty);
        for (int i = 0; i < results; i++) {
            if (cache.get(keys[i]) == null) cache.put(keys[i], values[i]);
        }
        cache.finish();
    }

    @Benchmark
    public void rebuildTakes(Blackhole sink) {
        DiskCache cache = new DiskCache(filled);
        for (int i = 0; i < results; i++) sink.consume(cache.get(keys[i]));
        cache.finish();
    }
}
