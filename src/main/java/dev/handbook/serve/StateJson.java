package dev.handbook.serve;

import dev.handbook.check.Bundle;
import dev.handbook.check.Messages;
import dev.handbook.check.ProblemReport;
import dev.handbook.check.Severity;
import dev.handbook.output.Json;

/**
 * The state the open pages get, as JSON: which site version is current (a page of another version
 * reloads), and the problems of the last rebuild with their messages and hints in the handbook's
 * language, for the overlay. The problems are the same objects {@code check --format json} writes.
 */
final class StateJson {
    private StateJson() {}

    static String of(BuildState state) {
        Messages check = new Messages(state.language());
        Bundle messages = Bundle.editor(state.language());
        StringBuilder out = new StringBuilder("{");
        field(out, "build", String.valueOf(state.build())).append(", ");
        field(out, "version", Json.quote(state.version())).append(", ");
        field(out, "written", String.valueOf(state.written())).append(", ");
        field(out, "pages", String.valueOf(state.pages())).append(", ");
        field(out, "millis", String.valueOf(state.millis())).append(", ");
        field(out, "language", Json.quote(state.language())).append(", ");
        field(out, "heading", Json.quote(heading(state, messages))).append(", ");
        field(out, "crash", state.crash() == null ? "null" : Json.quote(state.crash())).append(",\n");
        out.append("\"labels\": {");
        field(out, "error", Json.quote(check.severity(Severity.ERROR))).append(", ");
        field(out, "warning", Json.quote(check.severity(Severity.WARNING))).append(", ");
        field(out, "info", Json.quote(check.severity(Severity.INFO))).append(", ");
        field(out, "hint", Json.quote(check.text("hint"))).append(", ");
        field(out, "hide", Json.quote(messages.text("overlay.hide"))).append(", ");
        field(out, "show", Json.quote(messages.text("overlay.show"))).append(", ");
        field(out, "warnings", Json.quote(messages.text("overlay.warnings", state.warnings()))).append("},\n");
        field(out, "problems", new ProblemReport(check).json(state.problems()).strip());
        return out.append("}\n").toString();
    }

    /** The overlay's first line: why the page may not show the latest sources. */
    private static String heading(BuildState state, Bundle messages) {
        if (state.crash() != null) return messages.text("overlay.crash", state.crash());
        if (state.errors() + state.warnings() == 0) return ""; // information alone is no reason for a heading
        if (state.written()) return messages.text("overlay.warnings", state.warnings());
        if (state.site() == null) return messages.text("overlay.not-built", state.errors());
        return messages.text("overlay.failed", state.errors());
    }

    private static StringBuilder field(StringBuilder out, String name, String json) {
        return out.append(Json.quote(name)).append(": ").append(json);
    }
}
