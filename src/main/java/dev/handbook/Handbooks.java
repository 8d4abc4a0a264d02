package dev.handbook;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.FolderDigest;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.markdown.RenderedPage;
import dev.handbook.output.OutputFile;
import dev.handbook.output.OutputFolderException;
import dev.handbook.output.OutputSink;
import dev.handbook.output.SiteWriter;
import dev.handbook.release.LiveEditions;
import dev.handbook.render.LazySite;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.pdf.PdfException;
import dev.handbook.render.pdf.PdfMaker;
import dev.handbook.render.print.PrintPage;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The generator's public face: check a handbook, or build it into a site. */
public final class Handbooks {
    private Handbooks() {}

    /** The PDF of the print page, made from the files of the new site as they lie in its staging folder. */
    private static OutputFile pdf(Pipeline.Result result, SiteWriter writer, Progress progress) throws PdfException, IOException {
        progress.step("cli.pdf-start", result.bodies().size());
        byte[] print = Files.readAllBytes(writer.staged(PrintPage.PATH));
        List<OutputFile> files = new ArrayList<>();
        for (String path : writer.written()) files.add(new OutputFile.Copied(path, writer.staged(path)));
        byte[] pdf = new PdfMaker(result.theme().fonts()).make(print, files);
        progress.step("cli.pdf-done", PdfMaker.PATH, pdf.length / 1024);
        return new OutputFile.Generated(PdfMaker.PATH, pdf);
    }

    private static boolean isRootOrHome(Path folder) {
        if (folder.getParent() == null) return true;
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        return folder.equals(home) || home.startsWith(folder) && folder.getNameCount() <= 1;
    }

    /** The language of the handbook in {@code source} ("nl" when it cannot be read), for messages. */
    public static String language(Path source) {
        return new dev.handbook.config.ConfigLoader(new Problems()).load(source).language();
    }

    /** Finds every problem of the handbook in {@code source} without writing anything. */
    public static Outcome check(Path source, Options options) {
        Pipeline.Result result = Pipeline.run(source, options, Set.of());
        return new Outcome(result.problems().sorted(), result.handbook().config().language(),
                result.bodies().size(), false);
    }

    /**
     * Checks the handbook as {@link #build} does and hands {@code site} the site, made when its files are
     * asked for (see {@link SiteRenderer#lazy}): the preview shows a save as soon as the handbook is
     * checked, and keeps {@code memory} between saves, so that only what a save changed is made again.
     * The preview calls {@link PreviewMemory#finish()} itself, once the site is made whole. When the
     * handbook has errors (or warnings, when strict) {@code site} is not called and the outcome is not
     * {@code written}.
     */
    public static Outcome preview(Path source, Options options, PreviewMemory memory, Consumer<LazySite> site) {
        Pipeline.Result result = Pipeline.run(source, options, memory);
        Problems problems = result.problems();
        String language = result.handbook().config().language();
        boolean usable = !problems.hasErrors() && !(options.strict() && problems.hasWarnings());
        if (usable) {
            SiteRenderer renderer = new SiteRenderer(result.handbook(), result.entries(), result.theme(), memory.cache(),
                    result.keys(), memory.structural());
            site.accept(renderer.lazy(result.bodies()));
        }
        return new Outcome(problems.sorted(), language, result.bodies().size(), usable);
    }

    /**
     * Renders the site in memory without writing it, for a release; {@code excluded} are folders in
     * the source to leave out (the releases). Problems stop it before rendering, as they stop a build.
     */
    public static Rendering render(Path source, Options options, Set<Path> excluded) {
        Pipeline.Result result = Pipeline.run(source, options, excluded);
        Problems problems = result.problems();
        Outcome outcome = new Outcome(problems.sorted(), result.handbook().config().language(), result.bodies().size(), false);
        if (problems.hasErrors() || (options.strict() && problems.hasWarnings())) {
            return new Rendering(outcome, result.handbook(), result.entries(), result.bodies(), List.of(), null, result.theme());
        }
        // a release reads every body several times (site, changes, content snapshot): rendered once here
        List<RenderedPage> bodies = result.bodies().parallelStream()
                .map(b -> RenderedPage.of(b.page(), b.html(), b.headings()))
                .toList();
        SiteRenderer renderer = new SiteRenderer(result.handbook(), result.entries(), result.theme());
        return new Rendering(outcome, result.handbook(), result.entries(), bodies, renderer.render(bodies), renderer,
                result.theme());
    }

    /**
     * Builds the site into {@code out}. When the handbook has errors (or warnings, when strict) nothing
     * is written and the last good site stays as it was.
     */
    public static Outcome build(Path source, Path out, Options options) throws IOException {
        return build(source, out, options, Progress.NONE);
    }

    /** As {@link #build(Path, Path, Options)}, telling {@code progress} about long steps. */
    public static Outcome build(Path source, Path out, Options options, Progress progress) throws IOException {
        return build(source, out, options, progress, LiveEditions.defaultFolder(source), BuildCache.NONE);
    }

    /** As {@link #build(Path, Path, Options, Progress)}, with the editions in {@code releases} on a versions page. */
    public static Outcome build(Path source, Path out, Options options, Progress progress, Path releases) throws IOException {
        return build(source, out, options, progress, releases, BuildCache.NONE);
    }

    /** As {@link #build(Path, Path, Options, Progress, Path, BuildCache)} with the releases beside the source. */
    public static Outcome build(Path source, Path out, Options options, Progress progress, BuildCache cache)
            throws IOException {
        return build(source, out, options, progress, LiveEditions.defaultFolder(source), cache);
    }

    /**
     * As {@link #build(Path, Path, Options, Progress, Path)}, reusing from {@code cache} the results of
     * earlier builds whose inputs are all unchanged; the site is byte for byte the one a build without
     * cache makes.
     */
    public static Outcome build(Path source, Path out, Options options, Progress progress, Path releases,
            BuildCache cache) throws IOException {
        Path absoluteOut = out.toAbsolutePath().normalize();
        if (isRootOrHome(absoluteOut)) {
            return new Outcome(List.of(Problem.error(out.toString(), Pos.NONE, "output.dangerous", absoluteOut)), "nl", 0, false);
        }
        if (source.toAbsolutePath().normalize().startsWith(absoluteOut)) {
            Problem problem = Problem.error(out.toString(), Pos.NONE, "output.contains-source");
            return new Outcome(List.of(problem), "nl", 0, false);
        }
        Pipeline.Result result = cache == BuildCache.NONE
                ? Pipeline.run(source, options, Set.of(out))
                : Pipeline.run(source, options, Set.of(out), cache, FolderDigest.tool());
        Problems problems = result.problems();
        String language = result.handbook().config().language();
        if (problems.hasErrors() || (options.strict() && problems.hasWarnings())) {
            return new Outcome(problems.sorted(), language, result.bodies().size(), false);
        }
        SiteRenderer renderer = new SiteRenderer(result.handbook(), result.entries(), result.theme(), cache, result.keys());
        List<Problem> found = new ArrayList<>();
        LiveEditions editions = LiveEditions.read(releases, result.handbook(), found);
        problems.addAll(found);
        try (SiteWriter writer = SiteWriter.open(out)) {
            OutputSink site = editions.around(writer);
            renderer.render(result.bodies(), site);
            editions.finish(site, renderer);
            if (options.pdf()) writer.add(pdf(result, writer, progress));
            writer.commit();
            cache.finish();
        } catch (PdfException e) {
            problems.add(Problem.error(out.resolve(PdfMaker.PATH).toString(), Pos.NONE, e.code(), e.detail()));
            return new Outcome(problems.sorted(), language, result.bodies().size(), false);
        } catch (OutputFolderException e) {
            problems.add(Problem.error(e.folder(), Pos.NONE, e.code()));
            return new Outcome(problems.sorted(), language, result.bodies().size(), false);
        }
        return new Outcome(problems.sorted(), language, result.bodies().size(), true);
    }
}
