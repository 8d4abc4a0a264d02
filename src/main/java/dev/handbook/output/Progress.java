package dev.handbook.output;

/** Hears about long steps of a build, so that a command line can show a progress line. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (key, args) -> { };

    /** A step begins or ends; {@code key} names its sentence in the message bundles. */
    void step(String key, Object... args);
}
