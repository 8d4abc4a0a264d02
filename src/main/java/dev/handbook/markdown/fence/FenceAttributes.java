package dev.handbook.markdown.fence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes after a fence's title, as Pandoc writes them: {@code {#id veld=waarde veld="met spatie"}}.
 * Several values of one field are separated by commas: {@code thema=a,b}.
 */
public record FenceAttributes(String id, Map<String, List<String>> values, List<String> unreadable) {
    private static final Pattern ITEM = Pattern.compile("#([^\\s}]+)|([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))|(\\S+)");

    public static final FenceAttributes NONE = new FenceAttributes(null, Map.of(), List.of());

    public FenceAttributes {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        unreadable = List.copyOf(unreadable);
    }

    public static FenceAttributes parse(String text) {
        if (text == null || text.isBlank()) return NONE;
        String id = null;
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                id = m.group(1);
            } else if (m.group(2) != null) {
                String raw = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                List<String> list = new ArrayList<>();
                boolean quoted = m.group(5) == null;
                for (String v : quoted ? List.of(raw) : List.of(raw.split(","))) {
                    if (!v.isBlank()) list.add(quoted ? v : v.strip());
                }
                values.put(m.group(2), list);
            } else if (!m.group(6).startsWith(".")) {
                unreadable.add(m.group(6));
            }
        }
        return new FenceAttributes(id, values, unreadable);
    }
}
