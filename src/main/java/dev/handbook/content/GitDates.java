package dev.handbook.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The date of each file's last commit, for pages that give no {@code updated}: one {@code git log} pass
 * over the content folder, newest commit first, so a file's first appearance is its last change. The
 * committer's date is part of the commit, so a build of a given commit shows the same dates on every
 * machine. Without git, or outside a repository, there are no dates, and nothing else changes.
 */
final class GitDates {
    /** A start marker no path can begin with, before each commit's date. */
    private static final String COMMIT = "\u0001";
    private static final long TIMEOUT_SECONDS = 60;

    private final Map<String, LocalDate> byPath;

    private GitDates(Map<String, LocalDate> byPath) {
        this.byPath = byPath;
    }

    static final GitDates NONE = new GitDates(Map.of());

    /** The last commit date of every file under {@code source}, by its path relative to it. */
    static GitDates of(Path source) {
        if (source == null) return NONE;
        ProcessBuilder git = new ProcessBuilder("git", "-c", "core.quotePath=false", "log", "--no-merges",
                "--format=" + COMMIT + "%cI", "--name-only", "--relative", "--", ".")
                .directory(source.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        // a GIT_DIR or GIT_WORK_TREE from a hook would point git elsewhere
        git.environment().remove("GIT_DIR");
        git.environment().remove("GIT_WORK_TREE");
        Map<String, LocalDate> dates = new HashMap<>();
        Process process;
        try {
            process = git.start();
        } catch (IOException e) {
            return NONE; // no git on this machine
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            LocalDate current = null;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(COMMIT)) {
                    current = date(line.substring(COMMIT.length()));
                } else if (!line.isEmpty() && current != null) {
                    dates.putIfAbsent(line, current);
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return NONE;
            }
            return process.exitValue() == 0 ? new GitDates(dates) : NONE;
        } catch (IOException e) {
            process.destroyForcibly();
            return NONE;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** The date of {@code rel}'s last commit, or null when it has none. */
    LocalDate of(String rel) {
        return byPath.get(rel);
    }

    /** The day of the commit in the committer's own time zone, as the commit records it. */
    private static LocalDate date(String iso) {
        try {
            return OffsetDateTime.parse(iso.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
