package dev.handbook.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.handbook.output.OutputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Makes the handbook's PDF from the print page with openhtmltopdf: no browser, no LaTeX. Tagged for
 * PDF/UA, with the theme's fonts embedded, bookmarks for chapters and sections, a running header
 * with the chapter title, page numbers, and the contents' page numbers filled in.
 */
public final class PdfMaker {
    private static final String FAMILY = "DejaVu Sans";
    /**
     * The web's typeface (assets/fonts, woff2) as TrueType, which openhtmltopdf reads; DejaVu Sans stays
     * registered for the glyphs the Latin subset lacks. The web ships no bold italic; the renderer makes it
     * from the italic, as a browser does.
     */
    private static final String WEB_FAMILY = "Open Sans";
    private static final Map<String, Font> FONTS = Map.of(
            "open-sans-400.ttf", new Font(WEB_FAMILY, 400, FontStyle.NORMAL),
            "open-sans-700.ttf", new Font(WEB_FAMILY, 700, FontStyle.NORMAL),
            "open-sans-400-italic.ttf", new Font(WEB_FAMILY, 400, FontStyle.ITALIC),
            "DejaVuSans.ttf", new Font(FAMILY, 400, FontStyle.NORMAL),
            "DejaVuSans-Bold.ttf", new Font(FAMILY, 700, FontStyle.NORMAL),
            "DejaVuSans-Oblique.ttf", new Font(FAMILY, 400, FontStyle.ITALIC),
            "DejaVuSans-BoldOblique.ttf", new Font(FAMILY, 700, FontStyle.ITALIC),
            "DejaVuSansMono.ttf", new Font("DejaVu Sans Mono", 400, FontStyle.NORMAL));

    private record Font(String family, int weight, FontStyle style) {}

    /** The output intent PDF/A asks for: the colours are sRGB, as the style sheet gives them; Java has its profile. */
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

    private final Map<String, Path> fonts;
    /** Read on the first Dutch PDF, then shared by the chapters' PDFs, which are made side by side. */
    private Hyphenator dutch;
    /** Read with the first PDF that has hyphenated words, then shared like {@link #dutch}. */
    private FontPrograms programs;

    /** @param fonts the theme's font files by name (see {@code Theme.fonts()}) */
    public PdfMaker(Map<String, Path> fonts) {
        this.fonts = fonts;
    }

    /** The PDF of {@code printHtml}; {@code files} are the site's files, for its style sheet and images. */
    public byte[] make(byte[] printHtml, List<OutputFile> files) throws PdfException {
        return make(printHtml, files, null);
    }

    /**
     * As {@link #make(byte[], List)}, with {@code created} as the document's creation date (none when
     * null). openhtmltopdf stamps the clock's time into the document information just before it saves;
     * that stamp was the only part of two PDFs of the same handbook that differed.
     */
    public byte[] make(byte[] printHtml, List<OutputFile> files, Instant created) throws PdfException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // problems come back as exceptions; its log is noise to editors
        Document html = Jsoup.parse(new String(printHtml, StandardCharsets.UTF_8), SiteFiles.BASE);
        PdfLayout.prepare(html);
        java.util.Set<String> hyphenated = html.selectFirst("html").attr("lang").equals("nl")
                ? SoftHyphens.insert(html, "nl", dutch()) : java.util.Set.of();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // PDF/A-2a too, in the same file: archives keep PDF/A, and the "a" level asks for the tagging PDF/UA gives
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        builder.withProducer("handbook");
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useProtocolsStreamImplementation(new SiteFiles(files), SiteFiles.SCHEME);
        for (Map.Entry<String, Font> font : FONTS.entrySet()) {
            Path file = fonts.get(font.getKey());
            if (file == null) throw new PdfException("pdf.font-missing", font.getKey(), null);
            checkFont(file);
            Font f = font.getValue();
            builder.useFont(() -> open(file), f.family(), f.weight(), f.style(), true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(html), SiteFiles.BASE);
        html = null; // the W3C copy is all the renderer reads; a long handbook's parse is too large to keep beside it
        builder.usePDDocument(withStableId(printHtml));
        Path file = null;
        try {
            // saved to a file, not an array that doubles as it grows: at the save the whole layout is still
            // in memory, and a 1,000-page handbook's PDF ran out of heap there
            file = Files.createTempFile("handbook", ".pdf");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                builder.toStream(out);
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.setListener(new BeforeSave(created, hyphenated, hyphenated.isEmpty() ? null : programs()));
                    renderer.layout();
                    renderer.createPDF();
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new PdfException("pdf.failed", String.valueOf(e.getMessage()), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind does no harm
                }
            }
        }
    }

    private synchronized Hyphenator dutch() {
        if (dutch == null) dutch = Hyphenator.dutch();
        return dutch;
    }

    /** The character maps of the registered fonts, for reading the pages before they are saved. */
    private synchronized FontPrograms programs() throws IOException {
        if (programs == null) programs = FontPrograms.read(FONTS.keySet().stream().map(fonts::get).toList());
        return programs;
    }

    /**
     * A document whose file identifier comes from its content, not from the clock (PDFBox's default),
     * so that the same handbook gives the same PDF bytes.
     */
    private static PDDocument withStableId(byte[] printHtml) {
        // the streams (pages, fonts, images) go to a temporary file, not the heap: a 1,000-page handbook's
        // PDF did not fit in the launcher's heap beside its layout
        PDDocument document = new PDDocument(org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(printHtml);
            COSArray id = new COSArray();
            id.add(new COSString(java.util.Arrays.copyOf(digest, 16)));
            id.add(new COSString(java.util.Arrays.copyOf(digest, 16)));
            document.getDocument().setDocumentID(id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        return document;
    }

    /**
     * After openhtmltopdf has drawn the document and before it is saved: blank pages lose the running
     * header (see {@link BlankPages}), words broken at a soft hyphen are made whole in the text (see
     * {@link WholeWords}), and the clock's creation date is replaced.
     */
    private record BeforeSave(Instant created, java.util.Set<String> hyphenated, FontPrograms fonts) implements PDFCreationListener {
        @Override
        public void preOpen(PdfBoxRenderer renderer) {}

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            try {
                BlankPages.clearHeaders(renderer.getPdfDocument());
                if (fonts != null) WholeWords.join(renderer.getPdfDocument(), hyphenated, fonts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PDDocumentInformation info = renderer.getPdfDocument().getDocumentInformation();
            if (created == null) {
                info.getCOSObject().removeItem(COSName.CREATION_DATE);
            } else {
                info.setCreationDate(GregorianCalendar.from(created.atZone(ZoneOffset.UTC)));
            }
            fixXmpDate(renderer.getPdfDocument());
        }

        /** PDF/A's XMP metadata carries the clock's time too; it must say what the document information says. */
        private void fixXmpDate(PDDocument document) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) return;
            try {
                String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
                String date = created == null ? "" : "<xmp:CreateDate>"
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC).withNano(0))
                        + "</xmp:CreateDate>";
                String fixed = xmp.replaceAll("\\s*<xmp:CreateDate>[^<]*</xmp:CreateDate>", date.isEmpty() ? "" : "\n      " + date);
                if (!fixed.equals(xmp)) metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void checkFont(Path file) throws PdfException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            boolean trueType = head.length == 4 && ((head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0)
                    || new String(head, StandardCharsets.ISO_8859_1).equals("true")
                    || new String(head, StandardCharsets.ISO_8859_1).equals("OTTO"));
            if (!trueType) throw new PdfException("pdf.font-unusable", file.toString(), null);
        } catch (IOException e) {
            throw new PdfException("pdf.font-unusable", file.toString(), e);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
