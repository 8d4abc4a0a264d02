package dev.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.handbook.Fixtures;
import dev.handbook.Handbooks;
import dev.handbook.check.Messages;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.check.Severity;
import dev.handbook.pipeline.Options;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Icons and colours of entry types, and the logo, favicon and tokens of a site, from handbook.yml. */
class TypeLookTest {
    @TempDir
    Path dir;

    private Path write(String settings, Map<String, String> more) {
        Map<String, String> files = new HashMap<>(more);
        files.put("handbook.yml", "title: Proef\n" + settings);
        files.put("index.md", "---\ntitle: Home\n---\nTekst.\n");
        return Fixtures.write(dir.resolve("content"), files);
    }

    private List<Problem> check(String settings, Map<String, String> more) {
        return Handbooks.check(write(settings, more), Options.DEFAULT).problems();
    }

    private HandbookConfig load(String settings, Map<String, String> more) {
        return new ConfigLoader(new Problems()).load(write(settings, more));
    }

    @Test
    void typesWithoutALookGetOneByTheirKeyAndNoTwoAlike() {
        HandbookConfig config = load("types:\n  tip: { label: Tip }\n  les: { label: Les }\n  truc: { label: Truc }\n"
                + "  casus: { label: Casus }\n  idee: { label: Idee }\n", Map.of());
        assertThat(config.types().values()).extracting(EntryType::icon)
                .containsExactly("lightbulb", "graduation-cap", "wrench", "map-pin", "book");
        assertThat(config.types().values()).extracting(t -> t.color().hex()).doesNotHaveDuplicates();
        for (EntryType type : config.types().values()) assertThat(type.color().contrast(Rgb.WHITE)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aTypeTakesTheIconAndColourItNames() {
        HandbookConfig config = load("types:\n  tip: { label: Tip, icon: star, color: \"#8B1E5A\" }\n"
                + "  idee: { label: Idee, icon: eigen }\n", Map.of("assets/icons/eigen.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        assertThat(config.type("tip").orElseThrow().icon()).isEqualTo("star");
        assertThat(config.type("tip").orElseThrow().color().hex()).isEqualTo("#8b1e5a");
        assertThat(config.type("idee").orElseThrow().icon()).isEqualTo("eigen");
    }

    @Test
    void anUnknownIconOrAColourThatIsNoneIsAnErrorAndAPaleColourAWarning() {
        List<Problem> problems = check("types:\n  tip: { label: Tip, icon: lightbulp }\n  les: { label: Les, color: blauw }\n"
                + "  truc: { label: Truc, color: \"#ffcc00\" }\n", Map.of());
        assertThat(problems).extracting(Problem::code, Problem::line, Problem::severity).containsExactly(
                tuple("config.type-icon", 3, Severity.ERROR),
                tuple("config.type-color", 4, Severity.ERROR),
                tuple("config.type-color-contrast", 5, Severity.WARNING));
        Messages nl = new Messages("nl");
        assertThat(nl.message(problems.get(0))).isEqualTo("onbekend icoon ‘lightbulp’ bij soort ‘tip’");
        assertThat(nl.hint(problems.get(0)).orElseThrow()).startsWith("Bedoelde je ‘lightbulb’?");
        assertThat(new Messages("en").message(problems.get(2))).contains("1.5:1 contrast on white");
    }

    @Test
    void logoFaviconAndTokensAreFilesOfTheHandbooksAssets() {
        Map<String, String> assets = Map.of("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "assets/tokens.css", ":root { --utrecht-document-color: #000; }");
        HandbookConfig config = load("logo: assets/logo.svg\nfavicon: ./assets/logo.svg\ntokens: assets/tokens.css\n", assets);
        assertThat(config.look()).isEqualTo(new SiteLook("assets/logo.svg", "assets/logo.svg", "assets/tokens.css"));
        assertThat(check("logo: logo.png\ntokens: assets/geen.css\n", assets)).extracting(Problem::code, Problem::line)
                .containsExactly(tuple("config.look-file", 2), tuple("config.look-file", 3));
    }

    @Test
    void everyPageLinksTheLogoFaviconAndTokensAfterTheThemesStyles() throws Exception {
        Path source = write("logo: assets/logo.svg\nfavicon: assets/logo.svg\ntokens: assets/tokens.css\n",
                Map.of("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "assets/tokens.css", ":root {}"));
        Path site = dir.resolve("site");
        assertThat(Handbooks.build(source, site, Options.DEFAULT).problems()).isEmpty();
        org.jsoup.nodes.Document home = Fixtures.page(site, "index.html");
        assertThat(home.select("link[rel=icon]").eachAttr("href")).containsExactly("assets/logo.svg");
        assertThat(home.select(".handbook-header__title img.handbook-header__logo").eachAttr("src")).containsExactly("assets/logo.svg");
        assertThat(home.selectFirst(".handbook-header__logo").attr("alt")).isEmpty();
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("assets/handbook.css",
                "assets/search.css", "assets/entry-types.css", "assets/glossary.css", "assets/tokens.css");
        assertThat(site.resolve("assets/tokens.css")).exists();
        assertThat(site.resolve("assets/entry-types.css")).exists();
    }
}
