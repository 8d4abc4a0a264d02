package dev.handbook.model;

import dev.handbook.config.EntryType;
import dev.handbook.text.Slugs;

/**
 * Every address the generator makes itself, from the site root: the one place that says where the
 * print page, the search page, a permalink or a release lives, for the stages that make these files,
 * the ones that link to them and the check that no content page takes one of them.
 */
public final class SitePaths {
    private SitePaths() {}

    /** The whole handbook on one page, also the input of the PDF. */
    public static final String PRINT = "print.html";
    /** The search page. */
    public static final String SEARCH = "search.html";
    /** The folder of the search index's files. */
    public static final String SEARCH_INDEX = "search/";
    /** The search index's file every query loads first. */
    public static final String SEARCH_META = SEARCH_INDEX + "meta.js";
    /** What static hosts show for an address that leads nowhere. */
    public static final String NOT_FOUND = "404.html";
    /** The script that opens the other chapters' branches in the sidebar. */
    public static final String TOC_SCRIPT = "toc.js";
    /** The PDF of the print page. */
    public static final String PDF = "handbook.pdf";
    /** The live site's list of editions. */
    public static final String VERSIONS = "versions.html";
    /** The folder the live site keeps a copy of each edition in. */
    public static final String RELEASES = "releases/";
    /** An edition's page of what changed since the one before. */
    public static final String CHANGES = "changes.html";
    /** The style sheet of the edition banner, switcher and changes page. */
    public static final String EDITIONS_CSS = "assets/editions.css";

    /** An edition's list of its pages and entries as text, in its release folder, for the next edition's changes. */
    public static final String EDITION_CONTENT = "content.json";
    /** An edition's manifest: every file with its digest, in its release folder. */
    public static final String EDITION_MANIFEST = "manifest.json";

    /** The permalink page of an entry: "e/leeragenda.html". */
    public static String permalink(String id) {
        return "e/" + id + ".html";
    }

    /**
     * Where an alias leads from: an id gets a permalink page, a path ("oud/pagina.html") a page of its own.
     * Only an alias that {@link #isInsideSite stays inside the site} may be published.
     */
    public static String alias(String alias) {
        return alias.endsWith(".html") ? alias : permalink(alias);
    }

    /**
     * Whether {@code path} names a file inside the site and nothing else: relative ("a/b.html", not
     * "/a/b.html"), every part a name (no "..", ".", empty part, "\\", ":" or control character), so
     * that no way of writing it leads out of the site's folder, on any system.
     */
    public static boolean isInsideSite(String path) {
        if (path.isEmpty() || path.startsWith("/")) return false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
        }
        return true;
    }

    /** The overview of a type, named by its plural label: "tips.html". */
    public static String overview(EntryType type) {
        return Slugs.slug(type.plural()) + ".html";
    }

    /** The page listing what carries a field value: "thema/bewoners-in-beeld.html". */
    public static String fieldValue(String field, String value) {
        return field + "/" + Slugs.slug(value) + ".html";
    }

    /** An edition's copy in the live site: "releases/2025.1/". */
    public static String edition(String version) {
        return RELEASES + version + "/";
    }

    /** An edition's PDF, in its release folder. */
    public static String editionPdf(String version) {
        return "handbook-" + version + ".pdf";
    }

    /** An edition's zip, in its release folder. */
    public static String editionZip(String version) {
        return "handbook-" + version + ".zip";
    }
}
