package dev.handbook;

import dev.handbook.check.Language;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.importer.ImportException;
import dev.handbook.importer.ImportRequest;
import dev.handbook.importer.ImportResult;
import dev.handbook.importer.Importer;
import dev.handbook.model.SitePaths;
import dev.handbook.output.Progress;
import dev.handbook.output.Publisher;
import dev.handbook.output.SiteTransform;
import dev.handbook.pipeline.Build;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Built;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.PreviewMemory;
import dev.handbook.pipeline.PreviewSite;
import dev.handbook.pipeline.Reuse;
import dev.handbook.pipeline.SiteFolder;
import dev.handbook.release.LiveEditions;
import dev.handbook.release.Releaser;
import dev.handbook.render.pdf.ChapterPdfs;
import dev.handbook.render.pdf.PdfMaker;
import dev.handbook.render.pdf.PdfOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The generator's public face: check a handbook, build it into a folder, preview it, release an
 * edition. Each use runs the one pipeline ({@link Build}) and publishes its site the one way out
 * ({@link Publisher}), with the same steps for the folder and the preview.
 */
public final class Handbooks {
    private Handbooks() {}

    /** The language of the handbook in {@code source} ("nl" when it cannot be read), for messages. */
    public static String language(Path source) {
        return ConfigLoader.language(source);
    }

    /** Finds every problem of the handbook in {@code source} without writing anything. */
    public static Outcome check(Path source, Options options) {
        return Build.run(new BuildRequest(source, options), Reuse.none()).outcome(false);
    }

    /**
     * Finds every problem of the handbook in {@code source} as {@link #check} does, with {@code text} in
     * place of the page at {@code path} ("01-x/02-y.md"): what {@code check} would say once it is saved.
     */
    public static Outcome checkUnsaved(Path source, Options options, String path, String text) {
        Reuse unsaved = Reuse.unsaved(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Build.run(new BuildRequest(source, options), unsaved).outcome(false);
    }

    /** Builds the site into {@code out} as {@link #build(SiteRequest)} does, cold. */
    public static Outcome build(Path source, Path out, Options options) throws IOException {
        return build(SiteRequest.of(source, out, options));
    }

    /**
     * Builds the site into its output folder. When the handbook has errors (or warnings, when strict)
     * nothing is written and the last good site stays as it was.
     */
    public static Outcome build(SiteRequest request) throws IOException {
        Problem refusal = SiteFolder.refusal(request.source(), request.out());
        if (refusal != null) return new Outcome(List.of(refusal), Language.DEFAULT, 0, false);
        return SiteFolder.claim(request.out(), language(request.source()), folder -> {
            Built built = Build.run(new BuildRequest(request.source(), request.options(), Set.of(request.out())),
                    request.reuse());
            if (!built.usable()) {
                request.reuse().keep();
                return built.outcome(false);
            }
            Problems found = new Problems();
            Publisher publisher = new Publisher(siteSteps(built, request.releases(), request.progress(), found));
            return folder.write(built, publisher, request.reuse(), found);
        });
    }

    /**
     * Checks the handbook as {@link #build} does and hands {@code site} the site, made when its files are
     * asked for, with the way out a build takes: the preview shows a save as soon as the handbook is
     * checked, and keeps {@code memory} between saves, so that only what a save changed is made again.
     * The preview calls {@link PreviewMemory#finish()} itself, once the site is made whole. When the
     * handbook has errors (or warnings, when strict) {@code site} is not called and the outcome is not
     * {@code written}.
     */
    public static Outcome preview(Path source, Options options, PreviewMemory memory, Consumer<PreviewSite> site) {
        Built built = Build.run(new BuildRequest(source, options), Reuse.memory(memory));
        if (!built.usable()) return built.outcome(false);
        Problems found = new Problems();
        LiveEditions editions = LiveEditions.read(LiveEditions.defaultFolder(source), built.handbook(), found);
        List<SiteTransform> steps = siteSteps(built, editions, Progress.NONE);
        site.accept(new PreviewSite(built.site().lazy(), new Publisher(steps), editions.folders()));
        return built.outcome(true, found.all());
    }

    /** Makes the edition that {@code request} asks for; see {@link Releaser}. */
    public static Releaser.Result release(Releaser.Request request, Progress progress) throws IOException {
        return Releaser.release(request, progress);
    }

    /** Carries an MkDocs or Docusaurus site over into a new content folder; see {@link Importer}. */
    public static ImportResult importSite(ImportRequest request) throws ImportException, IOException {
        return Importer.run(request);
    }

    /** The steps every site of the handbook takes on its way out, to a folder or to the preview. */
    private static List<SiteTransform> siteSteps(Built built, Path releases, Progress progress, Problems found) {
        return siteSteps(built, LiveEditions.read(releases, built.handbook(), found), progress);
    }

    private static List<SiteTransform> siteSteps(Built built, LiveEditions editions, Progress progress) {
        List<SiteTransform> steps = new ArrayList<>();
        steps.add(editions);
        if (built.options().pdf()) {
            steps.add(new PdfOutput(new PdfMaker(built.theme().fonts()), SitePaths.PDF, null, built.bodies().size(),
                    progress, ChapterPdfs.of(built.handbook()),
                    built.theme().translations(built.handbook().config().language()).get("print.chapter-pdf")));
        }
        return steps;
    }
}
