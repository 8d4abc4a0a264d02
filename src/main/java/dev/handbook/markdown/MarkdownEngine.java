package dev.handbook.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.handbook.check.Problem;
import dev.handbook.config.HtmlBlocks;
import dev.handbook.markdown.abbr.AbbreviationsExtension;
import dev.handbook.markdown.cite.CitationFormatter;
import dev.handbook.markdown.cite.CitationsExtension;
import dev.handbook.markdown.cite.PageSources;
import dev.handbook.markdown.diagram.Diagrams;
import dev.handbook.markdown.fence.FencedBlock;
import dev.handbook.markdown.fence.FencedBlockExtension;
import dev.handbook.markdown.fence.GithubAlerts;
import dev.handbook.markdown.html.PythonHtmlBlocks;
import dev.handbook.markdown.tabs.TabsExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown dialect of handbooks: CommonMark with GFM tables, footnotes, strikethrough and task
 * lists, definition lists, typographic quotes and dashes in the handbook's language, and our
 * heading ids; blocks of raw HTML read as CommonMark or as Python-Markdown reads them ({@link HtmlBlocks});
 * and what handbooks from MkDocs and Docusaurus are written in: attribute lists ({@link AttributeLists}),
 * admonitions (see {@link dev.handbook.markdown.fence.Admonitions}) MDX statements, left out; abbreviations ({@code *[BBP]: …}), content tabs and mermaid diagrams.
 * Parser and renderer are built once and are safe to share between threads.
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Set<String> classes;
    private final CitationFormatter citations;

    public MarkdownEngine(String language) {
        this(language, HtmlBlocks.COMMONMARK);
    }

    public MarkdownEngine(String language, HtmlBlocks htmlBlocks) {
        this(language, htmlBlocks, Set.of(), Map.of());
    }

    /**
     * @param classes the classes an attribute list may give an element: those the theme declares
     * @param abbreviations expansion by abbreviation for every page (a page's own definitions win)
     */
    public MarkdownEngine(String language, HtmlBlocks htmlBlocks, Set<String> classes, Map<String, String> abbreviations) {
        this(language, htmlBlocks, classes, abbreviations, null);
    }

    /** @param citations formats the citations of a handbook with a bibliography; null for one without, whose {@code @} stays text */
    public MarkdownEngine(String language, HtmlBlocks htmlBlocks, Set<String> classes, Map<String, String> abbreviations,
            CitationFormatter citations) {
        this.classes = Set.copyOf(classes);
        this.citations = citations;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                DefinitionExtension.create(),
                TypographicExtension.create(),
                FencedBlockExtension.create(),
                AttributeListSyntax.create(),
                AbbreviationsExtension.create(abbreviations),
                TabsExtension.create(language)));
        if (htmlBlocks == HtmlBlocks.PYTHON) extensions.add(PythonHtmlBlocks.create());
        if (citations != null) extensions.add(CitationsExtension.create(citations));
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        // A task's box only shows its state; a form control without a label fails WCAG 1.3.1/4.1.2,
        // and readonly is not allowed on a checkbox. The box is hidden from assistive technology and
        // a done task says so in words.
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\""
                + " checked disabled aria-hidden=\"true\"><span class=\"handbook-visually-hidden\">"
                + ("en".equals(language) ? "(done)" : "(afgevinkt)") + " </span>");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-hidden=\"true\">");
        Typography.forLanguage(language).apply(options);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .htmlIdGeneratorFactory(new AssignedIds())
                .nodeRendererFactory(o -> new RawHtml())
                .nodeRendererFactory(o -> new Diagrams(language))
                .nodeRendererFactory(o -> new SafeLinks())
                .nodeRendererFactory(o -> new MdxStatements())
                .nodeRendererFactory(o -> new PlainText())
                .linkResolverFactory(new PageLinkResolver.Factory())
                .build();
    }

    /**
     * Parses a page and gives its headings ids that avoid the ids of its entries. A body that nests
     * deeper than {@link Nesting#LIMIT} is not parsed further than needed to find that out: its page is
     * empty and carries the problem, so nothing that recurses over a tree ever sees it.
     */
    public ParsedPage parse(dev.handbook.model.Page page) {
        Problem tooDeep = Nesting.ofText(page);
        Document document = tooDeep == null ? parser.parse(page.markdown()) : null;
        if (document != null) tooDeep = Nesting.ofTree(page, document);
        if (tooDeep != null) return new ParsedPage(page, parser.parse(""), List.of(), Set.of(), List.of(tooDeep));
        AttributeListSyntax.attach(document);
        AttributeLists.Kept kept = AttributeLists.apply(page, document, classes);
        List<Problem> problems = new ArrayList<>(kept.problems());
        mdx(page, document, problems);
        GithubAlerts.convert(document);
        Set<String> ids = new HashSet<>(kept.ids());
        for (var node : document.getDescendants()) {
            if (node instanceof FencedBlock block && !block.isAlert() && block.entryId() != null) {
                ids.add(block.entryId());
                ids.add(block.entryId() + "-title");
            }
        }
        List<HeadingRef> headings = HeadingIds.assign(page, document, ids, kept.headingIds(), problems);
        headings.forEach(h -> ids.add(h.id()));
        return new ParsedPage(page, document, headings, Set.copyOf(ids), problems);
    }

    /** MDX statements are left out ({@link MdxStatements}): one warning for the page, where the first stands. */
    private static void mdx(dev.handbook.model.Page page, Document document, List<Problem> problems) {
        List<MdxStatements.Statement> statements = MdxStatements.takeOut(document);
        if (statements.isEmpty()) return;
        MdxStatements.Statement first = statements.get(0);
        problems.add(Problem.warning("", SourcePositions.of(page, first), "mdx.dropped",
                first.getChars().toString().lines().findFirst().orElse("").strip(),
                String.valueOf(statements.stream().mapToLong(st -> st.getChars().toString().lines()
                        .filter(line -> line.startsWith("import") || line.startsWith("export")).count()).sum())));
    }

    /** What the rest of the build needs to know of a parsed page; see {@link PageFacts}. */
    public PageFacts facts(ParsedPage parsed) {
        return FactFinder.of(parsed);
    }

    /**
     * Renders the page with its links resolved against {@code targets} and every URL held to the {@link
     * dev.handbook.text.UrlPolicy}. Its problems are those of its {@link #facts facts}: rendering finds
     * none of its own.
     */
    public String render(ParsedPage parsed, LinkTargets targets) {
        PageLinkResolver.attach(parsed.document(), parsed.page(), new LinkRewriter(targets));
        String html = renderer.render(parsed.document());
        return citations == null ? html : html + PageSources.html(citations, parsed.page().sourcePath(), parsed.document());
    }
}
