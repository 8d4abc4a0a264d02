package dev.handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The way out every site takes, whoever publishes it: each file passes the {@link SiteTransform}s in
 * order, and the files a step adds pass the steps after it. The folder writer and the preview's site
 * both publish through one of these.
 */
public final class Publisher {
    private final List<SiteTransform> steps;

    public Publisher(List<SiteTransform> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The same steps with {@code more} after them. */
    public Publisher then(SiteTransform... more) {
        List<SiteTransform> all = new ArrayList<>(steps);
        all.addAll(List.of(more));
        return new Publisher(all);
    }

    /** Makes {@code site} into {@code sink} through every step. */
    public void publish(Site site, OutputSink sink) throws IOException {
        site.writeTo(new OutputSink() {
            @Override
            public void add(OutputFile file) throws IOException {
                sink.add(apply(file));
            }

            @Override
            public void addAll(List<? extends OutputFile> files) throws IOException {
                sink.addAll(steps.isEmpty() ? files : applyAll(files));
            }
        });
        sink.addAll(added(site));
    }

    /** {@code files}, made already, through every step, with what the steps add after them. */
    public List<OutputFile> publish(List<OutputFile> files, PageFrame frame) throws IOException {
        List<OutputFile> out = new ArrayList<>(files.size());
        for (OutputFile file : files) out.add(apply(file));
        out.addAll(added(frame));
        return out;
    }

    /** One file of the site through every step. */
    public OutputFile apply(OutputFile file) throws IOException {
        return through(file, 0);
    }

    /** {@code files} through every step, on all cores, in their order. */
    private List<OutputFile> applyAll(List<? extends OutputFile> files) throws IOException {
        try {
            return files.parallelStream().map(file -> {
                try {
                    return apply(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What the steps add, each file through the steps after the one that added it. */
    public List<OutputFile> added(PageFrame frame) throws IOException {
        List<OutputFile> added = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (OutputFile file : steps.get(i).added(frame)) added.add(through(file, i + 1));
        }
        return added;
    }

    private OutputFile through(OutputFile file, int from) throws IOException {
        OutputFile passed = file;
        for (int i = from; i < steps.size(); i++) passed = steps.get(i).apply(passed);
        return passed;
    }
}
