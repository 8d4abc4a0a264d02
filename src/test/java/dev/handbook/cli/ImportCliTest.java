package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Fixtures;
import dev.handbook.SiteLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code import mkdocs|docusaurus}: fixture sites written for these tests are imported, and what comes
 * out builds, in the old site's order, with its titles, fields, links, assets, aliases and a report.
 */
class ImportCliTest extends CapturedConsole {
    private static final Path MKDOCS = Path.of("src/test/resources/importer/mkdocs-site");
    private static final Path DOCUSAURUS = Path.of("src/test/resources/importer/docusaurus-site");

    @TempDir
    Path dir;

    @Test
    void anMkDocsSiteBuildsInItsNavOrderWithItsTitlesFieldsLinksAndAliases() throws Exception {
        String before = digest(MKDOCS);
        Path content = dir.resolve("content");
        assertThat(Main.execute("import", "mkdocs", MKDOCS.toString(), "--out", content.toString())).isZero();
        assertThat(digest(MKDOCS)).isEqualTo(before);
        assertThat(printed()).contains("Imported from the MkDocs project", "{{ config.site_name }}");

        Map<String, Object> yml = yaml(content.resolve("handbook.yml"));
        assertThat(yml).containsEntry("title", "Proefhandboek").containsEntry("language", "nl")
                .containsEntry("html-blocks", "python")
                .containsEntry("description", "Een handboek om het importeren te proberen");
        assertThat(at(yml, "fields", "tags", "values")).isEqualTo(Map.of("basis", "Basis", "techniek", "Techniek"));
        assertThat(at(yml, "fields", "levenscyclus", "values")).isEqualTo(Map.of("ontwerp", "ontwerp", "beheer", "beheer"));
        assertThat(at(yml, "fields", "page-status")).isNotNull();
        assertThat(Files.readString(content.resolve("handbook.yml"))).contains("# edit-url: https://example.org/git/proef/edit/main/docs/");

        Map<String, Object> installeren = frontMatter(content.resolve("start/installeren.md"));
        assertThat(installeren).containsEntry("title", "Installeren").containsEntry("summary", "Zo installeer je het")
                .containsEntry("order", 1).containsEntry("tags", List.of("basis", "techniek"))
                .containsEntry("aliases", List.of("start/installeren/index.html")).doesNotContainKey("hide");
        assertThat(frontMatter(content.resolve("start/concept.md"))).containsEntry("status", "draft");
        assertThat(frontMatter(content.resolve("over.md"))).containsEntry("page-status", "new");

        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", content.toString(), "--out", site.toString())).isZero();
        Document home = Fixtures.page(site, "index.html");
        assertThat(home.select("h1").text()).isEqualTo("Welkom bij het proefhandboek");
        assertThat(home.select(".handbook-nav > li > a").eachText()).containsExactly("1 Aan de slag", "2 Thema’s", "3 Levenscyclus", "4 Over");
        assertThat(home.select(".handbook-content a").eachAttr("href")).containsExactly("start/index.html", "over.html");
        assertThat(childTitles(site, "start/index.html")).containsExactly("Installeren", "Eerste stappen");
        assertThat(childTitles(site, "themas/index.html")).containsExactly("Lucht", "Water");
        assertThat(title(site, "start/index.html")).isEqualTo("Aan de slag");
        assertThat(title(site, "start/eerste-stappen.html")).isEqualTo("Eerste stappen");

        Document page = Fixtures.page(site, "start/installeren.html");
        assertThat(page.select(".handbook-content a").eachAttr("href"))
                .contains("eerste-stappen.html", "../themas/water.html#diepte");
        assertThat(page.select(".handbook-content img").attr("src")).isEqualTo("../img/schema.svg");
        assertThat(site.resolve("img/schema.svg")).isRegularFile();
        assertThat(Fixtures.page(site, "start/eerste-stappen.html").select(".handbook-content a").attr("href"))
                .isEqualTo("installeren.html");
        assertThat(SiteLinks.broken(site)).isEmpty();
        assertThat(redirect(site, "start/installeren/index.html")).isEqualTo("../installeren.html");
        assertThat(site.resolve("start/concept.html")).doesNotExist();

        String report = Files.readString(content.resolve("IMPORT.md"));
        assertThat(frontMatter(content.resolve("IMPORT.md"))).containsEntry("status", "draft");
        assertThat(report).contains("hooks/links.py", "macros", "{{ config.site_name }}", "onclick", "raadsel",
                "<!-- tags -->", "https://example.com/elders/", "start/concept.md");
    }

    @Test
    void aDocusaurusSiteBuildsInItsSidebarOrderWithTagLabelsStaticAssetsAndRoutesAsAliases() throws Exception {
        String before = digest(DOCUSAURUS);
        Path content = dir.resolve("content");
        assertThat(Main.execute("import", "docusaurus", DOCUSAURUS.toString(), "--out", content.toString())).isZero();
        assertThat(digest(DOCUSAURUS)).isEqualTo(before);

        Map<String, Object> yml = yaml(content.resolve("handbook.yml"));
        assertThat(yml).containsEntry("title", "Trial site").containsEntry("subtitle", "A site to try the import on")
                .containsEntry("language", "en").doesNotContainKey("html-blocks");
        assertThat(at(yml, "fields", "tags", "values")).isEqualTo(Map.of("beginner", "For beginners", "advanced", "Advanced"));
        assertThat(frontMatter(content.resolve("guides/01-first.md"))).containsEntry("summary", "The first steps")
                .containsEntry("tags", List.of("beginner")).containsEntry("aliases", List.of("docs/guides/first/index.html"));
        assertThat(frontMatter(content.resolve("guides/advanced/wip.md"))).containsEntry("status", "draft");
        assertThat(content.resolve("guides/02-second.md")).isRegularFile();
        assertThat(Files.readString(content.resolve("guides/02-second.md"))).doesNotContain("import Card", "import Tabs");
        assertThat(content.resolve("_partial.md")).doesNotExist();

        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", content.toString(), "--out", site.toString())).isZero();
        Document home = Fixtures.page(site, "index.html");
        assertThat(home.select("h1").text()).isEqualTo("Trial site");
        assertThat(home.select(".handbook-nav > li > a").eachText()).containsExactly("1 Introduction", "2 Guides");
        assertThat(childTitles(site, "guides/index.html")).containsExactly("Second guide", "First guide", "Advanced topics");
        Document intro = Fixtures.page(site, "intro.html");
        assertThat(intro.select(".handbook-content a").eachAttr("href")).containsExactly("guides/first.html", "guides/second.html#tabs");
        assertThat(intro.select(".handbook-content img").eachAttr("src")).containsExactly("logo.svg", "diagram.svg");
        assertThat(site.resolve("logo.svg")).isRegularFile();
        assertThat(site.resolve("diagram.svg")).isRegularFile();
        assertThat(Fixtures.page(site, "guides/first.html").select(".handbook-content a").attr("href")).isEqualTo("advanced/deep.html");
        assertThat(SiteLinks.broken(site)).isEmpty();
        assertThat(redirect(site, "docs/guides/first/index.html")).isEqualTo("../../../guides/first.html");
        assertThat(site.resolve("guides/advanced/wip.html")).doesNotExist();

        String report = Files.readString(content.resolve("IMPORT.md"));
        assertThat(report).contains("<Card>", "mystery", "import Card from", "async function myPlugin()",
                "https://example.org/git/trial").doesNotContain("<Tabs>", "import Tabs");
    }

    @Test
    void aNonEmptyOutIsRefusedAndNothingIsWritten() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("keep.txt"), "mine");
        assertThat(Main.execute("import", "mkdocs", MKDOCS.toString(), "--out", content.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is niet leeg").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(content)) {
            assertThat(files).containsExactly(content.resolve("keep.txt"));
        }
        err.reset();
        assertThat(Main.execute("import", "mkdocs", MKDOCS.toString(), "--out", content.toString(), "--language", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
    }

    @Test
    void aFolderWithoutTheProjectFileOrAnOutInsideTheProjectIsWrongUse() throws Exception {
        assertThat(Main.execute("import", "docusaurus", MKDOCS.toString(), "--out", dir.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("docusaurus.config.js");
        err.reset();
        assertThat(Main.execute("import", "mkdocs", dir.toString(), "--out", dir.resolve("b").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mkdocs.yml");
        err.reset();
        Path project = Fixtures.write(dir.resolve("project"), Map.of("mkdocs.yml", "site_name: X\n", "docs/index.md", "# X\n"));
        assertThat(Main.execute("import", "mkdocs", project.toString(), "--out", project.resolve("content").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ligt in het project");
        assertThat(project.resolve("content")).doesNotExist();
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void symbolicLinksInsideTheProjectAreFollowedAndNoneOutOfIt() throws Exception {
        Path project = Fixtures.write(dir.resolve("project"), Map.of(
                "mkdocs.yml", "site_name: Links\nnav:\n  - index.md\n  - gedeeld.md\n",
                "docs/index.md", "# Links\n\nZie [gedeeld](gedeeld.md).\n",
                "gedeeld/tekst.md", "# Gedeeld\n\nTekst van elders in het project.\n"));
        Files.writeString(dir.resolve("geheim.md"), "# Geheim\n");
        Files.createSymbolicLink(project.resolve("docs/gedeeld.md"), Path.of("../gedeeld/tekst.md"));
        Files.createSymbolicLink(project.resolve("docs/buiten.md"), dir.resolve("geheim.md"));
        Path content = dir.resolve("content");
        assertThat(Main.execute("import", "mkdocs", project.toString(), "--out", content.toString())).isZero();
        assertThat(Files.isSymbolicLink(content.resolve("gedeeld.md"))).isFalse();
        assertThat(Files.readString(content.resolve("gedeeld.md"))).contains("Tekst van elders in het project.");
        assertThat(content.resolve("buiten.md")).doesNotExist();
        assertThat(Files.readString(content.resolve("IMPORT.md"))).contains("buiten.md", "outside the repository");
        Path site = dir.resolve("site");
        assertThat(Main.execute("build", "--source", content.toString(), "--out", site.toString())).isZero();
        assertThat(title(site, "gedeeld.html")).isEqualTo("Gedeeld");
    }

    /** A page's title without the number the theme puts before it. */
    private static String title(Path site, String page) {
        return Fixtures.page(site, page).select("h1").text().replaceFirst("^[0-9.]+ ", "");
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> childTitles(Path site, String page) {
        return Fixtures.page(site, page).select(".handbook-children li a").stream()
                .map(a -> a.ownText().strip()).toList();
    }

    private static String redirect(Path site, String alias) {
        Element refresh = Fixtures.page(site, alias).selectFirst("meta[http-equiv=refresh]");
        return refresh == null ? null : refresh.attr("content").replaceFirst("^0; url=", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).startsWith("---\n");
        return (Map<String, Object>) new Yaml().load(text.substring(4, text.indexOf("\n---\n", 3)));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) current = current instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
        return current;
    }

    /** One digest over every file's path and bytes under {@code root}, to show that an import left it as it was. */
    private static String digest(Path root) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
                sha.update(Files.getLastModifiedTime(file).toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
