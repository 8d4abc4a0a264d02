package dev.handbook.render.pdf;

import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import dev.handbook.output.PageFrame;
import dev.handbook.output.Progress;
import dev.handbook.output.SiteTransform;
import java.io.IOException;
import java.time.Instant;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDF of the print page as a step on the site's way out, last in line, so that it is made from the
 * print page and the files exactly as they are published. It keeps the print page and the files a
 * page may load (style sheets, images, fonts) as they pass, and adds the PDF once they have.
 */
public final class PdfOutput implements SiteTransform {
    private final PdfMaker maker;
    private final String path;
    private final Instant created;
    private final int pages;
    private final Progress progress;
    private final Map<String, ChapterPdfs.Chapter> chapters = new LinkedHashMap<>();
    private final String chapterLink;
    private final Map<String, OutputFile> seen = new ConcurrentHashMap<>();

    /**
     * @param path where the PDF goes in the site
     * @param created the document's creation date, or null for none
     * @param pages how many pages the handbook has, for the progress line
     */
    public PdfOutput(PdfMaker maker, String path, Instant created, int pages, Progress progress) {
        this(maker, path, created, pages, progress, List.of(), null);
    }

    /**
     * As {@link #PdfOutput(PdfMaker, String, Instant, int, Progress)}, and a PDF of each of {@code chapters}
     * too, which each chapter's page links to under {@code chapterLink}.
     */
    public PdfOutput(PdfMaker maker, String path, Instant created, int pages, Progress progress,
            List<ChapterPdfs.Chapter> chapters, String chapterLink) {
        this.maker = maker;
        this.path = path;
        this.created = created;
        this.pages = pages;
        this.progress = progress;
        for (ChapterPdfs.Chapter chapter : chapters) this.chapters.put(chapter.pagePath(), chapter);
        this.chapterLink = chapterLink;
    }

    @Override
    public OutputFile apply(OutputFile file) throws IOException {
        if (file.path().equals(SitePaths.PRINT)) {
            // made once, here, for both the PDF and the site (the print page is streamed otherwise)
            OutputFile print = new OutputFile.Generated(file.path(), file.read());
            seen.put(print.path(), print);
            return print;
        }
        if (!file.path().endsWith(".html")) seen.put(file.path(), file); // other pages are never loaded by the print page
        ChapterPdfs.Chapter chapter = chapters.get(file.path());
        if (chapter != null) return new OutputFile.Generated(file.path(), ChapterPdfs.linked(file.read(), chapter, chapterLink));
        return file;
    }

    @Override
    public List<OutputFile> added(PageFrame frame) throws IOException {
        OutputFile print = seen.get(SitePaths.PRINT);
        if (print == null) throw new PdfException("pdf.failed", "the site has no " + SitePaths.PRINT, null);
        progress.step("cli.pdf-start", pages);
        List<OutputFile> files = List.copyOf(seen.values());
        byte[] pdf = maker.make(print.read(), files, created);
        progress.step("cli.pdf-done", path, pdf.length / 1024);
        List<OutputFile> made = new ArrayList<>();
        made.add(new OutputFile.Generated(path, pdf));
        if (chapters.isEmpty()) return made;
        Document html = Jsoup.parse(new String(print.read(), StandardCharsets.UTF_8));
        try {
            // the chapters side by side: each is a document of its own, and the machine has more than one core
            made.addAll(chapters.values().parallelStream().map(chapter -> {
                byte[] part = ChapterPdfs.html(html, chapter);
                if (part == null) return null;
                try {
                    return (OutputFile) new OutputFile.Generated(chapter.pdfPath(), maker.make(part, files, created));
                } catch (PdfException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(f -> f != null).toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.step("cli.pdf-done", chapters.size() + " PDF", made.stream().skip(1).mapToInt(f -> ((OutputFile.Generated) f).bytes().length / 1024).sum());
        return made;
    }
}
