package dev.handbook.render.pdf;

import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFile;
import dev.handbook.output.PageFrame;
import dev.handbook.output.Progress;
import dev.handbook.output.SiteTransform;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
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
    private final Map<String, OutputFile> seen = new ConcurrentHashMap<>();

    /**
     * @param path where the PDF goes in the site
     * @param created the document's creation date, or null for none
     * @param pages how many pages the handbook has, for the progress line
     */
    public PdfOutput(PdfMaker maker, String path, Instant created, int pages, Progress progress) {
        this.maker = maker;
        this.path = path;
        this.created = created;
        this.pages = pages;
        this.progress = progress;
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
        return file;
    }

    @Override
    public List<OutputFile> added(PageFrame frame) throws IOException {
        OutputFile print = seen.get(SitePaths.PRINT);
        if (print == null) throw new PdfException("pdf.failed", "the site has no " + SitePaths.PRINT, null);
        progress.step("cli.pdf-start", pages);
        byte[] pdf = maker.make(print.read(), List.copyOf(seen.values()), created);
        progress.step("cli.pdf-done", path, pdf.length / 1024);
        return List.of(new OutputFile.Generated(path, pdf));
    }
}
