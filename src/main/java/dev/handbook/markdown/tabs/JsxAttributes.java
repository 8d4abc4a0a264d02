package dev.handbook.markdown.tabs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The attributes of a JSX tag as MDX writes them: {@code label="A"}, {@code label='A'}, {@code label={"A"}}, {@code default}. */
final class JsxAttributes {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_][\\w-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*[\"'`]([^\"'`]*)[\"'`]\\s*\\}|\\{([^}]*)\\}))?");

    private JsxAttributes() {}

    /** By name; an attribute without a value ({@code default}) has "true". */
    static Map<String, String> parse(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5).strip() : "true";
            attributes.putIfAbsent(m.group(1), value);
        }
        return attributes;
    }
}
