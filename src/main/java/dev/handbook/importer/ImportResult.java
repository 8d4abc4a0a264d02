package dev.handbook.importer;

import java.nio.file.Path;

/**
 * What an import wrote: how many pages and other files, the report (the text of {@code IMPORT.md}
 * without its front matter) and where it lies, and the language of the handbook made.
 */
public record ImportResult(int pages, int files, int findings, String report, Path reportFile, String language) {}
