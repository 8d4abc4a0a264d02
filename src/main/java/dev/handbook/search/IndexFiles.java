package dev.handbook.search;

import dev.handbook.model.SitePaths;
/**
 * Names of the index files and of the global object their scripts fill in. The browser loads them
 * with script tags (fetch does not work from file://), so each file is a script that stores its part
 * of the index under its name: {@code handbookSearchData["t3"] = {...}}. search.js uses the same names.
 */
public final class IndexFiles {
    private IndexFiles() {}

    static final String GLOBAL = "handbookSearchData";
    static final String META = "meta";

    static String termPart(int n) {
        return "t" + n;
    }

    static String documentPart(int n) {
        return "d" + n;
    }

    static String path(String name) {
        return SitePaths.SEARCH_INDEX + name + ".js";
    }

    /** The script text of a file that stores {@code json} under {@code name}. */
    static String script(String name, CharSequence json) {
        return scriptStart(name) + json + SCRIPT_END;
    }

    /** What comes before the JSON in the script of {@code name}. */
    static String scriptStart(String name) {
        return "(window." + GLOBAL + "=window." + GLOBAL + "||{})[\"" + name + "\"]=";
    }

    /** What comes after the JSON in every script. */
    static final String SCRIPT_END = ";\n";
}
