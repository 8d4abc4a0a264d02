package dev.handbook.serve;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.TempFolders;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.PreviewMemory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Save-to-reload benchmark of the preview (a runnable, not a test: speed is measured, not asserted).
 * Copies a handbook to a temporary folder, starts the preview on it, opens an event stream as a
 * page would, waits five seconds as an editor reading the page does, then saves one page again and
 * again (a sentence appended) and measures the time from just before the write to the arrival of the
 * "reload" event. For reference it measures, in the same
 * run and the same warm JVM, a full {@code build} into a folder and a full render into memory.
 *
 * <p>Run: {@code bench/serve-reload.sh} (see the README), or after {@code mvn -DskipTests package}:
 * {@code java -cp target/handbook.jar:target/test-classes dev.handbook.serve.ReloadBenchmark CONTENT [SAVES]}
 */
public final class ReloadBenchmark {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private ReloadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReloadBenchmark CONTENT-FOLDER [SAVES (default 30)]");
            System.exit(2);
        }
        Path original = Path.of(args[0]);
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("handbook-reload-bench-");
        try {
            Path source = copy(original, work.resolve("content"));
            Path page = middlePage(source);
            System.out.printf("handbook: %s (%d Markdown files); saved page: %s%n", original,
                    countMarkdown(source), source.relativize(page));

            List<Long> builds = new ArrayList<>();
            List<Long> renders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long start = System.nanoTime();
                Outcome built = Handbooks.build(source, work.resolve("site"), Options.DEFAULT);
                long build = System.nanoTime() - start;
                if (!built.written()) throw new IllegalStateException("the handbook has errors: " + built.problems());
                start = System.nanoTime();
                Handbooks.preview(source, Options.DEFAULT, new PreviewMemory(), site -> {
                    site.files().rest();
                    site.files().pagePaths().forEach(site.files()::file);
                });
                long render = System.nanoTime() - start;
                if (i > 0) { // the first of each warms the JVM
                    builds.add(build);
                    renders.add(render);
                }
            }

            String address = "/" + Fixtures.built(source).handbook().readingOrder().stream()
                    .filter(p -> source.resolve(p.sourcePath()).equals(page))
                    .findFirst().orElseThrow().outputPath();
            List<Long> reloads = new ArrayList<>();
            List<Long> shown = new ArrayList<>();
            List<Long> rebuilds = new ArrayList<>();
            try (PreviewServer server = PreviewServer.start(ServeSettings.local(source, 0, Options.DEFAULT), PreviewLoadTest.quiet());
                    EventClient events = EventClient.open(Http.CLIENT, server.uri())) {
                events.next("state", WAIT);
                // an editor reads the page before the first save; the preview finishes its first site and
                // warms up the path of a save meanwhile (see PreviewBuilder)
                Thread.sleep(SETTLE.toMillis());
                String text = Files.readString(page);
                for (int i = -3; i < saves; i++) { // three saves to warm up
                    Thread.sleep(300); // an editor does not save faster than this
                    long start = System.nanoTime();
                    String sentence = "Bewaard voor de meting, keer " + i + ".";
                    Files.writeString(page, text + "\n" + sentence + "\n", StandardCharsets.UTF_8);
                    events.next("reload", WAIT);
                    long took = System.nanoTime() - start;
                    String html = Http.get(server.uri(), address).body();
                    long served = System.nanoTime() - start;
                    if (!html.contains(sentence)) throw new IllegalStateException("the reloaded page lacks the save: " + address);
                    if (i >= 0) {
                        reloads.add(took);
                        shown.add(served);
                        rebuilds.add(server.state().millis() * 1_000_000);
                    }
                }
                check(server.uri(), source, page);
            }
            System.out.printf("full build into a folder (reference): %s%n", summary(builds));
            System.out.printf("full render into memory:              %s%n", summary(renders));
            System.out.printf("save -> reload event, %d saves:       %s%n", saves, summary(reloads));
            System.out.printf("  of which the rebuild itself:        %s%n", summary(rebuilds));
            System.out.printf("save -> saved page served anew:       %s%n", summary(shown));
            System.out.printf("processors: %d, java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        } finally {
            TempFolders.delete(work);
        }
    }

    /** The served page shows the last save: the benchmark measured real reloads. */
    private static void check(URI base, Path source, Path page) throws Exception {
        String last = Files.readString(page).strip();
        String sentence = last.substring(last.lastIndexOf('\n') + 1);
        String html = Http.get(base, "/").body(); // any page; the saved one's address is the loader's business
        if (html.isEmpty()) throw new IllegalStateException("empty page");
        if (!sentence.startsWith("Bewaard")) throw new IllegalStateException("unexpected last line " + sentence);
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %d ms, p90 %d ms, min %d ms, max %d ms (n=%d)",
                ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(sorted.get(0)), ms(sorted.get(sorted.size() - 1)),
                sorted.size());
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static Path middlePage(Path source) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().contains("index"))
                    .sorted()
                    .toList();
            return pages.get(pages.size() / 2);
        }
    }

    private static long countMarkdown(Path source) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        return to;
    }
}
