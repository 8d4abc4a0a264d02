package dev.handbook.cite;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.CitationSettings;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.TextFiles;
import dev.handbook.markdown.cite.CitationFormatter;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A handbook's bibliography and the formatter of its citations, or {@link #NONE} for a handbook whose
 * {@code handbook.yml} names no bibliography: then no class of the CSL processor is loaded.
 *
 * @param formatter formats citations in the handbook's style; null for a handbook without a bibliography
 */
public record Citations(Bibliography bibliography, CitationFormatter formatter) {
    public static final Citations NONE = new Citations(Bibliography.NONE, null);

    /**
     * Reads the bibliography and style that {@code config} names; what cannot be read is reported to
     * {@code problems}, and the handbook then has an empty bibliography (every citation is then unknown).
     *
     * @param fileName how problems name a file of the content folder
     * @param heading the heading over a page's sources, in the handbook's language
     */
    public static Citations load(Path source, HandbookConfig config, UnaryOperator<String> fileName, String heading,
            Problems problems) {
        CitationSettings settings = config.citations();
        if (!settings.enabled()) return NONE;
        String file = fileName.apply(settings.bibliography());
        Bibliography bibliography;
        try {
            bibliography = new BibliographyReader(problems).read(file, TextFiles.read(source.resolve(settings.bibliography())));
        } catch (IOException e) {
            problems.add(Problem.error(file, Pos.NONE, "file.unreadable", e.getMessage()));
            bibliography = new Bibliography(file, java.util.Map.of(), java.util.Map.of());
        }
        CitationStyle style = CitationStyle.apa(config.language());
        if (settings.csl() != null) {
            String cslFile = fileName.apply(settings.csl());
            try {
                String xml = TextFiles.read(source.resolve(settings.csl()));
                if (xml.contains("<style") && !xml.contains("independent-parent")) {
                    style = new CitationStyle(xml, style.locale());
                } else {
                    problems.add(Problem.error(cslFile, new Pos(1, 1), "cite.csl-unusable", settings.csl()));
                }
            } catch (IOException e) {
                problems.add(Problem.error(cslFile, Pos.NONE, "file.unreadable", e.getMessage()));
            }
        }
        return new Citations(bibliography, new CslFormatter(bibliography, style, heading, settings.page()));
    }
}
