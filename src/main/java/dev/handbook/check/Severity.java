package dev.handbook.check;

/**
 * How much a problem weighs: an error stops the build, a warning stops it only under {@code --strict},
 * information (a bibliography entry nobody cites) never does and is not counted as a warning.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
