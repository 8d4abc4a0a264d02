package dev.handbook.yaml;

/**
 * Word's curly quotes (“ ” ‘ ’ „), which YAML does not know as quotes: a value typed in them keeps
 * them, and one with a colon inside does not parse. Shared by the YAML mistakes and the front matter
 * check, so that both offer the same fix.
 */
public final class CurlyQuotes {
    private static final String QUOTES = "“”„‘’‚«»";

    private CurlyQuotes() {}

    public static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    /** Whether {@code value} is wrapped in curly quotes. */
    public static boolean wrapped(String value) {
        return value.length() >= 2 && isQuote(value.charAt(0)) && isQuote(value.charAt(value.length() - 1));
    }

    /** {@code value} without the curly quotes at either end. */
    public static String strip(String value) {
        String v = value;
        if (!v.isEmpty() && isQuote(v.charAt(0))) v = v.substring(1);
        if (!v.isEmpty() && isQuote(v.charAt(v.length() - 1))) v = v.substring(0, v.length() - 1);
        return v;
    }

    /** {@code value} in straight quotes, the way YAML reads it back as written. */
    public static String straight(String value) {
        if (!value.contains("\"") && !value.contains("\\")) return "\"" + value + "\"";
        return "'" + value.replace("'", "''") + "'";
    }
}
