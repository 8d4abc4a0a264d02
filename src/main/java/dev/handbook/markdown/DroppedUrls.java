package dev.handbook.markdown;

import dev.handbook.check.Problem;
import dev.handbook.text.UrlPolicy;
import dev.handbook.yaml.Pos;

/** The warning for a URL that the {@link UrlPolicy} drops from a page: a link keeps its text, an image its alternative text. */
final class DroppedUrls {
    private DroppedUrls() {}

    static Problem problem(String file, Pos pos, String url, UrlPolicy.Use use) {
        return Problem.warning(file, pos, use == UrlPolicy.Use.IMAGE ? "image.scheme" : "link.scheme", UrlPolicy.shown(url));
    }
}
