package dev.handbook.pipeline;

import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.model.SitePaths;
import dev.handbook.output.OutputFolderException;
import dev.handbook.output.Publisher;
import dev.handbook.output.SiteWriter;
import dev.handbook.render.pdf.PdfException;
import dev.handbook.yaml.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Publishes a built site into its output folder: only a folder the tool may replace, the new site
 * staged beside it and swapped in whole once every file is written, so a failure leaves the last good
 * site as it was. The folder is claimed before the handbook is built: a second run into it is told at
 * once, and what a killed run left there is repaired even when this run then finds errors.
 */
public final class SiteFolder {
    private final SiteWriter writer;
    private final Path out;

    private SiteFolder(SiteWriter writer, Path out) {
        this.writer = writer;
        this.out = out;
    }

    /** What a run does with the output folder once it holds it: build the handbook and {@link #write} it. */
    @FunctionalInterface
    public interface Job {
        Outcome run(SiteFolder folder) throws IOException;
    }

    /** Why {@code out} may not take a site built from {@code source}, or null when it may. */
    public static Problem refusal(Path source, Path out) {
        Path absolute = real(out.toAbsolutePath().normalize());
        if (isRootOrHome(absolute)) return Problem.error(out.toString(), Pos.NONE, "output.dangerous", absolute);
        if (real(source.toAbsolutePath().normalize()).startsWith(absolute)) {
            return Problem.error(out.toString(), Pos.NONE, "output.contains-source");
        }
        return null;
    }

    /**
     * Holds {@code out} for {@code job}, or tells why it cannot (another run writes there, it is a link or
     * below a file, it cannot be written) as a problem in {@code language}.
     */
    public static Outcome claim(Path out, String language, Job job) throws IOException {
        SiteWriter writer;
        try {
            writer = SiteWriter.open(out);
        } catch (OutputFolderException e) {
            return new Outcome(List.of(problem(e)), language, 0, false);
        }
        try (writer) {
            return job.run(new SiteFolder(writer, out));
        }
    }

    /**
     * Writes {@code built}'s site through {@code publisher} into the folder.
     *
     * @param found problems the steps of the way out found, told in the outcome
     */
    public Outcome write(Built built, Publisher publisher, Reuse reuse, Problems found) throws IOException {
        try {
            publisher.publish(built.site(), writer);
            writer.commit();
            reuse.finish();
        } catch (OutputFolderException e) {
            reuse.keep();
            found.add(problem(e));
            return built.outcome(false, found.all());
        } catch (PdfException e) {
            reuse.keep();
            found.add(Problem.error(out.resolve(SitePaths.PDF).toString(), Pos.NONE, e.code(), e.detail()));
            return built.outcome(false, found.all());
        }
        return built.outcome(true, found.all());
    }

    private static Problem problem(OutputFolderException e) {
        return Problem.error(e.folder(), Pos.NONE, e.code(), e.args().toArray());
    }

    /**
     * {@code path} with the symbolic links of its existing part resolved, so that a link cannot pass off
     * the home folder or the content folder as another.
     */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return path;
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static boolean isRootOrHome(Path folder) {
        if (folder.getParent() == null) return true;
        Path home = real(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize());
        return folder.equals(home) || home.startsWith(folder) && folder.getNameCount() <= 1;
    }
}
