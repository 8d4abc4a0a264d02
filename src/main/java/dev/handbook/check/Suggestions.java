package dev.handbook.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean": the closest allowed word, if it is close enough to be a likely typo. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String typed, Collection<String> allowed) {
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return allowed.stream()
                .filter(a -> distance(t, a.toLowerCase(java.util.Locale.ROOT)) <= Math.max(1, a.length() / 3))
                .min(Comparator.comparingInt((String a) -> distance(t, a.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * The existing file name an editor most likely meant by {@code typed}: the closest name, else the
     * one whose name without extension is closest, starts the typed one or is started by it
     * ({@code hoogeveen-kaart.png} for {@code hoogeveen.svg}), as a file is often renamed or
     * converted; empty when none is that close.
     */
    public static Optional<String> closestFile(String typed, Collection<String> names) {
        Optional<String> whole = closest(typed, names);
        if (whole.isPresent()) return whole;
        String stem = stem(typed).toLowerCase(java.util.Locale.ROOT);
        if (stem.length() < 3) return Optional.empty();
        return names.stream()
                .filter(n -> {
                    String other = stem(n).toLowerCase(java.util.Locale.ROOT);
                    return other.length() >= 3 && (stem.startsWith(other) || other.startsWith(stem)
                            || distance(stem, other) <= Math.max(1, other.length() / 3));
                })
                .min(Comparator.comparingInt((String n) -> distance(stem, stem(n).toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
