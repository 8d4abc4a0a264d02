package dev.handbook.cli;

import dev.handbook.check.Bundle;
import dev.handbook.check.Messages;
import dev.handbook.check.ProblemReport;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.scaffold.FrontMatterSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {
            "Writes a JSON Schema of the front matter that handbook.yml allows: the core keys, every field with",
            "its allowed values and their labels, and per entry type the fields it requires. Editors' tools",
            "(VS Code, Front Matter CMS, Sveltia CMS, Decap CMS) use it for completion and forms; the README",
            "shows how to connect each of them.",
        },
        footer = {"", "Exit codes: 0 written, 1 handbook.yml has errors (nothing written), 2 wrong use."})
final class SchemaCommand implements Callable<Integer> {
    @Option(names = {"-s", "--source"}, defaultValue = "content", paramLabel = "DIR",
            description = "Content folder with handbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "File to write the schema to (default: the screen).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (SourceOption.missing(source, spec.commandLine().getErr())) return 2;
        Problems problems = new Problems();
        HandbookConfig config = new ConfigLoader(problems).load(source);
        if (problems.hasErrors()) {
            spec.commandLine().getErr().print(new ProblemReport(new Messages(config.language())).text(problems.sorted()));
            spec.commandLine().getErr().flush();
            return 1;
        }
        String json = new FrontMatterSchema(config).json();
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(out, json, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println(Bundle.editor(config.language()).text("schema.written", out));
        spec.commandLine().getErr().flush();
        return 0;
    }
}
