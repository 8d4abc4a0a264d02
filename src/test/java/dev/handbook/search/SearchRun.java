package dev.handbook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Queries run by the browser's search code under Node (src/test/js/search-run.js), and what it found. */
final class SearchRun {
    /** One result as the runtime shows it; marked words of the snippet are in [brackets]. */
    record Hit(String url, String type, String label, String title, String snippet) {}

    /** The outcome of one query: how many documents matched, which index parts it loaded, the first results. */
    record Found(int total, List<String> loaded, double millis, List<Hit> hits) {
        List<String> urls() {
            return hits.stream().map(Hit::url).toList();
        }
    }

    private SearchRun() {}

    /** Runs each query ("words" or "words\ttype") on the index under {@code site}/search/; by query. */
    static Map<String, Found> run(Path site, Path work, int results, String... queries) {
        try {
            Path file = Files.write(work.resolve("queries.txt"), List.of(queries), StandardCharsets.UTF_8);
            String out = Node.run("search-run.js", Node.ASSETS.toString(), site.toString(), file.toString(),
                    String.valueOf(results));
            Map<String, Found> found = new LinkedHashMap<>();
            List<Hit> hits = null;
            for (String line : out.lines().toList()) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("Q")) {
                    hits = new ArrayList<>();
                    List<String> loaded = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
                    String key = f[5].isEmpty() ? f[1] : f[1] + "\t" + f[5];
                    found.put(key, new Found(Integer.parseInt(f[2]), loaded, Double.parseDouble(f[4]), hits));
                } else if (f[0].equals("R") && hits != null) {
                    hits.add(new Hit(f[2], f[3], f[4], f[5], f[6]));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
