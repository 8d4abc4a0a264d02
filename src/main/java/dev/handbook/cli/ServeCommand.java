package dev.handbook.cli;

import dev.handbook.Handbooks;
import dev.handbook.check.Bundle;
import dev.handbook.check.Messages;
import dev.handbook.check.ProblemReport;
import dev.handbook.serve.BuildState;
import dev.handbook.serve.PreviewServer;
import dev.handbook.serve.ServeSettings;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Previews the handbook in a browser while you write. Builds it once into memory (never",
            "into your --out folder), serves it on http://127.0.0.1:8000/ and watches the",
            "content folder, handbook.yml, the handbook's templates/assets/i18n and the theme. Every",
            "save rebuilds the site and every open page reloads by itself; when the handbook has a",
            "problem, the page shows it (file, line, message, fix) over the last good version, until",
            "it is fixed. Runs until you press Ctrl+C.",
        },
        footer = {"", "Exit codes: 0 stopped, 2 wrong use (no content folder, port taken, unknown host)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = {"-p", "--port"}, defaultValue = "8000", paramLabel = "PORT",
            description = "Port to serve on (default: ${DEFAULT-VALUE}); 0 picks a free port.")
    int port;

    @Option(names = "--host", defaultValue = ServeSettings.LOCAL_HOST, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). "
                    + "0.0.0.0 lets others on the network see the preview.")
    String host;

    @Option(names = "--open", description = "Opens the preview in the browser once it is built.")
    boolean open;

    @Option(names = "--edit", description = "Lets editors write in the browser: every page gets an Edit button "
            + "(Markdown editor, front matter as a form, problems while typing, save). Only on this computer (127.0.0.1).")
    boolean edit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (SourceOption.missing(source.source, err)) return 2;
        String language = Handbooks.language(source.source);
        Bundle messages = Bundle.editor(language);
        if (port < 0 || port > 65535) return usage(err, messages, "serve.bad-port", String.valueOf(port));
        if (edit && !isLoopback(host)) return usage(err, messages, "serve.edit-public-host", host);
        ServeSettings settings = new ServeSettings(source.source, host, port, source.options(), ServeSettings.DEFAULT_QUIET_PERIOD);
        PreviewServer server;
        try {
            server = PreviewServer.start(edit ? settings.withEdit() : settings, new Terminal(out, err, language, source.verbose));
        } catch (BindException e) {
            return usage(err, messages, "serve.port-in-use", String.valueOf(port), host);
        } catch (UnknownHostException e) {
            return usage(err, messages, "serve.bad-host", host);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "handbook-serve-stop"));
        if (!InetAddress.getByName(host).isLoopbackAddress()) out.println(messages.text("serve.public-host", host));
        out.println(messages.text("serve.ready", server.uri(), source.source.toAbsolutePath().normalize()));
        if (edit) out.println(messages.text("serve.edit-ready"));
        out.flush();
        if (open) BrowserOpener.open(server.uri());
        server.awaitClose();
        return 0;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int usage(PrintWriter err, Bundle messages, String code, Object... args) {
        err.println(messages.text("error") + ": " + messages.text(code, args) + "\n    " + messages.text("hint") + ": "
                + messages.text(code + ".hint", args));
        err.flush();
        return 2;
    }

    /** Tells each rebuild on the terminal; the details are on the page too. */
    private record Terminal(PrintWriter out, PrintWriter err, String language, boolean verbose) implements PreviewServer.Listener {
        @Override
        public void built(BuildState state) {
            Bundle messages = Bundle.editor(state.language());
            if (state.crash() != null) {
                err.println(messages.text("serve.crashed", state.crash()));
            } else if (!state.written()) {
                err.print(new ProblemReport(new Messages(state.language()), verbose).text(state.problems()));
                err.println(messages.text("serve.not-built", state.errors(), state.warnings()));
            } else if (state.warnings() > 0) {
                out.println(messages.text("serve.built-warnings", String.valueOf(state.millis()), state.pages(), state.warnings()));
            } else {
                out.println(messages.text("serve.built", String.valueOf(state.millis()), state.pages()));
            }
            out.flush();
            err.flush();
        }

        @Override
        public void watchFailed(Exception e) {
            err.println(Bundle.editor(language).text("serve.watch-failed", e.getMessage()));
            err.flush();
        }
    }
}
