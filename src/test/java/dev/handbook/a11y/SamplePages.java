package dev.handbook.a11y;

import java.util.List;

/** One page of every type of the sample handbook (content/): the pages every accessibility check runs on. */
final class SamplePages {
    // Add a page type here and every check covers it.
    static final List<PageUnderTest> ALL = List.of(
            new PageUnderTest("home", "index.html"),
            new PageUnderTest("chapter", "wat-is-brede-welvaart/index.html"),
            new PageUnderTest("page with entries", "bewoners-in-beeld/impact-op-groepen.html"),
            new PageUnderTest("page with a checklist", "brede-welvaart-vanaf-de-start/checklist-projectstart.html"),
            new PageUnderTest("page with a wide table", "wat-is-brede-welvaart/kennis-en-leerprogramma.html"),
            // ready once mermaid has drawn the diagram, so that axe sees the page as readers do
            new PageUnderTest("page with a diagram, tabs and abbreviations", "meten-en-duiden/van-meting-naar-besluit.html",
                    "figure.handbook-diagram svg"),
            new PageUnderTest("overview lessen", "lessen.html"),
            new PageUnderTest("overview tips", "tips.html"),
            new PageUnderTest("overview trucs", "trucs.html"),
            new PageUnderTest("case index, filtered", "casussen.html#schaal=regionaal"),
            new PageUnderTest("value page", "thema/bewoners-in-beeld.html"),
            new PageUnderTest("standalone case", "casussen/zeeuws-vlaanderen.html"),
            new PageUnderTest("accessibility statement", "bijlagen/toegankelijkheid.html"),
            new PageUnderTest("search with results", "search.html?q=gemeente", "#search-results a"),
            new PageUnderTest("print page", "print.html"),
            new PageUnderTest("not found", "404.html"),
            new PageUnderTest("versions", "versions.html"),
            new PageUnderTest("page of an edition, with its banner", "releases/2025.1/bewoners-in-beeld/impact-op-groepen.html"),
            new PageUnderTest("changes of an edition", "releases/2025.1/changes.html"));

    private SamplePages() {}
}
