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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        byte[] printHtml = print.read();
        List<Part> parts = chapterParts(printHtml);
        // The whole handbook is laid out beside the chapters, not before them: it is the largest document,
        // and the chapters together are as large again, so the cores share the two halves.
        CompletableFuture<byte[]> whole = CompletableFuture.supplyAsync(() -> make(printHtml, files));
        List<OutputFile> chapterFiles;
        try {
            chapterFiles = parts.parallelStream()
                    .map(part -> (OutputFile) new OutputFile.Generated(part.path(), make(part.html(), files)))
                    .toList();
        } catch (UncheckedIOException e) {
            whole.cancel(false);
            throw e.getCause();
        }
        byte[] pdf;
        try {
            pdf = whole.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException unchecked) throw unchecked.getCause();
            throw e;
        }
        progress.step("cli.pdf-done", path, pdf.length / 1024);
        List<OutputFile> made = new ArrayList<>();
        made.add(new OutputFile.Generated(path, pdf));
        if (chapters.isEmpty()) return made;
        made.addAll(chapterFiles);
        progress.step("cli.pdf-done", chapters.size() + " PDF", chapterFiles.stream().mapToInt(f -> ((OutputFile.Generated) f).bytes().length / 1024).sum());
        return made;
    }

    /** A chapter's part of the print page, as a document of its own, and where its PDF goes. */
    private record Part(String path, byte[] html) {}

    /** The chapters' documents, made before any layout so that the parsed print page can be let go. */
    private List<Part> chapterParts(byte[] print) {
        if (chapters.isEmpty()) return List.of();
        Document html = Jsoup.parse(new String(print, StandardCharsets.UTF_8));
        List<Part> parts = new ArrayList<>();
        for (ChapterPdfs.Chapter chapter : chapters.values()) {
            byte[] part = ChapterPdfs.html(html, chapter);
            if (part != null) parts.add(new Part(chapter.pdfPath(), part));
        }
        return parts;
    }

    private byte[] make(byte[] html, List<OutputFile> files) {
        try {
            return maker.make(html, files, created);
        } catch (PdfException e) {
            throw new UncheckedIOException(e);
        }
    }
}
