package dev.handbook.serve;

import dev.handbook.check.Bundle;
import java.nio.charset.StandardCharsets;

/**
 * The HTML the preview adds: the live-reload script, put into every page as it is served (the
 * built files stay as {@code build} writes them), and the few pages of its own (not found, not
 * built yet), which carry the script too so that they refresh by themselves.
 */
final class LivePages {
    static final String SCRIPT_PATH = "/__handbook/live.js";

    private LivePages() {}

    static String scriptTag(String version) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + escape(version) + "\"></script>";
    }

    /** The page with the script just before {@code </body>} (or at the end when there is none). */
    static byte[] inject(byte[] html, String version) {
        return insert(html, scriptTag(version));
    }

    /** The page with {@code markup} just before {@code </body>} (or at the end when there is none). */
    static byte[] insert(byte[] html, String markup) {
        // searched in Latin-1, which maps every byte to one char, so positions are byte offsets
        String text = new String(html, StandardCharsets.ISO_8859_1);
        int at = lastIndexOfIgnoreCase(text, "</body>");
        if (at < 0) at = html.length;
        byte[] tag = markup.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    static byte[] notFound(BuildState state, Bundle messages) {
        return page(state, messages.text("page.not-found.title"),
                "<p>" + escape(messages.text("page.not-found")) + "</p><p><a href=\"/\">"
                        + escape(messages.text("page.home")) + "</a></p>");
    }

    static byte[] notBuilt(BuildState state, Bundle messages) {
        return page(state, messages.text("page.not-built.title"),
                "<p>" + escape(messages.text("page.not-built")) + "</p>");
    }

    /**
     * A short page for a request the preview refuses before looking at the site (a foreign Host, a
     * request too large), without the reload script: the events would be refused alike.
     */
    static byte[] refused(String language, String title, String text) {
        return html(language, title, "<p>" + escape(text) + "</p>", "");
    }

    private static byte[] page(BuildState state, String title, String body) {
        return html(state.language(), title, body, scriptTag(state.version()) + "\n");
    }

    private static byte[] html(String language, String title, String body, String script) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title) + "</title>\n"
                + "<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</main>\n"
                + script + "</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static int lastIndexOfIgnoreCase(String text, String tag) {
        for (int i = text.length() - tag.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, tag, 0, tag.length())) return i;
        }
        return -1;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
