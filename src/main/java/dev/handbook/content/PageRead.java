package dev.handbook.content;

import dev.handbook.check.Problem;
import java.util.List;

/**
 * A Markdown file read and its front matter checked: the part of loading a page that may run in
 * parallel. {@code frontMatter} and {@code meta} are null when the file could not be read.
 */
record PageRead(FrontMatter frontMatter, PageMeta meta, List<Problem> problems) {}
