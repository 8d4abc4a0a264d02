package dev.handbook.markdown;

import dev.handbook.model.Page;

/** A page with the facts of its body: what checks, entries and navigation need before any page is rendered. */
public record ScannedPage(Page page, PageFacts facts) {}
