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
import java.nio.file.Path;

/**
 * Publishes a built site into its output folder: only a folder the tool may replace, the new site
 * staged beside it and swapped in whole once every file is written, so a failure leaves the last good
 * site as it was.
 */
public final class SiteFolder {
    private SiteFolder() {}

    /** Why {@code out} may not take a site built from {@code source}, or null when it may. */
    public static Problem refusal(Path source, Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        if (isRootOrHome(absolute)) return Problem.error(out.toString(), Pos.NONE, "output.dangerous", absolute);
        if (source.toAbsolutePath().normalize().startsWith(absolute)) {
            return Problem.error(out.toString(), Pos.NONE, "output.contains-source");
        }
        return null;
    }

    /**
     * Writes {@code built}'s site through {@code publisher} into {@code out}.
     *
     * @param found problems the steps of the way out found, told in the outcome
     */
    public static Outcome write(Built built, Publisher publisher, Path out, Reuse reuse, Problems found)
            throws IOException {
        try (SiteWriter writer = SiteWriter.open(out)) {
            publisher.publish(built.site(), writer);
            writer.commit();
            reuse.finish();
        } catch (OutputFolderException e) {
            found.add(Problem.error(e.folder(), Pos.NONE, e.code()));
            return built.outcome(false, found.all());
        } catch (PdfException e) {
            found.add(Problem.error(out.resolve(SitePaths.PDF).toString(), Pos.NONE, e.code(), e.detail()));
            return built.outcome(false, found.all());
        }
        return built.outcome(true, found.all());
    }

    private static boolean isRootOrHome(Path folder) {
        if (folder.getParent() == null) return true;
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        return folder.equals(home) || home.startsWith(folder) && folder.getNameCount() <= 1;
    }
}
