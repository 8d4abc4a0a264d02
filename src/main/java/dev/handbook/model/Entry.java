package dev.handbook.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed entry (a lesson, tip, case, ...): inline in a page as a colon fence, or a whole page.
 *
 * @param pagePath output path of the page it stands on
 * @param anchor id of the entry on its page, or null for a standalone entry (the page itself)
 * @param chapter the number of its chapter ("3"), empty for the home page
 * @param sequence its place among the entries of its type in its chapter, from 1
 * @param summary the summary given, or the first lines of its text
 */
public record Entry(
        String id,
        String type,
        String title,
        String summary,
        Map<String, List<String>> fields,
        List<String> related,
        String sourcePath,
        int line,
        String pagePath,
        String anchor,
        String chapter,
        int sequence) {

    public Entry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        related = List.copyOf(related);
    }

    /** The same entry under another id; an inline entry's anchor is its id. */
    public Entry withId(String newId) {
        return new Entry(newId, type, title, summary, fields, related, sourcePath, line, pagePath,
                anchor == null ? null : newId, chapter, sequence);
    }

    /** "3.4": the chapter and the place within it, or just the place on the home page. */
    public String number() {
        return chapter.isEmpty() ? String.valueOf(sequence) : chapter + "." + sequence;
    }

    public boolean standalone() {
        return anchor == null;
    }

    /** Where the entry is, from the site root: the page, with the anchor for an inline entry. */
    public String target() {
        return anchor == null ? pagePath : pagePath + "#" + anchor;
    }

    /** The permalink page, from the site root. */
    public String permalink() {
        return SitePaths.permalink(id);
    }
}
