package dev.handbook;

import dev.handbook.markdown.LinkTargets;
import dev.handbook.markdown.MarkdownEngine;
import dev.handbook.markdown.PageBody;
import dev.handbook.markdown.ParsedPage;
import dev.handbook.model.Page;
import dev.handbook.output.OutputFile;
import dev.handbook.pipeline.Build;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Built;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Reuse;
import dev.handbook.render.RenderCache;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.print.PrintPage;
import dev.handbook.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.jsoup.Jsoup;

/**
 * The hot stages of a build, one handbook at a time (by default the sample handbook in content/; give
 * -p source=/path/to/content for the bench corpus): Markdown to HTML, the site's templates, the print
 * page's parts and the search index. Each benchmark runs its stage over the whole handbook,
 * single-threaded, so a score is the stage's cost for that handbook. Run with: mvn -Pjmh -DskipTests package exec:exec
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {
    @Param("content")
    public String source;

    private Built result;
    private MarkdownEngine markdown;
    private List<Page> pages;
    private LinkTargets targets;
    private List<PageBody> bodies;

    @Setup
    public void load() {
        // the pipeline's bodies render on demand: made once here, so that the benchmarks below time their own stage only
        result = Build.run(new BuildRequest(Path.of(source), Options.DEFAULT), Reuse.none()).withBodiesKept();
        if (!result.usable()) throw new IllegalStateException("the handbook has errors: " + source);
        markdown = new MarkdownEngine(result.handbook().config().language(), result.handbook().config().htmlBlocks());
        pages = result.handbook().readingOrder();
        Map<String, String> outputs = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (Page page : pages) {
            ParsedPage parsed = markdown.parse(page);
            outputs.put(page.sourcePath(), page.outputPath());
            ids.put(page.outputPath(), parsed.ids());
        }
        result.handbook().assets().forEach(a -> outputs.put(a.sourcePath(), a.outputPath()));
        targets = new LinkTargets(outputs, ids);
        bodies = result.bodies();
    }

    @Benchmark
    public void markdownParse(Blackhole sink) {
        for (Page page : pages) sink.consume(markdown.parse(page));
    }

    @Benchmark
    public void markdownToHtml(Blackhole sink) {
        for (Page page : pages) sink.consume(markdown.render(markdown.parse(page), targets));
    }

    @Benchmark
    public void templates(Blackhole sink) throws IOException {
        SiteRenderer renderer = new SiteRenderer(result.handbook(), result.entries(), result.theme(), bodies, RenderCache.NONE);
        renderer.writeTo(file -> sink.consume(file instanceof OutputFile.Generated g ? g.bytes() : file));
    }

    /** Each page's part of the print page from its body: the parse and the rewrite, one page after another. */
    @Benchmark
    public void printParts(Blackhole sink) {
        PrintPage print = new PrintPage(result.handbook(), result.entries(), pages);
        for (PageBody body : bodies) sink.consume(print.part(body.page(), Jsoup.parseBodyFragment(body.html()).body()));
    }

    @Benchmark
    public void searchIndex(Blackhole sink) {
        sink.consume(SearchIndex.files(result.handbook(), result.entries(), bodies));
    }
}
