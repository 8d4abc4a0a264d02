package dev.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings and sidebars read from JavaScript and TypeScript without running them; code in between is skipped. */
class JsLiteralTest {
    @Test
    void readsTheExportedObjectBehindATypeAnnotationWithBracesAndSemicolons() {
        Object config = JsLiteral.exported("""
                import type { Config } from '@docusaurus/types';
                function helper(): Array<{ from: string }> { return []; }
                const config: Config & {
                  customFields: Config["customFields"] & { x: Y };
                } = {
                  title: "Site", // a comment
                  /* another */ url: 'https://example.org',
                  presets: [['classic', /** @type */ ({ docs: { sidebarPath: require.resolve('./sidebars.ts'), editUrl: `https://e/x/` } })]],
                  plugins: [async function p({ docs }) { return docs.map((d) => ({ id: d.id })); }, 'plain'],
                  count: 3,
                  trailing: [1, 2,],
                };
                export default config;
                """).orElseThrow();

        assertThat(JsLiteral.text(config, "title")).isEqualTo("Site");
        assertThat(JsLiteral.text(config, "url")).isEqualTo("https://example.org");
        assertThat(JsLiteral.at(config, "count")).isEqualTo(3.0);
        assertThat(JsLiteral.at(config, "trailing")).isEqualTo(List.of(1.0, 2.0));
        List<?> plugins = (List<?>) JsLiteral.at(config, "plugins");
        assertThat(plugins).hasSize(2);
        assertThat(plugins.get(0)).isInstanceOf(JsLiteral.Opaque.class);
        assertThat(plugins.get(1)).isEqualTo("plain");
        DocusaurusReader.DocsOptions options = DocusaurusReader.docsOptions(config);
        assertThat(options.sidebarPath()).isEqualTo("./sidebars.ts");
        assertThat(options.editUrl()).isEqualTo("https://e/x/");
        assertThat(options.routeBase()).isEqualTo("docs");
    }

    @Test
    void readsModuleExportsAndShorthandCategories() {
        Object sidebars = JsLiteral.exported("module.exports = { docs: { 'Getting started': ['intro', \"setup\"] } };").orElseThrow();
        assertThat(JsLiteral.at(sidebars, "docs")).isEqualTo(Map.of("Getting started", List.of("intro", "setup")));
    }

    @Test
    void aFileThatExportsNothingGivesNothing() {
        assertThat(JsLiteral.exported("const x = 1;")).isEmpty();
    }
}
