package dev.handbook.release;

import dev.handbook.check.Problem;
import dev.handbook.config.ConfigLoader;
import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import dev.handbook.output.OutputLock;
import dev.handbook.output.Progress;
import dev.handbook.output.Publisher;
import dev.handbook.pipeline.Build;
import dev.handbook.pipeline.BuildRequest;
import dev.handbook.pipeline.Built;
import dev.handbook.pipeline.Options;
import dev.handbook.pipeline.Outcome;
import dev.handbook.pipeline.Reuse;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.pdf.PdfException;
import dev.handbook.render.pdf.PdfMaker;
import dev.handbook.render.pdf.PdfOutput;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a release: the edition of the published pages, checked strictly, written once into
 * {@code releases/VERSION/} with its PDF, zip, content and manifest. Everything is made in memory and
 * in a hidden staging folder beside it, and moved into place in one step at the end, so that a release
 * that fails halfway leaves no folder that looks complete; an existing release is never touched.
 */
public final class Releaser {
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    /**
     * @param title the edition's title, or null for the handbook's
     * @param sourceDateEpoch the environment's {@code SOURCE_DATE_EPOCH}, or null
     * @param today the date a release without a configured date gets
     */
    public record Request(Path source, Path releases, String version, String title, String sourceDateEpoch,
            LocalDate today, String tool) {}

    /** @param folder where the release now is, or null when it was not made */
    public record Result(Outcome outcome, Path folder, Changes changes) {}

    private Releaser() {}

    public static boolean validVersion(String version) {
        return VERSION.matcher(version).matches() && !version.contains("..");
    }

    public static Result release(Request request, Progress progress) throws IOException {
        String language = ConfigLoader.language(request.source());
        Path releases = request.releases().toAbsolutePath().normalize();
        Path shown = request.releases().resolve(request.version());
        ReleaseFolder.Claim claim;
        try {
            claim = ReleaseFolder.claim(releases, request.version());
        } catch (OutputLock.Busy busy) {
            return refused(language, Problem.error(shown.toString(), Pos.NONE, "release.busy", request.version(), busy.pid()));
        } catch (IOException e) {
            return refused(language, Problem.error(shown.toString(), Pos.NONE, "release.write-failed",
                    String.valueOf(e.getMessage())));
        }
        try (claim) {
            return release(request, progress, language, releases);
        }
    }

    /** Makes the release while this run holds its version. */
    private static Result release(Request request, Progress progress, String language, Path releases) throws IOException {
        Path target = releases.resolve(request.version());
        if (Files.exists(target)) {
            return refused(language, Problem.error(request.releases().resolve(request.version()).toString(), Pos.NONE,
                    "release.exists", request.version()));
        }
        Editions editions = Editions.read(releases);
        if (!editions.problems().isEmpty()) return refused(language, editions.problems());

        Built built = Build.run(new BuildRequest(request.source(), Options.release(), Set.of(releases)), Reuse.none());
        if (!built.usable()) return new Result(built.outcome(false), null, null);
        // a release reads every body several times (site, changes, content snapshot): rendered once here
        built = built.withBodiesKept();
        String edition = built.handbook().config().edition();
        if (edition != null && !edition.equals(request.version())) {
            // the cover, header and footer print the configured edition: a release under another name would contradict them
            return refused(language, Problem.error(request.source().resolve(ConfigLoader.FILE_NAME).toString(), Pos.NONE,
                    "release.edition-mismatch", edition, request.version()));
        }
        SiteRenderer site = built.site();
        List<OutputFile> rendered = site.files();
        Set<String> reserved = Set.of(SitePaths.CHANGES, SitePaths.EDITION_CONTENT, SitePaths.EDITION_MANIFEST,
                SitePaths.editionPdf(request.version()), SitePaths.editionZip(request.version()));
        List<Problem> taken = rendered.stream()
                .filter(f -> reserved.contains(f.path()))
                .map(f -> Problem.error(request.source().resolve(f.path()).toString(), Pos.NONE, "release.path-taken", f.path()))
                .toList();
        if (!taken.isEmpty()) return refused(language, taken);
        List<ContentItem> items = ContentItems.of(built);

        Changes changes = Changes.first();
        Edition previous = editions.latest().orElse(null);
        if (previous != null) {
            List<ContentItem> before;
            Path content = previous.folder().resolve(SitePaths.EDITION_CONTENT);
            try {
                before = ManifestJson.readContent(Files.readAllBytes(content));
            } catch (IOException | RuntimeException e) {
                return refused(language, Problem.error(content.toString(), Pos.NONE, "release.content-unreadable",
                        String.valueOf(e.getMessage())));
            }
            List<Problem> dropped = droppedAddresses(rendered, before, request.releases().resolve(previous.version()));
            if (!dropped.isEmpty()) return refused(language, dropped);
            changes = Changes.between(previous.version(), before, items, aliases(built));
        }

        Stamp stamp = Stamp.of(request.sourceDateEpoch(), built.handbook().config().date(), request.today());
        String pdf = SitePaths.editionPdf(request.version());
        Publisher publisher = new Publisher(List.of(
                new ReleasePages(built.handbook().config(), new Labels(language), request.version(), stamp, changes),
                new PdfOutput(new PdfMaker(built.theme().fonts()), pdf, stamp.instant(), built.bodies().size(), progress)));
        List<OutputFile> files;
        try {
            files = new ArrayList<>(publisher.publish(rendered, site));
        } catch (PdfException e) {
            return refused(language, Problem.error(pdf, Pos.NONE, e.code(), e.detail()));
        }
        files.add(new OutputFile.Generated(SitePaths.EDITION_CONTENT, ManifestJson.writeContent(items)));

        String title = request.title() != null ? request.title() : built.handbook().config().title();
        Manifest manifest = new Manifest(Manifest.FORMAT, request.version(), title, stamp.date().toString(),
                request.tool(), previous == null ? null : previous.version(),
                SourceDigest.of(request.source(), releases), List.of(),
                digests(items, false), digests(items, true));
        try {
            ReleaseFolder.write(releases, request.version(), files, manifest, stamp);
        } catch (IOException e) {
            // a full disk or a folder without write access is the machine's problem, not a bug: say so
            return refused(language, Problem.error(request.releases().resolve(request.version()).toString(), Pos.NONE,
                    "release.write-failed", String.valueOf(e.getMessage())));
        }
        return new Result(built.outcome(true), target, changes);
    }

    /**
     * Every page and entry of the previous edition must still have its address, itself or through an
     * alias, so that links and bookmarks into the handbook keep working from one edition to the next.
     */
    private static List<Problem> droppedAddresses(List<OutputFile> site, List<ContentItem> before, Path previous) {
        Set<String> paths = site.stream().map(OutputFile::path).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (ContentItem old : before) {
            if (paths.contains(old.key())) continue;
            String alias = old.isEntry() ? old.id() : old.path();
            problems.add(Problem.error(previous.toString(), Pos.NONE,
                    old.isEntry() ? "release.entry-dropped" : "release.page-dropped", old.id(), old.title(), alias));
        }
        return problems;
    }

    /** The key of the page or entry that each alias address now leads to. */
    private static Map<String, String> aliases(Built built) {
        Map<String, String> aliases = new HashMap<>();
        for (Page page : built.handbook().readingOrder()) {
            String key = built.entries().standaloneAt(page.outputPath())
                    .map(e -> SitePaths.permalink(e.id()))
                    .orElse(page.outputPath());
            for (String alias : page.aliases()) aliases.putIfAbsent(SitePaths.alias(alias), key);
        }
        return aliases;
    }

    private static List<Manifest.ItemDigest> digests(List<ContentItem> items, boolean entries) {
        return items.stream()
                .filter(i -> i.isEntry() == entries)
                .map(i -> new Manifest.ItemDigest(i.id(), i.path(), i.type(), i.title(), i.hash()))
                .toList();
    }

    private static Result refused(String language, Problem problem) {
        return refused(language, List.of(problem));
    }

    private static Result refused(String language, List<Problem> problems) {
        return new Result(new Outcome(problems, language, 0, false), null, null);
    }
}
