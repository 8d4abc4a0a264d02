package dev.handbook.release;

import dev.handbook.model.SitePaths;
import java.util.List;

/**
 * A page or an entry of an edition as a reader sees it, for telling what changed between editions.
 *
 * @param kind {@code page} or {@code entry}
 * @param id the page's id, or the entry's stable id
 * @param path where it is in the site: the page, or the entry's page and anchor
 * @param type the entry type's key, or empty for a plain page
 * @param text its words, block by block, one block a line
 * @param blocks what each line of {@code text} is, in order (see {@link Block}); empty when unknown, as in
 *     the content of editions made before blocks were kept. Not part of the digest: it says how a line
 *     is shown, not what a reader reads, and the digests of earlier editions must hold.
 */
public record ContentItem(String kind, String id, String path, String type, String title, String text,
        List<Block> blocks) {
    public static final String PAGE = "page";
    public static final String ENTRY = "entry";

    /**
     * What a line of the text was on the page, so that a changed heading shows as a heading.
     *
     * @param level 1 to 6 for a heading, 0 for anything else
     */
    public record Block(String tag, int level, List<Integer> items) {
        public static final Block PARAGRAPH = new Block("p", 0);
        /** A {@code key: value} line of an entry's fields. */
        public static final Block FIELD = new Block("field", 0);

        /**
         * @param items for a list whose line is its items' texts joined by a space: each item's length
         *     in characters, so that a changed item can show as an item; else empty
         */
        public Block {
            items = List.copyOf(items);
        }

        public Block(String tag, int level) {
            this(tag, level, List.of());
        }

        /** The block an element of the page body is, by its tag. */
        public static Block of(String tag) {
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return new Block(tag, tag.charAt(1) - '0');
            }
            return tag.equals("ul") || tag.equals("ol") ? new Block(tag, 0) : PARAGRAPH;
        }

        /** As content.json keeps it: the tag, for a list with its items' lengths ({@code ul:12,30}). */
        public String written() {
            if (items.isEmpty()) return tag;
            return tag + ":" + String.join(",", items.stream().map(String::valueOf).toList());
        }

        /** Read back as {@link #written()} gave it; what this version does not know is a paragraph. */
        public static Block read(String word) {
            int colon = word.indexOf(':');
            String tag = colon < 0 ? word : word.substring(0, colon);
            if (tag.equals(FIELD.tag())) return FIELD;
            Block block = of(tag);
            if (colon < 0 || !block.list()) return block;
            try {
                List<Integer> lengths = java.util.Arrays.stream(word.substring(colon + 1).split(","))
                        .map(Integer::valueOf).toList();
                return lengths.stream().allMatch(n -> n > 0) ? new Block(tag, 0, lengths) : block;
            } catch (NumberFormatException e) {
                return block; // written by something else: still a list, its items unknown
            }
        }

        public boolean heading() {
            return level > 0;
        }

        public boolean list() {
            return tag.equals("ul") || tag.equals("ol");
        }
    }

    public ContentItem {
        blocks = List.copyOf(blocks);
    }

    /** An item whose lines' blocks are not known. */
    public ContentItem(String kind, String id, String path, String type, String title, String text) {
        this(kind, id, path, type, title, text, List.of());
    }

    /** What line {@code i} of the text is, or null when not known. */
    public Block block(int i) {
        return i >= 0 && i < blocks.size() ? blocks.get(i) : null;
    }

    /**
     * What identifies it across editions: a page by its address (page ids need not be unique), an entry
     * by its id, which its permalink {@code e/<id>.html} is made from.
     */
    public String key() {
        return kind.equals(PAGE) ? path : SitePaths.permalink(id);
    }

    /** The digest of what a reader reads: title and text. */
    public String hash() {
        return Digests.sha256(title + "\n" + text);
    }

    public boolean isEntry() {
        return kind.equals(ENTRY);
    }
}
