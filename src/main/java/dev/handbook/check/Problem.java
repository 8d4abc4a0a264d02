package dev.handbook.check;

import dev.handbook.yaml.Pos;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with the handbook. {@code code} is stable (tools and tests rely on it) and
 * names the message and hint in the message bundles; {@code args} fill them in.
 * {@code file} is the path as the editor knows it (relative to the working directory when possible),
 * or empty for problems that belong to no file.
 */
public record Problem(String file, int line, int column, Severity severity, String code, List<String> args) {
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::code)
            .thenComparing(p -> String.join("\u0000", p.args()));

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem error(String file, Pos pos, String code, Object... args) {
        return new Problem(file, pos.line(), pos.column(), Severity.ERROR, code, strings(args));
    }

    public static Problem warning(String file, Pos pos, String code, Object... args) {
        return new Problem(file, pos.line(), pos.column(), Severity.WARNING, code, strings(args));
    }

    /** Something an editor may want to know, which no build is refused for, not even a strict one. */
    public static Problem info(String file, Pos pos, String code, Object... args) {
        return new Problem(file, pos.line(), pos.column(), Severity.INFO, code, strings(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** Whether this problem refuses the build: an error, or a warning when warnings count as errors. */
    public boolean refuses(boolean strict) {
        return isError() || strict && isWarning();
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
