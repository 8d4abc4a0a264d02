package dev.handbook.config;

import java.util.List;

/**
 * The {@code search:} settings of handbook.yml.
 *
 * @param keepWords stop words of the handbook's language that its readers search for all the same
 *     ("hier", "nu" of the dimension "hier en nu"), as written, lower case: the index keeps them and the
 *     browser does not drop them from a query
 */
public record SearchSettings(List<String> keepWords) {

    public SearchSettings {
        keepWords = List.copyOf(keepWords);
    }
}
