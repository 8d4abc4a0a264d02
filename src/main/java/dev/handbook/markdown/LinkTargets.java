package dev.handbook.markdown;

import java.util.Map;
import java.util.Set;

/**
 * What links may point to: the output path of every page and asset by its source path, and the
 * ids on every page by its output path.
 */
public record LinkTargets(Map<String, String> outputBySource, Map<String, Set<String>> idsByOutput) {
    public LinkTargets {
        outputBySource = Map.copyOf(outputBySource);
        idsByOutput = Map.copyOf(idsByOutput);
    }
}
