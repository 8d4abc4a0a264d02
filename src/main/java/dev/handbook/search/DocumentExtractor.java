package dev.handbook.search;

import dev.handbook.config.EntryType;
import dev.handbook.config.FieldSpec;
import dev.handbook.config.HandbookConfig;
import dev.handbook.entry.Entries;
import dev.handbook.markdown.PageBody;
import dev.handbook.model.Entry;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts rendered pages into search documents: a page's opening, one section per h2 or h3 heading, and
 * one document per entry. An entry's text belongs to the entry only, not also to the section it stands
 * in, so that a query finds it once, with its type and label.
 */
public final class DocumentExtractor {
    /** Parts of the body HTML that are navigation or repeat what the document already says. */
    private static final Set<String> SKIPPED_CLASSES = Set.of("handbook-entry__label", "handbook-entry__title",
            "handbook-entry__related", "handbook-entry__fields", "handbook-callout__label", "footnote-backref",
            "handbook-term__popover", GlossaryDocuments.LIST_CLASS);
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "template", "dt");

    private final Handbook handbook;
    private final ChapterIndex chapters;
    private final Map<String, List<Entry>> entriesByPage = new HashMap<>();

    public DocumentExtractor(Handbook handbook, Entries entries) {
        this.handbook = handbook;
        this.chapters = new ChapterIndex(handbook);
        for (Entry e : entries.all()) entriesByPage.computeIfAbsent(e.pagePath(), k -> new ArrayList<>()).add(e);
    }

    /** Every document of the handbook, in reading order. */
    public Corpus extract(List<PageBody> bodies) {
        List<SearchDocument> documents = bodies.parallelStream()
                .map(body -> documents(body.page(), Jsoup.parseBodyFragment(body.html()).body()))
                .flatMap(List::stream)
                .toList();
        return new Corpus(documents, chapters());
    }

    /** The labels of the chapters that documents refer to by index. */
    List<String> chapters() {
        return chapters.labels();
    }

    /**
     * The documents of one page, from its parsed body, which is only read: its opening, its sections,
     * then its inline entries, each in page order.
     */
    List<SearchDocument> documents(Page page, Element body) {
        Map<String, Entry> inline = new HashMap<>();
        Entry standalone = null;
        for (Entry e : entriesByPage.getOrDefault(page.outputPath(), List.of())) {
            if (e.standalone()) standalone = e;
            else inline.put(e.anchor(), e);
        }
        PageWalk walk = new PageWalk(inline);
        walk.visit(body);

        int chapter = chapters.of(page.outputPath());
        String pageType = standalone == null ? "" : standalone.type();
        List<SearchDocument> documents = new ArrayList<>();
        for (PageWalk.Part section : walk.sections) {
            boolean opening = section.id == null && section.heading == null;
            if (opening && standalone != null) {
                documents.add(new SearchDocument(page.outputPath(), standalone.title(), "", standalone.type(),
                        label(standalone), chapter, text(section), keywords(standalone), SearchDocument.TitleKind.ENTRY));
            } else if (opening) {
                documents.add(new SearchDocument(page.outputPath(), page.title(), "", "", "", chapter,
                        text(section), "", SearchDocument.TitleKind.PAGE));
            } else if (!text(section).isEmpty() || !section.heading.isBlank()) {
                String url = section.id == null ? page.outputPath() : page.outputPath() + "#" + section.id;
                documents.add(new SearchDocument(url, section.heading, page.title(), pageType, "", chapter,
                        text(section), "", SearchDocument.TitleKind.HEADING));
            }
        }
        documents.addAll(GlossaryDocuments.of(page, body, chapter));
        for (PageWalk.Part part : walk.entries) {
            Entry e = inline.get(part.id);
            documents.add(new SearchDocument(e.target(), e.title() == null ? label(e) : e.title(), page.title(), e.type(),
                    label(e), chapter, text(part), keywords(e), SearchDocument.TitleKind.ENTRY));
        }
        return documents;
    }

    private String typeLabel(String type) {
        HandbookConfig config = handbook.config();
        return config.type(type).map(EntryType::label).orElse(type);
    }

    private String label(Entry e) {
        return typeLabel(e.type()) + " " + e.number();
    }

    /** The labels of an entry's field values ("Drenthe", "Bewoners in beeld"): they find it too. */
    private String keywords(Entry e) {
        StringBuilder out = new StringBuilder();
        e.fields().forEach((field, values) -> {
            Optional<FieldSpec> spec = handbook.config().field(field);
            for (String value : values) out.append(spec.map(s -> s.labelOf(value)).orElse(value)).append(' ');
        });
        return out.toString().strip();
    }

    private static String text(PageWalk.Part part) {
        return part.text.toString().strip();
    }

    /**
     * One pass over a page body in document order. Text goes to the part being read: the innermost
     * entry around it, else the current section. An h2 or h3 outside entries opens a new section.
     */
    private static final class PageWalk {
        /** A stretch of text with the heading it starts at (sections) or its anchor (entries). */
        static final class Part {
            final String id;
            final String heading;
            final StringBuilder text = new StringBuilder();

            Part(String id, String heading) {
                this.id = id;
                this.heading = heading;
            }
        }

        final List<Part> sections = new ArrayList<>(List.of(new Part(null, null)));
        final List<Part> entries = new ArrayList<>();
        private final Map<String, Entry> inline;

        PageWalk(Map<String, Entry> inline) {
            this.inline = inline;
        }

        /**
         * Walks the body without recursion (jsoup's traversor keeps its own stack), so that no page's
         * nesting can overflow the thread's stack, whatever the checks before let through.
         */
        void visit(Element body) {
            Deque<Frame> open = new ArrayDeque<>();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node == body) return FilterResult.CONTINUE;
                    Frame parent = open.peek();
                    Part into = parent == null ? sections.get(0) : parent.into;
                    boolean inEntry = parent != null && parent.inEntry;
                    if (node instanceof TextNode text) {
                        // its whole text: append folds white space as text() would, without a copy first
                        append(currentOf(into, inEntry), text.getWholeText());
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (!(node instanceof Element el)) return FilterResult.SKIP_ENTIRELY;
                    if (skipped(el)) return FilterResult.SKIP_ENTIRELY;
                    Part target = currentOf(into, inEntry);
                    if (el.hasClass("handbook-entry") && inline.containsKey(el.id())) {
                        Part entry = new Part(el.id(), null);
                        entries.add(entry);
                        open.push(new Frame(el, entry, true, null));
                        return FilterResult.CONTINUE;
                    }
                    if (!inEntry && (el.normalName().equals("h2") || el.normalName().equals("h3"))) {
                        sections.add(new Part(el.id().isEmpty() ? null : el.id(), el.text()));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    boolean block = el.isBlock() || el.normalName().equals("br");
                    if (block) append(target, " ");
                    open.push(new Frame(el, target, inEntry, block ? target : null));
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    Frame frame = open.peek();
                    if (frame != null && frame.element == node) {
                        open.pop();
                        if (frame.spaceAfter != null) append(frame.spaceAfter, " ");
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
        }

        /** Whether an element and what it holds stay out of the documents; most elements have no class at all. */
        private static boolean skipped(Element el) {
            if (SKIPPED_TAGS.contains(el.normalName())) return true;
            if (!el.hasAttr("class")) return false;
            for (String name : SKIPPED_CLASSES) {
                if (el.hasClass(name)) return true;
            }
            return false;
        }

        /**
         * An element being walked: the part its text goes to (an entry's own part inside an entry),
         * and the part that gets a space after a block element's text.
         */
        private record Frame(Element element, Part into, boolean inEntry, Part spaceAfter) {}

        /** Outside entries, text after a heading goes to that heading's section. */
        private Part currentOf(Part into, boolean inEntry) {
            return inEntry ? into : sections.get(sections.size() - 1);
        }

        private static void append(Part part, String text) {
            StringBuilder sb = part.text;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean space = Character.isWhitespace(c) || c == '\u00a0';
                if (space) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
