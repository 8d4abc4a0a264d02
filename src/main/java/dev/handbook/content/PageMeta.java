package dev.handbook.content;

import dev.handbook.model.Status;
import dev.handbook.model.ValueOf;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a page's front matter says, after checking. Absent values are null or empty. */
record PageMeta(
        String title,
        String summary,
        String type,
        String id,
        Integer order,
        LocalDate updated,
        Status status,
        List<String> related,
        List<String> aliases,
        Map<String, List<String>> fields,
        ValueOf valueOf) {}
