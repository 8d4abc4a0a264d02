package dev.handbook.render;

import dev.handbook.output.OutputFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The files of the site made from its structure alone (overviews, value pages, permalink and alias
 * pages, the contents script, the search page, the page for a wrong address), in their places before
 * and after the print page. A cache keeps them as their {@link #paths() list of paths} and each file's
 * bytes apart, so that none is copied into one large result.
 */
public record StructuralFiles(List<OutputFile.Generated> beforePrint, List<OutputFile.Generated> afterPrint) {
    /** First in every list: a list of another layout is made again instead of misread. */
    private static final int LAYOUT = 0x53460001;

    public StructuralFiles {
        beforePrint = List.copyOf(beforePrint);
        afterPrint = List.copyOf(afterPrint);
    }

    /** Every file, in the order the site has them (the print page goes between the two lists). */
    public List<OutputFile.Generated> all() {
        List<OutputFile.Generated> all = new ArrayList<>(beforePrint);
        all.addAll(afterPrint);
        return all;
    }

    /** The paths of the files, and where the print page goes, as bytes. */
    public byte[] paths() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(LAYOUT);
            out.writeInt(beforePrint.size());
            out.writeInt(afterPrint.size());
            for (OutputFile.Generated file : all()) out.writeUTF(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files that {@code paths} lists, each file's bytes from {@code bytes}; null when a file is not
     * there or the list is of another layout.
     */
    public static StructuralFiles of(byte[] paths, Function<String, byte[]> bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(paths))) {
            if (paths.length < 12 || in.readInt() != LAYOUT) return null;
            int before = in.readInt();
            int after = in.readInt();
            if (before < 0 || after < 0) return null;
            List<OutputFile.Generated> files = new ArrayList<>(before + after);
            for (int i = 0; i < before + after; i++) {
                String path = in.readUTF();
                byte[] content = bytes.apply(path);
                if (content == null) return null;
                files.add(new OutputFile.Generated(path, content));
            }
            return new StructuralFiles(files.subList(0, before), files.subList(before, files.size()));
        } catch (IOException e) {
            return null; // a list cut short: made again
        }
    }
}
