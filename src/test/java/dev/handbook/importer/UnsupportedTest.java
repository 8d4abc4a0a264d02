package dev.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the import takes out of a page body, as the real sites it was tried on write it. */
class UnsupportedTest {
    @Test
    void anImportOverSeveralLinesIsTakenOutWhole() {
        Unsupported.Scan scan = Unsupported.scan("""
                import { Kaart, Knop } from
                "@gemeente/componenten"; import Auteur from
                '@theme/Auteur';

                # Titel

                Tekst.
                """, true);
        assertThat(scan.body()).isEqualTo("\n# Titel\n\nTekst.\n");
        assertThat(scan.findings()).containsExactly("line 1: MDX ‘import { Kaart, Knop } from’ taken out");
    }

    @Test
    void importsOnLinesOfTheirOwnAreEachReportedAndAnExportRunsToTheBlankLine() {
        Unsupported.Scan scan = Unsupported.scan("""
                import Tabs from '@theme/Tabs';
                import Kaart from '@site/src/Kaart';
                export const kleuren = {
                  rood: 1,
                };

                Tekst.
                """, true);
        assertThat(scan.body()).isEqualTo("\nTekst.\n");
        assertThat(scan.findings()).containsExactly(
                "line 2: MDX ‘import Kaart from '@site/src/Kaart';’ taken out",
                "line 3: MDX ‘export const kleuren = {’ taken out");
    }

    @Test
    void anMdxCodeBlockIsThePagesOwnContent() {
        Unsupported.Scan scan = Unsupported.scan("""
                Inleiding.

                ```mdx-code-block
                import DocCardList from '@theme/DocCardList';

                <DocCardList />
                ```

                ```js
                import x from 'y';
                ```
                """, true);
        assertThat(scan.body()).isEqualTo("Inleiding.\n\n\n<DocCardList />\n\n```js\nimport x from 'y';\n```\n");
        assertThat(scan.findings()).containsExactly(
                "line 4: MDX ‘import DocCardList from '@theme/DocCardList';’ taken out",
                "line 6: JSX component ‘<DocCardList>’ is not carried over");
    }

    @Test
    void backticksWithBackticksAfterThemAreInlineCodeNotAFence() {
        Unsupported.Scan scan = Unsupported.scan("""
                ```bash npm install ```

                import Kaart from '@site/src/Kaart';
                """, true);
        assertThat(scan.body()).isEqualTo("```bash npm install ```\n\n");
        assertThat(scan.findings()).hasSize(1);
    }

    @Test
    void materialIconsAreLeftOutOutsideCodeWithTheirAttributeList() {
        Unsupported.Scan scan = Unsupported.scan("""
                - :material-cloud:{ .lg .middle } __Wolk__
                :fontawesome-solid-house: Thuis, `:material-cloud:` blijft
                """, false);
        assertThat(scan.body()).isEqualTo("-  __Wolk__\n Thuis, `:material-cloud:` blijft\n");
        assertThat(scan.findings()).containsExactly(
                "line 1: icon ‘:material-cloud:{ .lg .middle }’ left out (the icon sets of MkDocs Material are not carried over)",
                "line 2: icon ‘:fontawesome-solid-house:’ left out (the icon sets of MkDocs Material are not carried over)");
    }

    @Test
    void aTabOnOneLineIsPutOnThree() {
        Unsupported.Scan scan = Unsupported.scan("""
                <Tabs>
                  <TabItem value="npm">```bash npm install ```</TabItem>
                  <TabItem value="pnpm">
                    `pnpm install`
                  </TabItem>
                </Tabs>
                """, true);
        assertThat(scan.body()).isEqualTo("""
                <Tabs>
                  <TabItem value="npm">
                    ```bash npm install ```
                  </TabItem>
                  <TabItem value="pnpm">
                    `pnpm install`
                  </TabItem>
                </Tabs>
                """);
        assertThat(scan.findings()).isEmpty();
    }
}
