package dev.handbook.check;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Problem messages and hints, and the command line's own sentences, in the handbook's language. */
public final class Messages {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("dev.handbook.check.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String message(Problem problem) {
        return format(problem.code(), problem.args());
    }

    /** How to fix the problem; a hint that needs an argument the problem lacks (a suggestion) falls back. */
    public Optional<String> hint(Problem problem) {
        String key = problem.code() + ".hint";
        if (!bundle.containsKey(key)) return Optional.empty();
        if (needsMissingArgument(bundle.getString(key), problem.args())) {
            key = problem.code() + ".hint-none";
            if (!bundle.containsKey(key)) return Optional.empty();
        }
        return Optional.of(format(key, problem.args()));
    }

    public String severity(Severity severity) {
        return text("severity." + severity.name().toLowerCase(Locale.ROOT));
    }

    public String text(String key, Object... args) {
        return format(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private String format(String key, List<String> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
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
