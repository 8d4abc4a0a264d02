package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit-url} gives every page a link to its source in the repository's editor, and a page without
 * {@code updated} shows the date of its last commit when its folder is in a git repository.
 */
class EditAndDateLinksTest {
    @TempDir
    Path dir;

    Path repo;
    Path source;

    @BeforeEach
    void handbook() {
        repo = dir.resolve("repo");
        source = Fixtures.write(repo.resolve("content"), Map.of(
                "handbook.yml", "title: Proef\nlanguage: nl\nedit-url: https://git.example.org/org/handboek/edit/main/content/\n",
                "index.md", "---\ntitle: Start\n---\nWelkom.\n",
                "01-begin/index.md", "---\ntitle: Begin\n---\nTekst.\n",
                "01-begin/01-met-datum.md", "---\ntitle: Met datum\nupdated: 2024-01-15\n---\nTekst.\n",
                "01-begin/02-zonder datum.md", "---\ntitle: Zonder datum\n---\nTekst.\n"));
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String date, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Redactie", "-c", "user.email=r@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        pb.environment().put("GIT_AUTHOR_DATE", date);
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
    }

    private Path build(String name) throws Exception {
        Path out = dir.resolve(name);
        assertThat(Handbooks.build(source, out, Options.DEFAULT).written()).isTrue();
        return out;
    }

    private static String updated(Document page) {
        Element p = page.selectFirst("p.handbook-updated");
        return p == null ? null : p.text();
    }

    @Test
    void everyPageLinksToItsSourceInTheEditor() throws Exception {
        Path site = build("site");
        Element edit = Fixtures.page(site, "begin/zonder-datum.html").selectFirst("p.handbook-edit a");
        assertThat(edit).isNotNull();
        assertThat(edit.text()).isEqualTo("Bewerk deze pagina");
        assertThat(edit.attr("href")).isEqualTo("https://git.example.org/org/handboek/edit/main/content/01-begin/02-zonder%20datum.md");
        assertThat(Fixtures.page(site, "begin/index.html").selectFirst("p.handbook-edit a").attr("href"))
                .endsWith("/content/01-begin/index.md");
        assertThat(Fixtures.page(site, "index.html").selectFirst("p.handbook-edit a").attr("href")).endsWith("/content/index.md");
        // generated pages have no source to edit
        assertThat(Fixtures.page(site, "search.html").select("p.handbook-edit")).isEmpty();
    }

    @Test
    void withoutEditUrlThereIsNoLink() throws Exception {
        Files.writeString(source.resolve("handbook.yml"), "title: Proef\nlanguage: nl\n");
        assertThat(Fixtures.page(build("site"), "begin/zonder-datum.html").select(".handbook-edit")).isEmpty();
    }

    @Test
    void outsideGitAPageWithoutUpdatedHasNoDate() throws Exception {
        Path site = build("site");
        assertThat(updated(Fixtures.page(site, "begin/zonder-datum.html"))).isNull();
        assertThat(updated(Fixtures.page(site, "begin/met-datum.html"))).isEqualTo("Laatst bijgewerkt op 15 januari 2024");
    }

    @Test
    void inAGitRepositoryAPageWithoutUpdatedShowsItsLastCommitDate() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        git("2025-03-18T10:00:00+01:00", "init", "-q");
        git("2025-03-18T10:00:00+01:00", "add", ".");
        git("2025-03-18T10:00:00+01:00", "commit", "-q", "-m", "eerste versie");
        Files.writeString(source.resolve("01-begin/index.md"), "---\ntitle: Begin\n---\nAnders.\n");
        git("2025-05-02T23:30:00+02:00", "commit", "-q", "-am", "tweede versie");

        Path site = build("site");
        assertThat(updated(Fixtures.page(site, "begin/zonder-datum.html"))).isEqualTo("Laatst bijgewerkt op 18 maart 2025");
        // the day in the committer's own time zone, whatever the machine's
        assertThat(updated(Fixtures.page(site, "begin/index.html"))).isEqualTo("Laatst bijgewerkt op 2 mei 2025");
        // a date in the front matter wins
        assertThat(updated(Fixtures.page(site, "begin/met-datum.html"))).isEqualTo("Laatst bijgewerkt op 15 januari 2024");

        // the same commit gives the same bytes
        Path again = build("again");
        assertThat(Files.readAllBytes(again.resolve("begin/zonder-datum.html")))
                .isEqualTo(Files.readAllBytes(site.resolve("begin/zonder-datum.html")));
    }
}
