package dev.handbook.check;

import java.util.ArrayList;
import java.util.List;

/** Collects problems from stages that may run in parallel; read them once the stages are done. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** All problems, sorted by file, line and column, without duplicates. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized boolean hasWarnings() {
        return list.stream().anyMatch(p -> !p.isError());
    }
}
