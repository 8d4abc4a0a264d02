package dev.handbook.model;

import java.nio.file.Path;

/** A file other than Markdown in the content folder (an image, a download), copied as it is. */
public record Asset(Path file, String sourcePath, String outputPath) {}
