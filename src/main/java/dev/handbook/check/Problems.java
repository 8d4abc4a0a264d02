package dev.handbook.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every check reports what it finds: a check is given the run's problems (or, for what is kept
 * with one file's reading, a collector of that file's own) and adds to them, from any thread. Read
 * them once the checks are done.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** All problems in the order they were found. */
    public synchronized List<Problem> all() {
        return List.copyOf(list);
    }

    /** All problems, sorted by file, line and column, without duplicates. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized boolean hasWarnings() {
        return list.stream().anyMatch(Problem::isWarning);
    }
}
