package dev.handbook.cli;

import dev.handbook.check.Bundle;
import dev.handbook.check.Language;
import dev.handbook.scaffold.PageScaffold;
import dev.handbook.scaffold.ScaffoldException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {
            "Starts a new page of an entry type. Writes NN-slug.md into the chapter folder (the last",
            "chapter unless --chapter says otherwise), NN being the next number in that folder and the",
            "slug made from the title, with front matter that has title, type, summary, updated and",
            "every field the type requires, each with its allowed values in a comment. Prints the path.",
            "Never overwrites a file.",
            "Example: handbook new casus \"Raamwerk in Drenthe\" --chapter 09-casussen",
        },
        footer = {"", "Exit codes: 0 created, 1 refused (a page with that name or address exists), 2 wrong use."})
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", descriptionKey = "param.new-type", description = "An entry type declared under 'types' in handbook.yml, such as tip or casus.")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", descriptionKey = "param.new-title", description = "The page's title, in quotes; the file name is made from it.")
    String title;

    @Option(names = {"-c", "--chapter"}, paramLabel = "DIR",
            description = "Chapter or section folder, relative to the content folder (03-x or 03-x/02-y), or the chapter's name without number. Default: the folder with most pages of the type, else the last chapter.")
    String chapter;

    @Option(names = {"-s", "--source"}, defaultValue = "content", paramLabel = "DIR",
            description = "Content folder with handbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageScaffold scaffold = new PageScaffold(source, LocalDate.now());
        Bundle messages = Bundle.editor(Files.isDirectory(source) ? scaffold.language() : Language.DEFAULT);
        try {
            PageScaffold.Created created = scaffold.create(type, title, chapter);
            out.println(messages.text("new.created", created.file()));
            if (!created.fieldsToFill().isEmpty()) {
                out.println(messages.text("new.fill-in", String.join(", ", created.fieldsToFill())));
            }
            out.flush();
            return 0;
        } catch (ScaffoldException e) {
            String hintKey = e.code().equals("new.unknown-type") && e.args().length > 2 ? "new.unknown-type.suggest" : e.code() + ".hint";
            err.println(messages.text("error") + ": " + messages.text(e.code(), e.args()) + "\n    "
                    + messages.text("hint") + ": " + messages.text(hintKey, e.args()));
            err.flush();
            return e.usage() ? 2 : 1;
        }
    }
}
