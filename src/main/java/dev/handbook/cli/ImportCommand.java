package dev.handbook.cli;

import dev.handbook.Handbooks;
import dev.handbook.check.Bundle;
import dev.handbook.check.Language;
import dev.handbook.importer.ImportException;
import dev.handbook.importer.ImportRequest;
import dev.handbook.importer.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Carries an MkDocs or Docusaurus site over into a new content folder that 'build' builds:",
            "the order, sections and titles of its navigation, its settings, front matter as summary,",
            "status and fields, links resolved to the .md files, assets copied, aliases for the old",
            "addresses, and a report (printed, and written as IMPORT.md) of what could not be carried",
            "over. Reads DIR only; --out must be a new or empty folder outside it.",
            "Example: handbook import mkdocs ../mijn-site --out content",
        },
        footer = {"", "Exit codes: 0 imported, 1 the project cannot be read, 2 wrong use (no project file, --out not empty)."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "mkdocs (DIR holds mkdocs.yml) or docusaurus (DIR holds docusaurus.config.js or .ts).")
    String kind;

    @Parameters(index = "1", paramLabel = "DIR", description = "The folder of the site's project.")
    Path dir;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "CONTENT",
            description = "The new content folder to write: it must not exist yet, or be empty.")
    Path out;

    @Option(names = "--language", paramLabel = "nl|en",
            description = "Language of the messages (default: the site's, else nl).")
    String language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String messagesLanguage = language != null ? language : Language.DEFAULT;
        try {
            ImportResult result = Handbooks.importSite(new ImportRequest(kind, dir, out));
            Bundle messages = Bundle.editor(language != null ? language : result.language());
            stdout.println(result.report());
            stdout.println(messages.text("import.done", String.valueOf(result.pages()), String.valueOf(result.files()),
                    out, result.reportFile()));
            stdout.println(messages.text("import.next", out));
            stdout.flush();
            return 0;
        } catch (ImportException e) {
            Bundle messages = Bundle.editor(messagesLanguage);
            err.println(messages.text("error") + ": " + messages.text(e.code(), e.args()) + "\n    "
                    + messages.text("hint") + ": " + messages.text(e.code() + ".hint", e.args()));
            err.flush();
            return e.usage() ? 2 : 1;
        }
    }
}
