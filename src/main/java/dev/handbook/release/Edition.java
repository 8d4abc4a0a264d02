package dev.handbook.release;

import dev.handbook.model.SitePaths;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release on disk: its folder and what its manifest says. */
public record Edition(Path folder, Manifest manifest) {
    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    /** Oldest first: by date, then by version with numbers compared as numbers ("2" before "10"). */
    public static final Comparator<Edition> ORDER = Comparator
            .comparing((Edition e) -> e.manifest().date())
            .thenComparing((a, b) -> compareVersions(a.version(), b.version()));

    public String version() {
        return manifest.version();
    }

    public String pdf() {
        return SitePaths.editionPdf(version());
    }

    public String zip() {
        return SitePaths.editionZip(version());
    }

    static int compareVersions(String a, String b) {
        Matcher x = PART.matcher(a);
        Matcher y = PART.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
                    ? new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q))
                    : p.compareTo(q);
            if (c != 0) return c;
        }
        return Integer.compare(a.length(), b.length());
    }
}
