package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.check.Problem;
import dev.handbook.model.Page;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribute lists as MkDocs (attr_list) and kramdown write them, {@code { #id .class key=value }} after a
 * heading, paragraph, image, link or table, which flexmark's attributes extension has read and tied to
 * their element. What the handbook can stand behind stays: an id (a heading's becomes its anchor), and
 * classes the theme declares in its {@code theme.yml}. The rest (other classes, {@code key=value},
 * MkDocs' {@code data-search-exclude}) would be styling or behaviour of another site: it is taken out,
 * with one warning for the page that names all of it. The text of an attribute list is never shown.
 */
final class AttributeLists {
    /** How many dropped attributes the warning names before it says "…". */
    private static final int NAMED = 8;

    /**
     * What a page's attribute lists leave.
     *
     * @param headingIds the id each heading asks for
     * @param ids the ids given to other elements, link targets too
     * @param problems the page's warning of what was taken out, if anything was
     */
    record Kept(Map<Heading, String> headingIds, Set<String> ids, List<Problem> problems) {}

    private AttributeLists() {}

    static Kept apply(Page page, Document document, Set<String> allowedClasses) {
        Map<AttributesNode, Node> owners = new IdentityHashMap<>();
        var repository = AttributesExtension.NODE_ATTRIBUTES.get(document);
        if (repository != null) {
            repository.forEach((owner, lists) -> lists.forEach(list -> owners.put(list, owner)));
        }
        Map<Heading, String> headingIds = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> dropped = new LinkedHashSet<>();
        Node first = null;
        List<AttributesNode> lists = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode list) lists.add(list);
        }
        for (AttributesNode list : lists) {
            Node owner = owners.get(list);
            for (Node child = list.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                if (child instanceof AttributeNode attribute && !keep(attribute, owner, allowedClasses, headingIds, ids, dropped)) {
                    if (first == null && !attribute.getName().toString().equals(":")) first = list;
                    child.unlink();
                }
                child = next;
            }
        }
        List<Problem> problems = dropped.isEmpty() ? List.of() : List.of(Problem.warning("", SourcePositions.of(page, first),
                "attributes.dropped", named(dropped), allowedClasses.isEmpty() ? "-" : String.join(", ", allowedClasses.stream().sorted().toList())));
        return new Kept(headingIds, ids, problems);
    }

    /** Whether an attribute stays; one that does not is added to {@code dropped} (the kramdown colon is not). */
    private static boolean keep(AttributeNode attribute, Node owner, Set<String> allowed, Map<Heading, String> headingIds,
            Set<String> ids, Set<String> dropped) {
        String name = attribute.getName().toString();
        if (name.equals(":")) return false; // kramdown's and Python-Markdown's {: ...}, a marker only
        String value = attribute.getValue().toString().strip();
        if (attribute.isId() && !value.isEmpty()) {
            if (owner instanceof Heading heading) {
                headingIds.put(heading, value);
                return false; // the heading renders the id it is given (see HeadingIds), once
            }
            ids.add(value);
            return true;
        }
        if (attribute.isClass()) {
            List<String> kept = new ArrayList<>();
            for (String c : value.split("\\s+")) {
                if (c.isEmpty()) continue;
                if (allowed.contains(c)) kept.add(c);
                else dropped.add("." + c);
            }
            if (kept.isEmpty()) return false;
            attribute.setValue(BasedSequence.of(String.join(" ", kept)));
            return true;
        }
        dropped.add(attribute.getChars().toString());
        return false;
    }

    private static String named(Set<String> dropped) {
        List<String> all = new ArrayList<>(dropped);
        String named = String.join(", ", all.subList(0, Math.min(NAMED, all.size())));
        return all.size() > NAMED ? named + ", …" : named;
    }
}
