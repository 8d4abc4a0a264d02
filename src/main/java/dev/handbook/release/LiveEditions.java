package dev.handbook.release;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Severity;
import dev.handbook.model.Handbook;
import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import dev.handbook.output.PageFrame;
import dev.handbook.output.SiteTransform;
import dev.handbook.text.Urls;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the live site shows of the editions in the releases folder, as a step on its way out: each
 * release, copied as it is into {@code releases/VERSION/} so that downloads and links work from any host
 * and from file://, a versions page, and on every page a switcher to the same page (or entry) in each
 * edition that has it. Without releases it changes nothing.
 */
public final class LiveEditions implements SiteTransform {
    private final Editions editions;
    private final Labels labels;
    private final List<Edition> newestFirst;
    private final List<Set<String>> paths;

    private LiveEditions(Editions editions, String language) {
        this.editions = editions;
        this.labels = new Labels(language);
        List<Edition> reversed = new ArrayList<>(editions.all());
        Collections.reverse(reversed);
        this.newestFirst = List.copyOf(reversed);
        this.paths = newestFirst.stream()
                .map(e -> {
                    Set<String> set = new HashSet<>();
                    e.manifest().files().forEach(f -> set.add(f.path()));
                    return set;
                })
                .toList();
    }

    /** The releases next to the content folder, where {@code release} puts them by default. */
    public static Path defaultFolder(Path source) {
        return source.toAbsolutePath().normalize().resolveSibling("releases");
    }

    /**
     * The editions in {@code releases} as the live site shows them; none when there are none, or when
     * a page of the handbook itself takes the versions page's or the releases' address.
     *
     * @param problems receives a warning for each release that cannot be read, and for a taken address
     */
    public static LiveEditions read(Path releases, Handbook handbook, Problems problems) {
        Editions editions = Editions.read(releases);
        editions.problems().forEach(p -> problems.add(new Problem(p.file(), p.line(), p.column(),
                Severity.WARNING, p.code(), p.args())));
        String language = handbook.config().language();
        if (editions.all().isEmpty()) return new LiveEditions(editions, language);
        List<String> taken = new ArrayList<>();
        handbook.readingOrder().forEach(page -> taken.add(page.outputPath()));
        handbook.assets().forEach(asset -> taken.add(asset.outputPath()));
        for (String path : taken) {
            if (path.equals(SitePaths.VERSIONS) || path.startsWith(SitePaths.RELEASES)) {
                problems.add(Problem.warning(path, Pos.NONE, "release.live-path-taken", path));
                return new LiveEditions(new Editions(List.of(), List.of()), language);
            }
        }
        return new LiveEditions(editions, language);
    }

    /** The folders of the editions the live site shows, for a publisher that reads files from them (the preview). */
    public List<Path> folders() {
        return editions.all().stream().map(Edition::folder).toList();
    }

    /** Every page of the site with the edition switcher added. */
    @Override
    public OutputFile apply(OutputFile file) throws IOException {
        if (newestFirst.isEmpty()) return file;
        // the versions page and the releases' own files are added after the site's: they never pass here
        boolean page = file.path().endsWith(".html") && !file.path().equals(SitePaths.PRINT);
        return page ? withSwitcher(file.path(), file.read()) : file;
    }

    /** The versions page and a copy of each release, as far as its manifest lists it. */
    @Override
    public List<OutputFile> added(PageFrame frame) throws IOException {
        if (newestFirst.isEmpty()) return List.of();
        List<OutputFile> added = new ArrayList<>();
        OutputFile versions = frame.page(SitePaths.VERSIONS, labels.get("versions.title"), labels.get("versions.summary"),
                versionsBody(newestFirst));
        added.add(withSwitcher(SitePaths.VERSIONS, versions.read()));
        for (Edition edition : editions.all()) {
            String base = SitePaths.edition(edition.version());
            added.add(new OutputFile.Copied(base + SitePaths.EDITION_MANIFEST,
                    edition.folder().resolve(SitePaths.EDITION_MANIFEST)));
            // only what the manifest lists: a file slipped into a release folder is not published with it
            for (Manifest.FileDigest f : edition.manifest().files()) {
                Path from = edition.folder().resolve(f.path());
                if (Files.isRegularFile(from)) added.add(new OutputFile.Copied(base + f.path(), from));
            }
        }
        return added;
    }

    private String versionsBody(List<Edition> newestFirst) {
        Element body = new Document("").body();
        body.appendElement("p").text(labels.get("versions.intro"));
        Element list = body.appendElement("ul").addClass("edition-list");
        for (Edition edition : newestFirst) {
            String base = SitePaths.edition(edition.version());
            Element item = list.appendElement("li").id("editie-" + edition.version());
            item.appendElement("h2").text(labels.get("versions.edition", edition.version()));
            item.appendElement("p").text(edition.manifest().title() + " · "
                    + labels.get("versions.date", labels.date(LocalDate.parse(edition.manifest().date()))));
            Element links = item.appendElement("ul");
            link(links, base + "index.html", labels.get("versions.site"));
            edition.manifest().file(edition.pdf()).ifPresent(f ->
                    link(links, base + f.path(), labels.get("versions.pdf", size(f.size()))));
            edition.manifest().file(edition.zip()).ifPresent(f ->
                    link(links, base + f.path(), labels.get("versions.zip", size(f.size()))));
            link(links, base + SitePaths.CHANGES, labels.get("versions.changes"));
            link(links, base + SitePaths.EDITION_MANIFEST, labels.get("versions.manifest"));
        }
        return body.html();
    }

    private static void link(Element list, String href, String text) {
        list.appendElement("li").appendElement("a").attr("href", href).text(text);
    }

    /** A file's size as a reader says it: "583 kB", or from 1,000 kB on "1,5 MB" (not "1.583 kB"). */
    private String size(long bytes) {
        long kilobytes = Math.max(1, (bytes + 512) / 1024);
        if (kilobytes < 1000) return labels.get("versions.kilobytes", String.valueOf(kilobytes));
        return labels.get("versions.megabytes", labels.decimal(bytes / (1024.0 * 1024.0)));
    }

    private OutputFile withSwitcher(String path, byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        if (doc.selectFirst("main") == null) return new OutputFile.Generated(path, bytes); // a redirect page: the reader is gone before it shows
        Element details = new Element("details").addClass("edition-switcher");
        details.appendElement("summary").text(labels.get("switcher.label"));
        Element list = details.appendElement("ul");
        for (int i = 0; i < newestFirst.size(); i++) {
            Edition edition = newestFirst.get(i);
            String base = SitePaths.edition(edition.version());
            boolean there = paths.get(i).contains(path);
            String label = labels.get(there ? "switcher.edition" : "switcher.missing", edition.version());
            list.appendElement("li").appendElement("a")
                    .attr("href", Urls.relative(path, base + (there ? path : "index.html")))
                    .text(label);
        }
        list.appendElement("li").appendElement("a").attr("href", Urls.relative(path, SitePaths.VERSIONS)).text(labels.get("switcher.all"));
        HtmlPages.stylesheet(doc, Urls.root(path) + SitePaths.EDITIONS_CSS);
        HtmlPages.atStartOfMain(doc, details);
        return new OutputFile.Generated(path, HtmlPages.bytes(doc));
    }
}
