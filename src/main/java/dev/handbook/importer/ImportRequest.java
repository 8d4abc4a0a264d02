package dev.handbook.importer;

import java.nio.file.Path;

/**
 * One import: an MkDocs or Docusaurus project in {@code dir}, into the new content folder {@code out}.
 *
 * @param kind "mkdocs" or "docusaurus"
 */
public record ImportRequest(String kind, Path dir, Path out) {}
