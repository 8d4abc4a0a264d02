package dev.handbook.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Problem messages and hints, and the command line's own sentences, in the handbook's language. */
public final class Messages {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,");
    private final Bundle bundle;

    /** @param language any language; one that is not supported gets {@link Language#DEFAULT} */
    public Messages(String language) {
        this.bundle = new Bundle("dev.handbook.check.messages", language);
    }

    public String message(Problem problem) {
        return format(problem.code(), problem.args());
    }

    /** How to fix the problem; a hint that needs an argument the problem lacks (a suggestion) falls back. */
    public Optional<String> hint(Problem problem) {
        String key = problem.code() + ".hint";
        if (!bundle.has(key)) return Optional.empty();
        if (needsMissingArgument(bundle.pattern(key), problem.args())) {
            key = problem.code() + ".hint-none";
            if (!bundle.has(key)) return Optional.empty();
        }
        return Optional.of(format(key, problem.args()));
    }

    /**
     * What the tool itself saw, such as the YAML parser's own English: only for {@code --verbose}, as it
     * helps a developer, not an editor.
     */
    public Optional<String> detail(Problem problem) {
        String key = problem.code() + ".detail";
        if (!bundle.has(key)) return Optional.empty();
        String detail = format(key, problem.args());
        return detail.isBlank() ? Optional.empty() : Optional.of(detail);
    }

    public String severity(Severity severity) {
        return text("severity." + severity.name().toLowerCase(Locale.ROOT));
    }

    /** Arguments become text first, as a problem's are, so that no number is regrouped ("2025", not "2.025"). */
    public String text(String key, Object... args) {
        return format(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /**
     * An argument a choice depends on ("1 space", "2 spaces") is a count and goes in as a number, as
     * {@link java.text.ChoiceFormat} needs one; every other argument stays the text it is.
     */
    private String format(String key, List<String> args) {
        Object[] values = args.toArray();
        if (bundle.has(key)) {
            Matcher m = CHOICE.matcher(bundle.pattern(key));
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                if (i < values.length && args.get(i).matches("-?\\d{1,9}")) values[i] = Long.valueOf(args.get(i));
            }
        }
        return bundle.text(key, values);
    }

    private static boolean needsMissingArgument(String pattern, List<String> args) {
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (i >= args.size() || args.get(i).isEmpty()) return true;
        }
        return false;
    }
}
