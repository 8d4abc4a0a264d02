package dev.handbook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The image candidates of a {@code srcset}, read as browsers read the list: a URL is a run without
 * spaces (so a data URL keeps its commas), commas at its end separate it from the next candidate, and
 * descriptors ({@code 2x}, {@code 480w}) run to the next comma.
 */
public final class Srcset {
    private Srcset() {}

    /** The URL of each candidate, in order. */
    public static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        for (int[] url : ranges(srcset)) urls.add(srcset.substring(url[0], url[1]));
        return urls;
    }

    /** {@code srcset} with each candidate's URL replaced by {@code map}'s; descriptors and separators stay as written. */
    public static String map(String srcset, UnaryOperator<String> map) {
        StringBuilder out = new StringBuilder(srcset.length());
        int last = 0;
        for (int[] url : ranges(srcset)) {
            out.append(srcset, last, url[0]).append(map.apply(srcset.substring(url[0], url[1])));
            last = url[1];
        }
        return out.append(srcset.substring(last)).toString();
    }

    /** Where the URL of each candidate starts and ends. */
    private static List<int[]> ranges(String value) {
        List<int[]> urls = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (value.charAt(i) <= ' ' || value.charAt(i) == ',')) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && value.charAt(i) > ' ') i++;
            int end = i;
            boolean separated = false;
            while (end > start && value.charAt(end - 1) == ',') {
                end--;
                separated = true;
            }
            if (end > start) urls.add(new int[] {start, end});
            if (separated) continue;
            int depth = 0; // descriptors run to the next comma outside parentheses
            while (i < n && (value.charAt(i) != ',' || depth > 0)) {
                if (value.charAt(i) == '(') depth++;
                else if (value.charAt(i) == ')' && depth > 0) depth--;
                i++;
            }
        }
        return urls;
    }
}
